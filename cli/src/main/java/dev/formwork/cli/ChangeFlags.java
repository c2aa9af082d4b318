package dev.formwork.cli;

import dev.formwork.deployer.diff.ConfigLabels;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonWriter;
import java.io.PrintStream;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The options of {@code diff} and {@code preview} that a CI job gates on: {@code --fail} (exit 4
 * when there are differences) and {@code --output json} (the changes as data on stdout, every other
 * line on stderr).
 */
final class ChangeFlags {

  /** How the changes are printed. */
  enum Format {
    text,
    json
  }

  @Option(
      names = "--fail",
      description = "Exit " + ExitCodes.DIFFERENCES + " when there are differences (for CI gates).")
  boolean fail;

  @Option(
      names = "--output",
      paramLabel = "FORMAT",
      description =
          "${COMPLETION-CANDIDATES}: text (default), or json with the same content as data on"
              + " stdout (progress and errors stay on stderr).")
  Format output = Format.text;

  boolean json() {
    return output == Format.json;
  }

  /** Prints the changes, and returns the exit code for whether there were any. */
  int print(boolean changed, List<String> text, JsonObject json, PrintStream stdout) {
    if (json()) {
      stdout.print(JsonWriter.pretty(json));
      stdout.println();
    } else {
      text.forEach(stdout::println);
    }
    stdout.flush();
    return fail && changed ? ExitCodes.DIFFERENCES : ExitCodes.OK;
  }

  /** The config terms of a compile, for the change lines. */
  static ConfigLabels labels(CompilerRunner.Run run) {
    return new CompileLabels(run.result());
  }
}
