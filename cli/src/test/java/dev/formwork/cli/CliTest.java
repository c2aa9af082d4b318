package dev.formwork.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.formwork.compiler.source.YamlLimits;
import dev.formwork.compiler.source.YamlSourceLoader;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonNumber;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonParser;
import dev.formwork.schema.json.JsonString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI contract: outputs, exit codes, config discovery, and nothing written on error. */
class CliTest {

  @TempDir Path dir;

  private static final String VALID =
      """
      resources:
        api:
          type: function
          properties:
            packaging:
              type: stacktape-lambda-buildpack
              properties:
                entryfilePath: src/index.ts
      """;

  private static final String INVALID =
      """
      resources:
        api:
          type: function
          properties:
            timout: 3
            packaging:
              type: stacktape-lambda-buildpack
              properties:
                entryfilePath: src/index.ts
      """;

  /** The result of one CLI run. */
  record Run(int exitCode, String out, String err) {}

  private Run run(Path workingDirectory, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            args,
            workingDirectory,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private Path project(String folder, String fileName, String config) throws IOException {
    Path project = Files.createDirectories(dir.resolve(folder));
    Files.writeString(project.resolve(fileName), config);
    // validate checks the entry file too.
    Files.createDirectories(project.resolve("src"));
    Files.writeString(project.resolve("src/index.ts"), "export default async () => 'ok';\n");
    return project;
  }

  @Test
  void compileWritesTheTemplateToStdoutAndFindsFormworkYml() throws Exception {
    Path project = project("My_Shop", "formwork.yml", VALID);
    Run run = run(project, "compile", "--stage", "dev", "--region", "eu-west-1");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonObject template = (JsonObject) JsonParser.parse(run.out());
    JsonObject resources = (JsonObject) template.get("Resources").orElseThrow();
    assertThat(resources.has("ApiFunction")).isTrue();
    // No serviceName: the folder name, normalised, names the stack.
    JsonObject function =
        (JsonObject)
            ((JsonObject) resources.get("ApiFunction").orElseThrow())
                .get("Properties")
                .orElseThrow();
    assertThat(function.get("FunctionName")).contains(new JsonString("my-shop-dev-api"));
  }

  @Test
  void stacktapeYmlIsFoundWhenThereIsNoFormworkYml() throws Exception {
    Path project = project("legacy", "stacktape.yml", VALID);
    Run run =
        run(
            project,
            "compile",
            "--stage",
            "prod",
            "--region",
            "us-east-1",
            "--project-name",
            "shop");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("\"shop-prod-api\"");
  }

  @Test
  void compileWritesOutAtomicallyAndNeverOnError() throws Exception {
    Path project = project("p", "formwork.yml", VALID);
    Path out = project.resolve("build/template.json");
    assertThat(
            run(
                    project,
                    "compile",
                    "--stage",
                    "dev",
                    "--region",
                    "eu-west-1",
                    "--out",
                    "build/template.json")
                .exitCode())
        .isZero();
    String good = Files.readString(out);
    assertThat(good).startsWith("{");

    Files.writeString(project.resolve("formwork.yml"), INVALID);
    Run failed =
        run(
            project,
            "compile",
            "--stage",
            "dev",
            "--region",
            "eu-west-1",
            "--out",
            "build/template.json");
    assertThat(failed.exitCode()).isEqualTo(1);
    assertThat(out).as("the previous template must be left untouched").hasContent(good);
    assertThat(failed.err())
        .contains("error[config.unknown-property]: Unknown property 'timout'")
        .contains("formwork.yml:5:7")
        .contains("Did you mean 'timeout'?")
        .as("no stack trace for a user error")
        .doesNotContain("Exception");

    Run fresh =
        run(project, "compile", "--stage", "dev", "--region", "eu-west-1", "--out", "other.json");
    assertThat(fresh.exitCode()).isEqualTo(1);
    assertThat(project.resolve("other.json")).as("no output file on error").doesNotExist();
  }

  @Test
  void validateReportsJsonDiagnosticsWithEveryField() throws Exception {
    Path project = project("v", "formwork.yml", INVALID);
    Run run =
        run(
            project,
            "validate",
            "--stage",
            "dev",
            "--region",
            "eu-west-1",
            "--error-format",
            "json");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).as("diagnostics go to stderr, whatever their format").isEmpty();
    JsonArray diagnostics = (JsonArray) JsonParser.parse(run.err());
    assertThat(diagnostics.size()).isEqualTo(1);
    JsonObject diagnostic = (JsonObject) diagnostics.get(0);
    assertThat(diagnostic.get("code")).contains(new JsonString("config.unknown-property"));
    assertThat(diagnostic.get("severity")).contains(new JsonString("error"));
    assertThat(diagnostic.get("path")).contains(new JsonString("resources.api.properties.timout"));
    assertThat(diagnostic.get("file")).contains(new JsonString("formwork.yml"));
    assertThat(diagnostic.get("line")).contains(JsonNumber.of(5));
    assertThat(diagnostic.get("column")).contains(JsonNumber.of(7));
    // `timout: 3` is underlined from column 7 up to the colon: endColumn is exclusive.
    assertThat(diagnostic.get("endLine")).contains(JsonNumber.of(5));
    assertThat(diagnostic.get("endColumn")).contains(JsonNumber.of(13));
    assertThat(diagnostic.get("hint")).contains(new JsonString("Did you mean 'timeout'?"));
    assertThat(diagnostic.has("message")).isTrue();

    Files.writeString(project.resolve("formwork.yml"), VALID);
    Run ok = run(project, "validate", "--stage", "dev", "--region", "eu-west-1");
    assertThat(ok.exitCode()).isZero();
    assertThat(ok.err()).contains("Config is valid");
    assertThat(ok.out()).isEmpty();
  }

