package dev.formwork.deployer.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.formwork.deployer.DeployResult;
import dev.formwork.deployer.testing.RecordingSink;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HookRunnerTest {

  @TempDir Path project;
  RecordingSink out = new RecordingSink();

  Map<String, LocalScript> scripts() {
    return Map.of(
        "first", LocalScript.command("first", "echo first >> log.txt"),
        "ciOnly", LocalScript.command("ciOnly", "echo ciOnly >> log.txt"),
        "localOnly", LocalScript.command("localOnly", "echo localOnly >> log.txt"),
        "fails", LocalScript.command("fails", "echo broken; exit 4"),
        "never", LocalScript.command("never", "echo never >> log.txt"),
        "seed",
            LocalScript.command("seed", "echo $STP_ORDERS_QUEUE_URL >> log.txt")
                .withConnectTo(List.of("ordersQueue")));
  }

  HookRunner runner(boolean ci) {
    return new HookRunner(
        scripts(), new LocalScriptRunner(project, out, Optional.empty()), out, ci);
  }

  @Test
  void hooksRunInOrderAndHonourSkipFlags() throws Exception {
    List<Hook> hooks =
        List.of(
            Hook.of("first"),
            new Hook("ciOnly", false, true),
            new Hook("localOnly", true, false),
            Hook.of("seed"));
    Map<String, Map<String, String>> params = Map.of("ordersQueue", Map.of("url", "http://q"));
    assertEquals(Optional.empty(), runner(false).run("beforeDeploy", hooks, params));
    assertEquals(
        List.of("first", "localOnly", "http://q"), Files.readAllLines(project.resolve("log.txt")));
    Files.delete(project.resolve("log.txt"));
    assertEquals(Optional.empty(), runner(true).run("beforeDeploy", hooks, params));
    assertEquals(
        List.of("first", "ciOnly", "http://q"), Files.readAllLines(project.resolve("log.txt")));
  }

  @Test
  void aFailingHookStopsTheRestAndReportsItsExitCodeAndOutput() throws Exception {
    Optional<HookRunner.HookFailure> failure =
        runner(false)
            .run(
                "afterDeploy",
                List.of(Hook.of("first"), Hook.of("fails"), Hook.of("never")),
                Map.of());
    assertTrue(failure.isPresent());
    assertEquals(4, failure.get().scriptExitCode());
    assertEquals(List.of("broken"), failure.get().script().outputTail());
    assertEquals(List.of("first"), Files.readAllLines(project.resolve("log.txt")));
    DeployResult result = failure.get().toResult();
    assertEquals(3, result.exitCode());
    assertEquals(
        "The afterDeploy hook script fails exited with code 4, so the command stopped.",
        result.message());
  }
}
