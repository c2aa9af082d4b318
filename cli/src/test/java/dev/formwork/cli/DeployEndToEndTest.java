package dev.formwork.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.formwork.deployer.testing.MotoServer;
import dev.formwork.deployer.testing.SharedMoto;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole lifecycle through the CLI against a real moto server over HTTP: package with the real
 * esbuild, deploy (bucket created, artifact uploaded, CREATE_COMPLETE), info, an unchanged redeploy
 * (no upload, "no changes"), a changed deploy (a modify), a hook script with connectTo variables,
 * local invoke, and delete.
 */
class DeployEndToEndTest {

  @TempDir Path project;

  private InProcessCli.Result run(String... args) {
    return InProcessCli.launched(project).run(args);
  }

  private static String config(int memory) {
    return """
    serviceName: e2e
    resources:
      worker:
        type: function
        properties:
          packaging:
            type: stacktape-lambda-buildpack
            properties:
              entryfilePath: src/worker.ts
              handlerFunction: handler
          memory: %d
          environment:
            - name: MODE
              value: test
    scripts:
      announce:
        type: local-script
        properties:
          executeCommand: echo "worker is $STP_WORKER_ARN" > announced.txt
          connectTo: [worker]
    hooks:
      afterDeploy:
        - scriptName: announce
    """
        .formatted(memory);
  }

  @Test
  void deployInfoRedeployUpdateInvokeDelete() throws Exception {
    MotoServer moto = SharedMoto.get();
    moto.reset();
    String endpoint = moto.endpoint().toString();
    Files.createDirectories(project.resolve("src"));
    Files.writeString(
        project.resolve("src/worker.ts"),
        "export const handler = async (event: unknown) => ({ mode: process.env.MODE, got: event"
            + " });\n");
    Files.writeString(project.resolve("formwork.yml"), config(512));
    String[] target = {"--stage", "dev", "--region", "eu-west-1", "--endpoint-url", endpoint};

    InProcessCli.Result deploy = run(concat(new String[] {"deploy", "--yes"}, target));
    assertEquals(0, deploy.exitCode(), deploy.all());
    assertTrue(
        deploy.all().contains("Creating deployment bucket fw-e2e-dev-123456789012-eu-west-1"),
        deploy.all());
    assertTrue(deploy.all().contains("1 uploaded"), deploy.all());
    assertTrue(deploy.all().contains("CREATE_COMPLETE"), deploy.all());
    assertEquals(
        "worker is arn:aws:lambda:eu-west-1:123456789012:function:e2e-dev-worker\n",
        Files.readString(project.resolve("announced.txt")),
        "afterDeploy hook ran with its STP_* variable");

    InProcessCli.Result info = run(concat(new String[] {"info"}, target));
    assertEquals(0, info.exitCode(), info.all());
    assertTrue(info.out().contains("WorkerFunction (AWS::Lambda::Function)"), info.out());
    assertTrue(
        info.out().contains("arn = arn:aws:lambda:eu-west-1:123456789012:function:e2e-dev-worker"),
        info.out());

    InProcessCli.Result again = run(concat(new String[] {"deploy", "--yes"}, target));
    assertEquals(0, again.exitCode(), again.all());
    assertTrue(again.all().contains("0 uploaded, 1 already in"), again.all());
    assertTrue(again.all().contains("No changes"), again.all());

    Files.writeString(project.resolve("formwork.yml"), config(1024));
    InProcessCli.Result diff = run(concat(new String[] {"diff"}, target));
    assertEquals(0, diff.exitCode(), diff.all());
    assertTrue(diff.out().contains("WorkerFunction"), diff.out());
    InProcessCli.Result update = run(concat(new String[] {"deploy", "--yes"}, target));
    assertEquals(0, update.exitCode(), update.all());
    assertTrue(update.all().contains("1 to modify"), update.all());

    InProcessCli.Result local =
        run("invoke", "worker", "--local", "--stage", "dev", "--region", "eu-west-1");
    assertEquals(0, local.exitCode(), local.all());
    assertTrue(local.out().contains("\"mode\":\"test\""), local.out());

    InProcessCli.Result delete = run(concat(new String[] {"delete", "--yes"}, target));
    assertEquals(0, delete.exitCode(), delete.all());
    assertTrue(delete.all().contains("is deleted"), delete.all());
    InProcessCli.Result gone = run(concat(new String[] {"info"}, target));
    assertEquals(3, gone.exitCode(), gone.all());
  }

  @Test
  void scriptRunReadsASecretOnlyWhenItRunsAndNeverPrintsIt() throws Exception {
    MotoServer moto = SharedMoto.get();
    moto.reset();
    String secretValue = "canary-7f3a91-not-for-printing";
    try (dev.formwork.deployer.AwsClients aws =
        dev.formwork.deployer.AwsClients.create(
            dev.formwork.deployer.DeployTarget.of("e2e-dev", "eu-west-1", moto.endpoint()))) {
      aws.secretsManager()
          .createSecret(
              request ->
                  request.name("e2e/api").secretString("{\"token\":\"" + secretValue + "\"}"));
    }
    Files.writeString(
        project.resolve("formwork.yml"),
        """
        serviceName: e2e
        resources:
          worker:
            type: function
            properties:
              packaging: {type: stacktape-lambda-buildpack, properties: {entryfilePath: src/worker.ts}}
        scripts:
          check:
            type: local-script
            properties:
              executeCommand: test "$TOKEN" = "%s" && echo "$TOKEN" && echo matched > checked.txt
              environment:
                - name: TOKEN
                  value: $Secret('e2e/api.token')
        """
            .formatted(secretValue));
    InProcessCli.Result run =
        run(
            "script-run",
            "check",
            "--stage",
            "dev",
            "--region",
            "eu-west-1",
            "--endpoint-url",
            moto.endpoint().toString());
    assertEquals(0, run.exitCode(), run.all());
    assertEquals(
        "matched\n",
        Files.readString(project.resolve("checked.txt")),
        "the script received the secret's value");
    assertTrue(
        !run.all().contains(secretValue), "the secret value must never be printed: " + run.all());
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = new String[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
