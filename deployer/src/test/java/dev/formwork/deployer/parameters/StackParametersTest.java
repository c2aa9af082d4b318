package dev.formwork.deployer.parameters;

import static org.assertj.core.api.Assertions.assertThat;

import dev.formwork.deployer.AwsClients;
import dev.formwork.deployer.Confirmation;
import dev.formwork.deployer.DeployRequest;
import dev.formwork.deployer.DeployResult;
import dev.formwork.deployer.DeployTarget;
import dev.formwork.deployer.DeployerSettings;
import dev.formwork.deployer.Outcome;
import dev.formwork.deployer.RetryPolicy;
import dev.formwork.deployer.StackDeployer;
import dev.formwork.deployer.testing.MotoServer;
import dev.formwork.deployer.testing.RecordingSink;
import dev.formwork.deployer.testing.SharedMoto;
import dev.formwork.schema.artifact.ArtifactManifest;
import dev.formwork.schema.deploy.DeployParameter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.cloudformation.model.Parameter;
import software.amazon.awssdk.services.cloudformation.model.Stack;

/**
 * The parameters a template declares for deploy time, against moto: a plain-text secret reaches the
 * stack only as a NoEcho value and is printed nowhere; a custom domain's hosted zone is found with
 * Route 53 ListHostedZonesByName.
 */
class StackParametersTest {

  static final String STACK = "shop-dev";
  static final String CANARY = "ZZ_CANARY_noecho_4b1d_DO_NOT_LEAK";

  @TempDir Path dir;
  MotoServer moto;
  AwsClients clients;

  @BeforeEach
  void start() throws Exception {
    moto = SharedMoto.get();
    moto.reset();
    clients =
        AwsClients.create(
            DeployTarget.of(STACK, "eu-west-1", moto.endpoint()),
            new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(50)));
  }

  @AfterEach
  void stop() {
    clients.close();
  }

  private String createZone(String name, boolean privateZone) {
    String id =
        clients
            .route53()
            .createHostedZone(
                b -> {
                  b.name(name).callerReference(name + privateZone);
                  if (privateZone) {
                    b.hostedZoneConfig(c -> c.privateZone(true))
                        .vpc(v -> v.vpcId("vpc-12345678").vpcRegion("eu-west-1"));
                  }
                })
            .hostedZone()
            .id();
    return id.substring(id.lastIndexOf('/') + 1);
  }

  @Test
  void findsThePublicZoneThatHoldsTheDomain() {
    String example = createZone("example.com", false);
    createZone("internal.example.com", true);
    createZone("shop.example.org", false);
    StackParameters parameters = new StackParameters(clients.route53());

    StackParameters.Result result =
        parameters.resolve(
            Map.of(
                "ApiExampleComHostedZoneId", new DeployParameter.HostedZone("api.example.com"),
                "ApiInternalExampleComHostedZoneId",
                    new DeployParameter.HostedZone("api.internal.example.com")));

    // The private zone internal.example.com cannot validate a certificate: its public parent is
    // used.
    assertThat(result)
        .isEqualTo(
            new StackParameters.Resolved(
                List.of(
                    Parameter.builder()
                        .parameterKey("ApiExampleComHostedZoneId")
                        .parameterValue(example)
                        .build(),
                    Parameter.builder()
                        .parameterKey("ApiInternalExampleComHostedZoneId")
                        .parameterValue(example)
                        .build())));
  }

  @Test
  void aDomainWithoutAZoneIsRefusedWithTheNamesItTried() {
    createZone("shop.example.org", false);
    StackParameters.Result result =
        new StackParameters(clients.route53())
            .resolve(Map.of("P", new DeployParameter.HostedZone("api.example.org")));
    assertThat(result)
        .isEqualTo(
            new StackParameters.Unresolvable(
                "No public Route 53 hosted zone in this account holds api.example.org (looked"
                    + " for api.example.org, example.org).",
                "Create a public hosted zone for the domain in Route 53 and delegate the domain to"
                    + " it, or give customCertificateArn with disableDnsRecordCreation: true."
                    + " Nothing was uploaded or changed."));
  }

  @Test
  void aPlainTextSecretReachesTheStackOnlyAsANoEchoParameter() {
    String template =
        """
        {"Parameters": {"MainDbMasterUserPassword": {"Type": "String", "NoEcho": true}},
         "Resources": {"Probe": {"Type": "AWS::S3::Bucket",
           "Properties": {"BucketName": "shop-probe",
             "Tags": [{"Key": "probe", "Value": {"Ref": "MainDbMasterUserPassword"}}]}}}}\
        """;
    RecordingSink out = new RecordingSink();
    StackDeployer deployer =
        new StackDeployer(
            clients,
            out,
            new DeployerSettings(
                Duration.ofMillis(50), Duration.ofSeconds(5), Duration.ofMinutes(1)));
    DeployResult result =
        deployer.deploy(
            new DeployRequest(
                    template,
                    new ArtifactManifest(Map.of()),
                    dir,
                    Map.of(),
                    Confirmation.assumeYes())
                .withParameters(
                    Map.of(
                        "MainDbMasterUserPassword",
                        new DeployParameter.Secret(CANARY, "master password of database mainDb"))));

    assertThat(result.outcome()).as(out.text()).isEqualTo(Outcome.SUCCEEDED);
    // The value was passed: the resource that uses it holds it.
    assertThat(clients.s3().getBucketTagging(b -> b.bucket("shop-probe")).tagSet())
        .extracting(tag -> tag.value())
        .containsExactly(CANARY);
    // moto gap: it returns NoEcho parameter values in DescribeStacks, which AWS masks as "****"
    // (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/parameters-section-structure.html),
    // so only the key is checked here.
    Stack stack = clients.cloudFormation().describeStacks(b -> b.stackName(STACK)).stacks().get(0);
    assertThat(stack.parameters())
        .extracting(Parameter::parameterKey)
        .containsExactly("MainDbMasterUserPassword");
    assertThat(out.text()).doesNotContain(CANARY);
    assertThat(result.toString()).doesNotContain(CANARY);
    assertThat(new DeployParameter.Secret(CANARY, "x").toString()).doesNotContain(CANARY);
  }
}
