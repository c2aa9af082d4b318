package dev.formwork.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.formwork.deployer.AwsClients;
import dev.formwork.deployer.DeployTarget;
import dev.formwork.deployer.testing.FaultProxy;
import dev.formwork.deployer.testing.MotoServer;
import dev.formwork.deployer.testing.SharedMoto;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue §4, secrets rotate, through the CLI against moto over HTTP (behind a recording proxy):
 * deploy pins every $Secret to the secret's current version; after a rotation, diff shows the
 * change and a redeploy updates exactly the function that uses the secret. The secret's value (a
 * canary) reaches no output, no template and no function configuration, and formwork never calls
 * GetSecretValue. A secret that does not exist is a config error at the $Secret() that names it.
 */
class SecretRotationTest {

  private static final String CANARY = "ZZ_CANARY_rotation_5e1d_DO_NOT_LEAK";

  @TempDir Path project;
  private MotoServer moto;
  private FaultProxy proxy;
  private AwsClients aws;

  @BeforeEach
  void start() throws Exception {
    moto = SharedMoto.get();
    moto.reset();
    proxy = new FaultProxy(moto.endpoint());
    aws = AwsClients.create(DeployTarget.of("shop-dev", "eu-west-1", moto.endpoint()));
    Files.createDirectories(project.resolve("src"));
    Files.writeString(project.resolve("src/charge.ts"), "export const handler = async () => 1;\n");
    Files.writeString(project.resolve("src/refund.ts"), "export const handler = async () => 2;\n");
  }

  @AfterEach
  void stop() {
    aws.close();
    proxy.close();
  }

  private static final String CONFIG =
      """
      serviceName: shop
      resources:
        charge:
          type: function
          properties:
            packaging:
              type: stacktape-lambda-buildpack
              properties: {entryfilePath: src/charge.ts, handlerFunction: handler}
            environment:
              - name: STRIPE_KEY
                value: $Secret('%s.apiKey')
        refund:
          type: function
          properties:
            packaging:
              type: stacktape-lambda-buildpack
              properties: {entryfilePath: src/refund.ts, handlerFunction: handler}
      """;

  private InProcessCli.Result formwork(String command, String... extra) {
    String[] base = {
      command,
      "--stage",
      "dev",
      "--region",
      "eu-west-1",
      "--endpoint-url",
      proxy.endpoint().toString()
    };
    String[] args = new String[base.length + extra.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(extra, 0, args, base.length, extra.length);
    InProcessCli.Result run = InProcessCli.launched(project).run(args);
    assertThat(run.all()).as("the secret's value is never printed").doesNotContain(CANARY);
    return run;
  }

  private String stripeKey() {
    return aws.lambda()
        .getFunctionConfiguration(b -> b.functionName("shop-dev-charge"))
        .environment()
        .variables()
        .get("STRIPE_KEY");
  }

  @Test
  void aRotatedSecretReachesExactlyTheFunctionsThatUseIt() throws Exception {
    String v1 =
        aws.secretsManager()
            .createSecret(
                b -> b.name("shop/stripe").secretString("{\"apiKey\":\"" + CANARY + "\"}"))
            .versionId();
    Files.writeString(project.resolve("formwork.yml"), CONFIG.formatted("shop/stripe"));

    InProcessCli.Result deploy = formwork("deploy", "--yes");
    assertThat(deploy.exitCode()).as(deploy.all()).isZero();
    assertThat(stripeKey())
        .isEqualTo("{{resolve:secretsmanager:shop/stripe:SecretString:apiKey::" + v1 + "}}");

    InProcessCli.Result unchanged = formwork("diff");
    assertThat(unchanged.exitCode()).as(unchanged.all()).isZero();
    assertThat(unchanged.out()).contains("No differences");

    String v2 =
        aws.secretsManager()
            .putSecretValue(b -> b.secretId("shop/stripe").secretString("{\"apiKey\":\"rotated\"}"))
            .versionId();
    InProcessCli.Result diff = formwork("diff");
    assertThat(diff.exitCode()).as(diff.all()).isZero();
    assertThat(diff.out())
        .contains("~ ChargeFunction (AWS::Lambda::Function)")
        .contains("Environment.Variables.STRIPE_KEY")
        .contains(v1 + "}}\" -> \"")
        .contains(v2)
        .doesNotContain("RefundFunction");

    InProcessCli.Result redeploy = formwork("deploy", "--yes");
    assertThat(redeploy.exitCode()).as(redeploy.all()).isZero();
    assertThat(redeploy.out())
        .contains("~ ChargeFunction (AWS::Lambda::Function)")
        .contains("0 to add, 1 to modify, 0 to replace, 0 to remove")
        .doesNotContain("RefundFunction");
    assertThat(stripeKey())
        .isEqualTo("{{resolve:secretsmanager:shop/stripe:SecretString:apiKey::" + v2 + "}}");

    String template = aws.cloudFormation().getTemplate(b -> b.stackName("shop-dev")).templateBody();
    assertThat(template).contains(v2).doesNotContain(CANARY);
    assertThat(proxy.count(FaultProxy.action("GetSecretValue"))).isZero();
    assertThat(proxy.count(FaultProxy.action("DescribeSecret"))).isEqualTo(4);
    assertThat(proxy.seen()).noneMatch(request -> request.body().contains(CANARY));
  }

  @Test
  void aSecretThatDoesNotExistIsAConfigErrorAtItsDirective() throws Exception {
    Files.writeString(project.resolve("formwork.yml"), CONFIG.formatted("shop/missing"));
    InProcessCli.Result deploy = formwork("deploy", "--yes");
    assertThat(deploy.exitCode()).as(deploy.all()).isEqualTo(ExitCodes.CONFIG_ERRORS);
    assertThat(deploy.err())
        .contains("error[config.unknown-secret]: Secret 'shop/missing' does not exist")
        .contains("--> formwork.yml:11:18 (resources.charge.properties.environment[0].value)")
        .contains("aws secretsmanager create-secret --name shop/missing --region eu-west-1");
    assertThat(proxy.count(FaultProxy.action("CreateChangeSet"))).isZero();
  }
}
