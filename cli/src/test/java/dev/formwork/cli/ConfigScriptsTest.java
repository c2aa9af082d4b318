package dev.formwork.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.formwork.compiler.testing.CompileFixture;
import dev.formwork.deployer.script.LocalScript;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The config's scripts as the deployer runs them. */
class ConfigScriptsTest {

  private static Map<String, LocalScript> scripts(String scriptsSection) {
    String config =
        """
        resources:
          api:
            type: function
            properties:
              packaging: {type: stacktape-lambda-buildpack, properties: {entryfilePath: src/a.ts}}
        scripts:
        """
            + scriptsSection;
    return ConfigScripts.scripts(CompileFixture.compile(config).config().orElseThrow());
  }

  @Test
  void aScriptRunsForItsTimeoutOrThirtyMinutes() {
    Map<String, LocalScript> scripts =
        scripts(
            """
              migrate:
                type: local-script
                properties: {executeCommand: ./migrate.sh, timeout: 90, cwd: db}
              seed:
                type: local-script
                properties: {executeCommands: [npm ci, npm run seed]}
            """);

    assertThat(scripts.get("migrate"))
        .isEqualTo(
            LocalScript.command("migrate", "./migrate.sh")
                .withCwd(Path.of("db"))
                .withTimeout(Duration.ofSeconds(90)));
    assertThat(scripts.get("seed"))
        .isEqualTo(LocalScript.command("seed", "npm ci && npm run seed"));
    assertThat(scripts.get("seed").timeout()).isEqualTo(Duration.ofMinutes(30));
  }
}
