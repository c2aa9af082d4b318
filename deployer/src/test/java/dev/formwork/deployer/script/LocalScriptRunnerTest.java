package dev.formwork.deployer.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.formwork.deployer.DeployStepException;
import dev.formwork.deployer.secret.DynamicReference;
import dev.formwork.deployer.testing.RecordingSink;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalScriptRunnerTest {

  @TempDir Path project;
  RecordingSink out = new RecordingSink();

  @Test
  void aCommandRunsInItsCwdWithItsEnvironmentAndReturnsItsExitCode() throws Exception {
    Files.createDirectories(project.resolve("tools"));
    LocalScript script =
        LocalScript.command(
                "check", "echo \"in $(basename \"$PWD\") as $GREETING\"; echo oops >&2; exit 7")
            .withCwd(Path.of("tools"))
            .withEnvironment(Map.of("GREETING", "hello"));
    LocalScriptRunner.Result result =
        new LocalScriptRunner(project, out, Optional.empty()).run(script, Map.of());
    assertEquals(7, result.exitCode());
    assertFalse(result.succeeded());
    assertEquals(List.of("in tools as hello", "oops"), result.outputTail());
    assertTrue(out.text().contains("  [check] in tools as hello"), out.text());
  }

  @Test
  void scriptFilesRunWithTheInterpreterTheirExtensionNames() throws Exception {
    Files.writeString(
        project.resolve("seed.js"), "console.log('node', process.env.STP_ORDERS_QUEUE_URL)");
    Files.writeString(
        project.resolve("seed.py"),
        "import os\nprint('python', os.environ['STP_ORDERS_QUEUE_URL'])\n");
    Files.writeString(project.resolve("seed.sh"), "echo bash $STP_ORDERS_QUEUE_URL\n");
    LocalScriptRunner runner = new LocalScriptRunner(project, out, Optional.empty());
    Map<String, String> stp = Map.of("STP_ORDERS_QUEUE_URL", "http://q");
    assertEquals(
        List.of("node http://q"),
        runner.run(LocalScript.file("a", Path.of("seed.js")), stp).outputTail());
    assertEquals(
        List.of("python http://q"),
        runner.run(LocalScript.file("b", Path.of("seed.py")), stp).outputTail());
    assertEquals(
        List.of("bash http://q"),
        runner.run(LocalScript.file("c", Path.of("seed.sh")), stp).outputTail());
  }

  @Test
  void unsupportedOrMissingFilesAreClearErrors() throws Exception {
    Files.writeString(project.resolve("seed.ts"), "console.log(1)");
    LocalScriptRunner runner = new LocalScriptRunner(project, out, Optional.empty());
    DeployStepException ts =
        assertThrows(
            DeployStepException.class,
            () -> runner.run(LocalScript.file("t", Path.of("seed.ts")), Map.of()));
    assertTrue(ts.hint().contains("npx tsx seed.ts"), ts.hint());
    assertThrows(
        DeployStepException.class,
        () -> runner.run(LocalScript.file("m", Path.of("missing.js")), Map.of()));
  }

  @Test
  void secretsAreResolvedAtRunTimeAndMaskedInOutputAndNeverListed() throws Exception {
    String reference = "{{resolve:secretsmanager:db:SecretString:password::}}";
    LocalScriptRunner runner =
        new LocalScriptRunner(
            project, out, Optional.of((DynamicReference r) -> "hunter2-very-secret"));
    LocalScriptRunner.Result result =
        runner.run(
            LocalScript.command("migrate", "echo \"using $STP_DB_PASSWORD\""),
            Map.of("STP_DB_PASSWORD", reference));
    assertEquals(0, result.exitCode());
    assertEquals(List.of("using ****"), result.outputTail());
    assertFalse(out.text().contains("hunter2"), out.text());
    assertTrue(out.text().contains("Running script migrate (with STP_DB_PASSWORD)"), out.text());
  }

  @Test
  void aSecretWithoutAwsAccessIsAnErrorNotALeak() {
    LocalScriptRunner runner = new LocalScriptRunner(project, out, Optional.empty());
    DeployStepException e =
        assertThrows(
            DeployStepException.class,
            () ->
                runner.run(
                    LocalScript.command("x", "true"),
                    Map.of("STP_DB_PASSWORD", "{{resolve:secretsmanager:db:SecretString:::}}")));
    assertTrue(e.getMessage().contains("STP_DB_PASSWORD"));
  }

  @Test
  void aScriptNeedsExactlyOneAction() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new LocalScript(
                "x", Optional.empty(), Optional.empty(), Optional.empty(), Map.of(), List.of()));
  }
}
