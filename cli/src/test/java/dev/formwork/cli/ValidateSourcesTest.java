package dev.formwork.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mistakes in function sources surface at {@code validate}, with the config's problems in the same
 * run: a missing entry file (with "did you mean"), a TypeScript syntax error shown in the .ts file,
 * a misspelt JS/TS or Python handler. And the runtime a version option picks decides the bundle's
 * module format.
 */
class ValidateSourcesTest {

  @TempDir Path dir;

  private InProcessCli.Result run(String... args) {
    return InProcessCli.launched(dir).run(args);
  }

  private static String function(String name, String entry, String extra) {
    return "  "
        + name
        + ":\n"
        + "    type: function\n"
        + "    properties:\n"
        + "      packaging:\n"
        + "        type: stacktape-lambda-buildpack\n"
        + "        properties:\n"
        + "          entryfilePath: "
        + entry
        + "\n"
        + extra;
  }

  private void write(String file, String text) throws IOException {
    Path path = dir.resolve(file);
    Files.createDirectories(path.getParent());
    Files.writeString(path, text);
  }

  @Test
  void everySourceMistakeIsReportedByValidateWithTheConfigsOwn() throws IOException {
    write(
        "formwork.yml",
        "resources:\n"
            + function("api", "src/handlr.ts", "      timeot: 3\n")
            + function("broken", "src/broken.ts", "")
            + function("named", "src/handler.ts", "          handlerFunction: hanlder\n")
            + function("worker", "py/app.py", "          handlerFunction: main\n"));
    write("src/handler.ts", "export const handler = async () => 'ok';\n");
    write("src/broken.ts", "export const handler = async () => {\n  const total = ;\n};\n");
    write("py/app.py", "def handler(event, context):\n    return 1\n");

    InProcessCli.Result run = run("validate", "--stage", "dev", "--region", "eu-west-1");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains(
            "error[config.unknown-property]: Unknown property 'timeot' in"
                + " resources.api.properties.")
        .contains(
            "error[packaging.entry-missing]: Function 'api': the entry file src/handlr.ts does not"
                + " exist.\n"
                + "  --> formwork.yml:8:26"
                + " (resources.api.properties.packaging.properties.entryfilePath)")
        .contains("  = hint: Did you mean 'src/handler.ts'?")
        .contains(
            "error[packaging.esbuild-failed]: esbuild could not bundle function 'broken':"
                + " Unexpected \";\".\n"
                + "  --> src/broken.ts:2:17"
                + " (resources.broken.properties.packaging.properties.entryfilePath)\n"
                + "   |\n"
                + " 2 |   const total = ;\n"
                + "   |                 ^\n")
        .contains(
            "error[packaging.handler-not-exported]: Function 'named': src/handler.ts does not"
                + " export 'hanlder', so Lambda could not call index.hanlder.")
        .contains("Did you mean 'handler'? Its exports are: handler.")
        .contains(
            "error[packaging.handler-not-exported]: Function 'worker': py/app.py defines no"
                + " top-level 'main', so Lambda could not call it.")
        .contains("5 errors, 0 warnings");
  }

  @Test
  void aValidProjectIsValidAndCompileDoesNotReadSources() throws IOException {
    write("formwork.yml", "resources:\n" + function("api", "src/handler.ts", ""));
    write("src/handler.ts", "export default async () => 'ok';\n");

    InProcessCli.Result ok = run("validate", "--stage", "dev", "--region", "eu-west-1");
    assertThat(ok.exitCode()).as(ok.err()).isZero();
    assertThat(ok.err()).contains("Config is valid");

    // compile turns the config into a template; the sources are validate's and package's.
    Files.delete(dir.resolve("src/handler.ts"));
    assertThat(run("compile", "--stage", "dev", "--region", "eu-west-1").exitCode()).isZero();
  }

  @Test
  void nodeVersionPicksTheRuntimeAndTheModuleFormat() throws IOException {
    write(
        "formwork.yml",
        "resources:\n"
            + function("modern", "src/handler.ts", "")
            + function(
                "older",
                "src/handler.ts",
                "          languageSpecificConfig: {nodeVersion: 22}\n"));
    write("src/handler.ts", "export default async () => 'ok';\n");

    InProcessCli.Result packaged = run("package", "--stage", "dev", "--region", "eu-west-1");
    assertThat(packaged.exitCode()).as(packaged.err()).isZero();
    InProcessCli.Result compiled = run("compile", "--stage", "dev", "--region", "eu-west-1");
    assertThat(compiled.out())
        .contains("\"Runtime\": \"nodejs22.x\"", "\"Runtime\": \"nodejs24.x\"");

    Path artifacts = dir.resolve(".formwork/artifacts");
    String manifest = Files.readString(artifacts.resolve("manifest.json"));
    assertThat(entries(artifacts, manifest, "modern")).isEqualTo("index.mjs index.mjs.map");
    assertThat(entries(artifacts, manifest, "older")).isEqualTo("index.js index.js.map");
  }

  /** The entry names of a function's zip, from the manifest's file for it. */
  private static String entries(Path artifacts, String manifest, String function)
      throws IOException {
    int at = manifest.indexOf("\"" + function + "\"");
    int file = manifest.indexOf("\"file\": \"", at) + "\"file\": \"".length();
    String name = manifest.substring(file, manifest.indexOf('"', file));
    try (ZipFile zip = new ZipFile(artifacts.resolve(name).toFile())) {
      return String.join(" ", zip.stream().map(entry -> entry.getName()).sorted().toList());
    }
  }
}