  @Test
  void usageErrorsExitWithTwo() throws Exception {
    Path project = project("u", "formwork.yml", VALID);
    assertThat(run(project, "compile", "--region", "eu-west-1").exitCode())
        .as("missing --stage")
        .isEqualTo(2);
    assertThat(run(project, "compile", "--stage", "Dev!", "--region", "eu-west-1").exitCode())
        .isEqualTo(2);
    assertThat(run(project, "compile", "--stage", "dev", "--region", "europe").exitCode())
        .isEqualTo(2);
    assertThat(
            run(
                    project,
                    "compile",
                    "--stage",
                    "dev",
                    "--region",
                    "eu-west-1",
                    "--config",
                    "nope.yml")
                .exitCode())
        .isEqualTo(2);
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Run none = run(empty, "validate", "--stage", "dev", "--region", "eu-west-1");
    assertThat(none.exitCode()).isEqualTo(2);
    assertThat(none.err()).contains("No config file found");
    assertThat(run(project, "frobnicate").exitCode()).isEqualTo(2);
  }

  @Test
  void yamlOutputLoadsBackWithTheSameStrings() throws Exception {
    Path project =
        project(
            "y",
            "formwork.yml",
            VALID.replace(
                "entryfilePath: src/index.ts",
                "entryfilePath: src/index.ts\n"
                    + "      environment:\n"
                    + "        - name: COUNTRY\n"
                    + "          value: no"));
    Run run =
        run(project, "compile", "--stage", "dev", "--region", "eu-west-1", "--format", "yaml");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("COUNTRY: \"no\"");
    assertThat(
            new YamlSourceLoader(YamlLimits.defaults())
                .load("out.yaml", run.out().getBytes(StandardCharsets.UTF_8))
                .root())
        .isPresent();
  }

  @Test
  void schemaPrintsTheJsonSchemaAndEveryCommandHasHelp() throws Exception {
    Run schema = run(dir, "schema");
    assertThat(schema.exitCode()).isZero();
    JsonObject parsed = (JsonObject) JsonParser.parse(schema.out());
    assertThat(parsed.has("$defs")).isTrue();
    for (String command : new String[] {"compile", "validate", "package", "schema"}) {
      Run help = run(dir, command, "--help");
      assertThat(help.exitCode()).as(command).isZero();
      assertThat(help.out()).contains("Usage: formwork " + command);
    }
  }

  @Test
  void aScriptOverItsConfiguredTimeoutIsStoppedAndFailsWithAHint() throws Exception {
    Path project =
        project(
            "s",
            "formwork.yml",
            VALID
                + """
                scripts:
                  slow:
                    type: local-script
                    properties:
                      executeCommand: echo started; sleep 30
                      timeout: 1
                """);
    long start = System.nanoTime();
    Run run = run(project, "script-run", "slow", "--stage", "dev", "--region", "eu-west-1");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
    assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
    assertThat(run.out()).contains("[slow] started");
    assertThat(run.err())
        .startsWith(
            "error[deploy.failed]: Script slow did not finish within 1 s, so formwork stopped"
                + " it.\n")
        .contains("  = hint: Its last output lines are above.")
        .doesNotContain("Exception");
  }
}
