package dev.formwork.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;

/**
 * A command that reads the config and talks to AWS (or to the endpoint given with --endpoint-url).
 */
abstract class AwsCommand extends ConfigCommand {

  @Mixin AwsOptions aws;

  AwsCommand(Path workingDirectory, PrintStream stdout, PrintStream stderr) {
    super(workingDirectory, stdout, stderr);
  }
}
