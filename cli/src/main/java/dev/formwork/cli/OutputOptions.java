package dev.formwork.cli;

import picocli.CommandLine.Option;

/** {@code --output}: the result on stdout for people or as JSON; progress goes to stderr then. */
public final class OutputOptions {

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FORMAT",
      description =
          "Result on stdout as ${COMPLETION-CANDIDATES} (default: text); with json, progress goes"
              + " to stderr and stdout holds one JSON document.")
  OutputFormat output = OutputFormat.text;

  boolean json() {
    return output == OutputFormat.json;
  }
}
