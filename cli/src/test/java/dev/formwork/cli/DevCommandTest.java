package dev.formwork.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.formwork.deployer.AwsClients;
import dev.formwork.deployer.DeployTarget;
import dev.formwork.deployer.aws.AwsSettings;
import dev.formwork.deployer.testing.FaultProxy;
import dev.formwork.deployer.testing.MotoServer;
import dev.formwork.deployer.testing.SharedMoto;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code formwork dev} against moto: the first deploy, then a source saved with a syntax error (the
 * error is shown and the watch goes on), then fixed: the function's code changes once, by one
 * UpdateFunctionCode and no CloudFormation call; stopping ends the session cleanly. The beforeDev
 * hook runs when the session starts and afterDev when it stops.
 */
class DevCommandTest {

  private static final String FUNCTION = "watch-dev-worker";

  @TempDir Path project;

  @Test
  void aSavedSourceIsRebuiltAndHotswappedOnceAndABuildErrorKeepsTheWatchRunning() throws Exception {
    MotoServer moto = SharedMoto.get();
    moto.reset();
    Files.createDirectories(project.resolve("src"));
    Files.writeString(project.resolve("src/worker.ts"), "export const handler = async () => 1;\n");
    Files.writeString(
        project.resolve("formwork.yml"),
        """
        serviceName: watch
        resources:
          worker:
            type: function
            properties:
              packaging:
                type: stacktape-lambda-buildpack
                properties: {entryfilePath: src/worker.ts, handlerFunction: handler}
        scripts:
          started:
            type: local-script
            properties: {executeCommand: echo started > dev-hooks.log}
          stopped:
            type: local-script
            properties: {executeCommand: echo stopped >> dev-hooks.log}
        hooks:
          beforeDev: [{scriptName: started}]
          afterDev: [{scriptName: stopped}]
        """);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (FaultProxy proxy = new FaultProxy(moto.endpoint());
        AwsClients direct =
            AwsClients.create(DeployTarget.of("watch-dev", "eu-west-1", moto.endpoint()))) {
      CliContext context =
          CliContext.create(project, out, err, Map.of(), false, AwsSettings.DEFAULT);
      AtomicInteger exitCode = new AtomicInteger(-1);
      Thread session =
          new Thread(
              () ->
                  exitCode.set(
                      Main.run(
                          new String[] {
                            "dev",
                            "--stage",
                            "dev",
                            "--region",
                            "eu-west-1",
                            "--endpoint-url",
                            proxy.endpoint().toString(),
                            "--yes",
                            "--debounce",
                            "100"
                          },
                          context)));
      session.start();
      await(() -> text(out).contains("Watching the sources of 1 functions"), out, err);
      assertThat(Files.readString(project.resolve("dev-hooks.log")))
          .as("beforeDev ran before the first deploy")
          .isEqualTo("started\n");
      String before = codeSha256(direct);

      Files.writeString(
          project.resolve("src/worker.ts"), "export const handler = async () => (;\n");
      await(() -> text(err).contains("esbuild could not bundle function 'worker'"), out, err);
      assertThat(session.isAlive()).as("the watch goes on after a build error").isTrue();

      proxy.forget();
      Files.writeString(
          project.resolve("src/worker.ts"), "export const handler = async () => 2;\n");
      await(() -> !codeSha256(direct).equals(before), out, err);
      await(() -> text(out).contains("Hotswapped worker: code"), out, err);
      // Longer than the debounce: a second build would have started by now.
      Thread.sleep(1_000);
      assertThat(proxy.count(seen -> seen.path().endsWith("/functions/" + FUNCTION + "/code")))
          .as(text(out))
          .isEqualTo(1);
      assertThat(proxy.count(seen -> seen.action().endsWith("ChangeSet"))).isZero();

      session.interrupt();
      session.join(Duration.ofSeconds(30).toMillis());
      assertThat(session.isAlive()).isFalse();
      assertThat(exitCode.get()).as(text(err)).isZero();
      assertThat(text(out)).contains("Stopped watching.");
      assertThat(Files.readString(project.resolve("dev-hooks.log")))
          .as("afterDev ran once the session stopped")
          .isEqualTo("started\nstopped\n");
    }
  }

  private static String codeSha256(AwsClients direct) {
    return direct.lambda().getFunction(b -> b.functionName(FUNCTION)).configuration().codeSha256();
  }

  private static String text(ByteArrayOutputStream stream) {
    return stream.toString(StandardCharsets.UTF_8);
  }

  private static void await(
      BooleanSupplier condition, ByteArrayOutputStream out, ByteArrayOutputStream err)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("waited 120 s; out:\n" + text(out) + "\nerr:\n" + text(err));
      }
      Thread.sleep(50);
    }
  }
}
