package dev.formwork.cli;

import dev.formwork.deployer.AwsClients;
import dev.formwork.deployer.DeployerSettings;
import dev.formwork.deployer.StackRollback;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code formwork rollback}: continues a rollback stuck in UPDATE_ROLLBACK_FAILED, skipping the named resources. */
@Command(name = "rollback", mixinStandardHelpOptions = true,
    description = "Continue the rollback of a stack in UPDATE_ROLLBACK_FAILED (ContinueUpdateRollback).")
final class RollbackCommand implements Callable<Integer> {

  @Mixin ConfigOptions config;
  @Mixin AwsOptions aws;

  @Option(names = "--skip", paramLabel = "LOGICAL_ID", split = ",", description = "Resources to skip (they stay as they are). Repeatable or comma-separated.")
  List<String> skip = new ArrayList<>();

  private final Path workingDirectory;
  private final PrintStream stdout;
  private final PrintStream stderr;

  RollbackCommand(Path workingDirectory, PrintStream stdout, PrintStream stderr) {
    this.workingDirectory = workingDirectory;
    this.stdout = stdout;
    this.stderr = stderr;
  }

  @Override
  public Integer call() {
    CompilerRunner runner = new CompilerRunner(workingDirectory);
    CompilerRunner.Run run = runner.compile(config);
    if (run.result().config().isEmpty()) {
      runner.report(run, CompilerRunner.ErrorFormat.text, stdout, stderr);
      return ExitCodes.CONFIG_ERRORS;
    }
    try (AwsClients clients = StackCommands.clients(run, config, aws)) {
      return StackCommands.report(new StackRollback(clients, StackCommands.sink(stdout), DeployerSettings.DEFAULT).rollback(skip), stderr);
    }
  }
}
