package dev.formwork.cli;

import picocli.CommandLine.Option;

/** Options every command accepts: help, how errors are printed, colour, and stack traces. */
public final class CommonOptions {

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help: the command's options and an example.")
  boolean help;

  @Option(
      names = "--error-format",
      paramLabel = "FORMAT",
      description =
          "Diagnostics and errors on stderr as ${COMPLETION-CANDIDATES} (default: text); json is"
              + " one array of {code, severity, path, file, line, column, endLine, endColumn,"
              + " message, hint}.")
  ErrorFormat errorFormat = ErrorFormat.text;

  @Option(
      names = "--no-color",
      description = "No ANSI colour, even on a terminal (also: the NO_COLOR variable).")
  boolean noColor;

  @Option(
      names = "--debug",
      description = "Print the stack trace behind an error (for bug reports).")
  boolean debug;
}
