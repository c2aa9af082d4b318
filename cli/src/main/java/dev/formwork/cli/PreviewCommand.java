package dev.formwork.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import picocli.CommandLine.Command;

/** {@code formwork preview}: creates the change set, prints what it would do, and deletes it. */
@Command(
    name = "preview",
    mixinStandardHelpOptions = true,
    description =
        "Show what a deploy would change (a change set that is created, printed and deleted).")
final class PreviewCommand extends DeployCommand {

  PreviewCommand(Path workingDirectory, PrintStream stdout, PrintStream stderr) {
    super(workingDirectory, stdout, stderr);
  }

  @Override
  boolean previewOnly() {
    return true;
  }
}
