package dev.formwork.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.formwork.compiler.source.YamlLimits;
import dev.formwork.compiler.source.YamlSourceLoader;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonParser;
import dev.formwork.schema.json.JsonString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
    return project;
  }

  @Test
  void compileWritesTheTemplateToStdoutAndFindsFormworkYml() throws Exception {
    Path project = project("My_Shop", "formwork.yml", VALID);
    Run run = run(project, "compile", "--stage", "dev", "--region", "eu-west-1");
    assertEquals(0, run.exitCode(), run.err());
    JsonObject template = (JsonObject) JsonParser.parse(run.out());
    JsonObject resources = (JsonObject) template.get("Resources").orElseThrow();
    assertTrue(resources.has("ApiFunction"));
    // No serviceName: the folder name, normalised, names the stack.
    JsonObject function =
        (JsonObject)
            ((JsonObject) resources.get("ApiFunction").orElseThrow())
                .get("Properties")
                .orElseThrow();
    assertEquals(new JsonString("my-shop-dev-api"), function.get("FunctionName").orElseThrow());
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
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("\"shop-prod-api\""));
  }

  @Test
  void compileWritesOutAtomicallyAndNeverOnError() throws Exception {
    Path project = project("p", "formwork.yml", VALID);
    Path out = project.resolve("build/template.json");
    assertEquals(
        0,
        run(
                project,
                "compile",
                "--stage",
                "dev",
                "--region",
                "eu-west-1",
                "--out",
                "build/template.json")
            .exitCode());
    String good = Files.readString(out);
    assertTrue(good.startsWith("{"));

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
    assertEquals(1, failed.exitCode());
    assertEquals(good, Files.readString(out), "the previous template must be left untouched");
    assertTrue(
        failed.err().contains("error[config.unknown-property]: Unknown property 'timout'"),
        failed.err());
    assertTrue(failed.err().contains("formwork.yml:5:7"), failed.err());
    assertTrue(failed.err().contains("Did you mean 'timeout'?"), failed.err());
    assertFalse(failed.err().contains("Exception"), "no stack trace for a user error");

    Run fresh =
        run(project, "compile", "--stage", "dev", "--region", "eu-west-1", "--out", "other.json");
    assertEquals(1, fresh.exitCode());
    assertFalse(Files.exists(project.resolve("other.json")), "no output file on error");
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
    assertEquals(1, run.exitCode());
    assertEquals("", run.out(), "diagnostics go to stderr, whatever their format");
    JsonArray diagnostics = (JsonArray) JsonParser.parse(run.err());
    assertEquals(1, diagnostics.size());
    JsonObject diagnostic = (JsonObject) diagnostics.get(0);
    assertEquals(new JsonString("config.unknown-property"), diagnostic.get("code").orElseThrow());
    assertEquals(new JsonString("error"), diagnostic.get("severity").orElseThrow());
    assertEquals(
        new JsonString("resources.api.properties.timout"), diagnostic.get("path").orElseThrow());
    assertEquals(new JsonString("formwork.yml"), diagnostic.get("file").orElseThrow());
    assertEquals("5", diagnostic.get("line").orElseThrow().toString().replaceAll("\\D", ""));
    assertEquals("7", diagnostic.get("column").orElseThrow().toString().replaceAll("\\D", ""));
    // `timout: 3` is underlined from column 7 up to the colon: endColumn is exclusive.
    assertEquals("5", diagnostic.get("endLine").orElseThrow().toString().replaceAll("\\D", ""));
    assertEquals("13", diagnostic.get("endColumn").orElseThrow().toString().replaceAll("\\D", ""));
    assertEquals(new JsonString("Did you mean 'timeout'?"), diagnostic.get("hint").orElseThrow());
    assertTrue(diagnostic.has("message"));

    Files.writeString(project.resolve("formwork.yml"), VALID);
    Run ok = run(project, "validate", "--stage", "dev", "--region", "eu-west-1");
    assertEquals(0, ok.exitCode());
    assertTrue(ok.err().contains("Config is valid"));
    assertEquals("", ok.out());
  }

  @Test
  void usageErrorsExitWithTwo() throws Exception {
    Path project = project("u", "formwork.yml", VALID);
    assertEquals(2, run(project, "compile", "--region", "eu-west-1").exitCode(), "missing --stage");
    assertEquals(2, run(project, "compile", "--stage", "Dev!", "--region", "eu-west-1").exitCode());
    assertEquals(2, run(project, "compile", "--stage", "dev", "--region", "europe").exitCode());
    assertEquals(
        2,
        run(project, "compile", "--stage", "dev", "--region", "eu-west-1", "--config", "nope.yml")
            .exitCode());
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Run none = run(empty, "validate", "--stage", "dev", "--region", "eu-west-1");
    assertEquals(2, none.exitCode());
    assertTrue(none.err().contains("No config file found"), none.err());
    assertEquals(2, run(project, "frobnicate").exitCode());
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
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("COUNTRY: \"no\""), run.out());
    assertTrue(
        new YamlSourceLoader(YamlLimits.defaults())
            .load("out.yaml", run.out().getBytes(StandardCharsets.UTF_8))
            .root()
            .isPresent());
  }

  @Test
  void schemaPrintsTheJsonSchemaAndEveryCommandHasHelp() throws Exception {
    Run schema = run(dir, "schema");
    assertEquals(0, schema.exitCode());
    JsonObject parsed = (JsonObject) JsonParser.parse(schema.out());
    assertTrue(parsed.has("$defs"));
    for (String command : new String[] {"compile", "validate", "package", "schema"}) {
      Run help = run(dir, command, "--help");
      assertEquals(0, help.exitCode(), command);
      assertTrue(help.out().contains("Usage: formwork " + command), help.out());
    }
  }
}
