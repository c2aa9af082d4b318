package dev.formwork.deployer.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.formwork.deployer.DeployStepException;
import dev.formwork.deployer.secret.DynamicReference;
import dev.formwork.deployer.testing.RecordingSink;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
    assertThat(result)
        .isEqualTo(new LocalScriptRunner.Result("check", 7, List.of("in tools as hello", "oops")));
    assertThat(result.succeeded()).isFalse();
    assertThat(out.text()).contains("  [check] in tools as hello");
  }

  @Test
  void aQuietScriptPrintsItsOutputOnlyWhenItFails() throws Exception {
    LocalScriptRunner runner = new LocalScriptRunner(project, out, Optional.empty());
    LocalScriptRunner.Result quiet =
        runner.run(LocalScript.command("quiet", "echo working").withPipeStdio(false), Map.of());
    assertThat(quiet.succeeded()).isTrue();
    assertThat(quiet.outputTail()).containsExactly("working");
    assertThat(out.text()).doesNotContain("[quiet] working");

    runner.run(
        LocalScript.command("failing", "echo step; echo broken >&2; exit 3").withPipeStdio(false),
        Map.of());
    assertThat(out.text()).contains("  [failing] step\n  [failing] broken");
  }

  @Test
  void blankLinesAreShownAndOnlyTheLastFiftyLinesAreKept() throws Exception {
    LocalScriptRunner.Result result =
        new LocalScriptRunner(project, out, Optional.empty())
            .run(LocalScript.command("count", "echo first; echo; seq 1 60"), Map.of());
    assertThat(result.outputTail()).hasSize(LocalScriptRunner.TAIL_LINES);
    assertThat(result.outputTail().get(0)).isEqualTo("11");
    assertThat(result.outputTail().get(49)).isEqualTo("60");
    assertThat(out.text()).contains("  [count] first\n  [count] \n  [count] 1\n");
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
    assertThat(runner.run(LocalScript.file("a", Path.of("seed.js")), stp).outputTail())
        .containsExactly("node http://q");
    assertThat(runner.run(LocalScript.file("b", Path.of("seed.py")), stp).outputTail())
        .containsExactly("python http://q");
    assertThat(runner.run(LocalScript.file("c", Path.of("seed.sh")), stp).outputTail())
        .containsExactly("bash http://q");
  }

  @Test
  void unsupportedOrMissingFilesAreClearErrors() throws Exception {
    Files.writeString(project.resolve("seed.ts"), "console.log(1)");
    LocalScriptRunner runner = new LocalScriptRunner(project, out, Optional.empty());
    assertThatThrownBy(() -> runner.run(LocalScript.file("t", Path.of("seed.ts")), Map.of()))
        .isInstanceOfSatisfying(
            DeployStepException.class, ts -> assertThat(ts.hint()).contains("npx tsx seed.ts"));
    assertThatThrownBy(() -> runner.run(LocalScript.file("m", Path.of("missing.js")), Map.of()))
        .isInstanceOf(DeployStepException.class)
        .hasMessageContaining("missing.js does not exist");
  }

  @Test
  void aScriptOverItsTimeLimitIsStoppedAndIsAnErrorWithAHint() {
    LocalScriptRunner runner = new LocalScriptRunner(project, out, Optional.empty());
    LocalScript slow =
        LocalScript.command("seed", "echo seeding; sleep 30").withTimeout(Duration.ofSeconds(1));
    long start = System.nanoTime();
    assertThatThrownBy(() -> runner.run(slow, Map.of()))
        .isInstanceOfSatisfying(
            DeployStepException.class,
            stopped -> {
              assertThat(stopped)
                  .hasMessage("Script seed did not finish within 1 s, so formwork stopped it.");
              assertThat(stopped.hint()).contains("raise `timeout` (seconds)");
            });
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
    assertThat(out.text()).contains("  [seed] seeding");
  }

  @Test
  void scriptsGetThirtyMinutesUnlessTheySayOtherwise() {
    assertThat(LocalScript.command("x", "true").timeout()).isEqualTo(Duration.ofMinutes(30));
    assertThat(LocalScriptRunner.describe(Duration.ofMinutes(30))).isEqualTo("30 min");
    assertThat(LocalScriptRunner.describe(Duration.ofSeconds(90))).isEqualTo("90 s");
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
    assertThat(result.exitCode()).isZero();
    assertThat(result.outputTail()).containsExactly("using ****");
    assertThat(out.text())
        .doesNotContain("hunter2")
        .contains("Running script migrate (with STP_DB_PASSWORD)");
  }

  @Test
  void aSecretWithoutAwsAccessIsAnErrorNotALeak() {
    LocalScriptRunner runner = new LocalScriptRunner(project, out, Optional.empty());
    assertThatThrownBy(
            () ->
                runner.run(
                    LocalScript.command("x", "true"),
                    Map.of("STP_DB_PASSWORD", "{{resolve:secretsmanager:db:SecretString:::}}")))
        .isInstanceOf(DeployStepException.class)
        .hasMessageContaining("STP_DB_PASSWORD");
  }

  @Test
  void aScriptNeedsExactlyOneAction() {
    assertThatThrownBy(
            () ->
                new LocalScript(
                    "x",
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Map.of(),
                    List.of(),
                    LocalScript.DEFAULT_TIMEOUT,
                    true))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
