package dev.formwork.deployer.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.formwork.deployer.DeployResult;
import dev.formwork.deployer.Outcome;
import dev.formwork.deployer.testing.RecordingSink;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HookedCommandTest {

  @TempDir Path project;
  RecordingSink out = new RecordingSink();

  HookedCommand hooked() {
    Map<String, LocalScript> scripts =
        Map.of(
            "build", LocalScript.command("build", "echo build >> log.txt"),
            "smoke", LocalScript.command("smoke", "echo smoke $STP_API_URL >> log.txt"),
            "broken", LocalScript.command("broken", "exit 9"));
    HookRunner runner =
        new HookRunner(scripts, new LocalScriptRunner(project, out, Optional.empty()), out, false);
    return new HookedCommand(runner, () -> Map.of("api", Map.of("url", "https://api")));
  }

  @Test
  void beforeHooksRunThenTheCommandThenAfterHooks() throws Exception {
    LocalScript smoke =
        LocalScript.command("smoke", "echo smoke $STP_API_URL >> log.txt")
            .withConnectTo(List.of("api"));
    HookRunner runner =
        new HookRunner(
            Map.of("build", LocalScript.command("build", "echo build >> log.txt"), "smoke", smoke),
            new LocalScriptRunner(project, out, Optional.empty()),
            out,
            false);
    HookedCommand command =
        new HookedCommand(runner, () -> Map.of("api", Map.of("url", "https://api")));
    DeployResult result =
        command.run(
            HookedCommand.Phases.deploy(List.of(Hook.of("build")), List.of(Hook.of("smoke"))),
            () -> {
              try {
                Files.writeString(
                    project.resolve("log.txt"),
                    "deploy\n",
                    java.nio.file.StandardOpenOption.APPEND);
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
              return DeployResult.of(Outcome.SUCCEEDED, "deployed");
            });
    assertEquals("deployed", result.message());
    assertEquals(
        List.of("build", "deploy", "smoke https://api"),
        Files.readAllLines(project.resolve("log.txt")));
  }

  @Test
  void aFailingBeforeHookStopsTheDeploy() {
    AtomicBoolean deployed = new AtomicBoolean(false);
    DeployResult result =
        hooked()
            .run(
                HookedCommand.Phases.deploy(List.of(Hook.of("broken")), List.of()),
                () -> {
                  deployed.set(true);
                  return DeployResult.of(Outcome.SUCCEEDED, "deployed");
                });
    assertFalse(deployed.get());
    assertEquals(3, result.exitCode());
    assertEquals(
        "The beforeDeploy hook script broken exited with code 9, so the command stopped.",
        result.message());
  }

  @Test
  void afterHooksDoNotRunWhenTheCommandFailed() {
    DeployResult result =
        hooked()
            .run(
                HookedCommand.Phases.delete(List.of(), List.of(Hook.of("build"))),
                () -> DeployResult.of(Outcome.FAILED, "delete failed"));
    assertEquals("delete failed", result.message());
    assertFalse(Files.exists(project.resolve("log.txt")));
  }
}
