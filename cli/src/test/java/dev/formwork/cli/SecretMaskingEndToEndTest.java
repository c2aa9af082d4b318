package dev.formwork.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.formwork.deployer.AwsClients;
import dev.formwork.deployer.DeployTarget;
import dev.formwork.deployer.testing.MotoServer;
import dev.formwork.deployer.testing.SharedMoto;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Canaries for secrets in everything formwork prints, against a real moto Secrets Manager: a
 * multi-line key (PEM) printed line by line, a 2-character PIN, and a token inside a line, through
 * script-run, a beforeDeploy hook during deploy, and invoke --local --resolve-secrets, whose
 * handler also fails with the key in its error message.
 */
class SecretMaskingEndToEndTest {

  static final String PEM =
      "-----BEGIN PRIVATE KEY-----\n"
          + "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7CanaryLineOne\n"
          + "q3Xh9Nw1CanaryLineTwoOfTheKeyZ0e8PqRsT\n"
          + "-----END PRIVATE KEY-----";
  static final String PIN = "x9";
  static final String TOKEN = "tok-canary-5a1e-inline";

  static final String CONFIG =
      """
      serviceName: masked
      resources:
        worker:
          type: function
          properties:
            packaging:
              type: stacktape-lambda-buildpack
              properties:
                entryfilePath: src/worker.py
            environment:
              - name: PEM
                value: $Secret('masked/pem')
              - name: PIN
                value: $Secret('masked/pin')
      scripts:
        leak:
          type: local-script
          properties:
            executeCommand: |-
              printf '%s\\n' "$PEM"; echo "pin: $PIN"; echo "token=$TOKEN inline"
            environment:
              - name: PEM
                value: $Secret('masked/pem')
              - name: PIN
                value: $Secret('masked/pin')
              - name: TOKEN
                value: $Secret('masked/api.token')
        typo:
          type: local-script
          properties:
            executeCommand: echo never
            environment:
              - name: KEY
                value: $Secret('masked/pen')
      hooks:
        beforeDeploy:
          - scriptName: leak
      """;

  static final String HANDLER =
      """
      import os

      def handler(event, context):
          print(os.environ["PEM"])
          print("pin", os.environ["PIN"])
          raise Exception("bad key " + os.environ["PEM"].splitlines()[1])
      """;

  @TempDir Path project;
  String endpoint;

  @BeforeEach
  void secretsInMoto() throws Exception {
    MotoServer moto = SharedMoto.get();
    moto.reset();
    endpoint = moto.endpoint().toString();
    try (AwsClients aws =
        AwsClients.create(DeployTarget.of("masked-dev", "eu-west-1", moto.endpoint()))) {
      aws.secretsManager().createSecret(b -> b.name("masked/pem").secretString(PEM));
      aws.secretsManager().createSecret(b -> b.name("masked/pin").secretString(PIN));
      aws.secretsManager()
          .createSecret(b -> b.name("masked/api").secretString("{\"token\":\"" + TOKEN + "\"}"));
    }
    Files.createDirectories(project.resolve("src"));
    Files.writeString(project.resolve("src/worker.py"), HANDLER);
    Files.writeString(project.resolve("formwork.yml"), CONFIG);
  }

  private InProcessCli.Result run(String... args) {
    String[] all = new String[args.length + 6];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(
        new String[] {"-s", "dev", "-r", "eu-west-1", "--endpoint-url", endpoint},
        0,
        all,
        args.length,
        6);
    return InProcessCli.in(project).run(all);
  }

  @Test
  void scriptRunMasksEveryLineOfAKeyAShortPinAndATokenInsideALine() {
    InProcessCli.Result run = run("script-run", "leak");
    assertEquals(0, run.exitCode(), run.all());
    assertNoSecret(run);
    assertTrue(run.out().contains("[leak] ****\n"), run.out());
    assertTrue(run.out().contains("[leak] pin: ****\n"), run.out());
    assertTrue(run.out().contains("[leak] token=**** inline\n"), run.out());
  }

  @Test
  void aHookDuringDeployPrintsNoSecret() {
    InProcessCli.Result run = run("deploy", "--yes");
    assertEquals(0, run.exitCode(), run.all());
    assertTrue(run.out().contains("Running script leak"), run.out());
    assertTrue(run.out().contains("[leak] pin: ****"), run.out());
    assertNoSecret(run);
  }

  @Test
  void invokeLocalMasksTheHandlersOutputAndItsOwnErrorLine() {
    InProcessCli.Result run = run("invoke", "worker", "--local", "--resolve-secrets");
    assertEquals(3, run.exitCode(), run.all());
    assertTrue(run.err().contains("| pin ****"), run.err());
    assertTrue(
        run.err().contains("error[deploy.function-failed]: The handler of worker failed: ")
            && run.err().contains("bad key ****"),
        run.err());
    assertNoSecret(run);
  }

  @Test
  void aMisspeltSecretNameIsOneLineNotAStackTrace() {
    InProcessCli.Result run = run("script-run", "typo");
    assertEquals(3, run.exitCode(), run.all());
    AwsFailureMatrixTest.assertOneFailureLine(
        run,
        "error[aws.secret-not-found]: The secret masked/pen (from $Secret()) does not exist in"
            + " Secrets Manager in eu-west-1.");
  }

  private static void assertNoSecret(InProcessCli.Result run) {
    for (String line : PEM.split("\n")) {
      assertFalse(run.all().contains(line), "a line of the key leaked: " + line + "\n" + run.all());
    }
    assertFalse(run.all().contains(TOKEN), run.all());
    for (String shown : List.of("pin: " + PIN, "pin " + PIN, "PIN=" + PIN)) {
      assertFalse(run.all().contains(shown), run.all());
    }
  }
}
