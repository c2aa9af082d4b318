package dev.formwork.cli;

import dev.formwork.deployer.AwsClients;
import dev.formwork.deployer.DeployerSettings;
import dev.formwork.deployer.StackRollback;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code formwork rollback}: continues a rollback stuck in UPDATE_ROLLBACK_FAILED, skipping the
 * named resources.
 */
@Command(
    name = "rollback",
    mixinStandardHelpOptions = true,
    description =
        "Continue the rollback of a stack in UPDATE_ROLLBACK_FAILED (ContinueUpdateRollback).")
final class RollbackCommand extends AwsCommand {

  @Option(
      names = "--skip",
      paramLabel = "LOGICAL_ID",
      split = ",",
      description = "Resources to skip (they stay as they are). Repeatable or comma-separated.")
  List<String> skip = new ArrayList<>();

  RollbackCommand(Path workingDirectory, PrintStream stdout, PrintStream stderr) {
    super(workingDirectory, stdout, stderr);
  }

  @Override
  public Integer call() {
    Optional<CompilerRunner.Run> compiled = compile(new CompilerRunner(workingDirectory), false);
    if (compiled.isEmpty()) {
      return ExitCodes.CONFIG_ERRORS;
    }
    CompilerRunner.Run run = compiled.get();
    try (AwsClients clients = StackCommands.clients(run, config, aws)) {
      return StackCommands.report(
          new StackRollback(clients, StackCommands.sink(stdout), DeployerSettings.DEFAULT)
              .rollback(skip),
          stderr);
    }
  }
}
