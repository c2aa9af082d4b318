package dev.formwork.cli;

import picocli.CommandLine.Option;

/** The {@code --fail} option of diff and preview: differences as a non-zero exit, for CI gates. */
final class FailOnChanges {

  @Option(
      names = "--fail",
      description = "Exit " + ExitCodes.DIFFERENCES + " when there are differences (for CI gates).")
  boolean fail;

  /** The exit code of a comparison that found {@code changed}. */
  int exitCode(boolean changed) {
    return fail && changed ? ExitCodes.DIFFERENCES : ExitCodes.OK;
  }
}
