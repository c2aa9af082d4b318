package dev.formwork.cli;

import dev.formwork.deployer.AwsClients;
import dev.formwork.deployer.DeployResult;
import dev.formwork.deployer.DeployerSettings;
import dev.formwork.deployer.OutputSink;
import dev.formwork.deployer.StackRemover;
import dev.formwork.deployer.script.HookedCommand;
import dev.formwork.schema.model.FormworkConfig;
import dev.formwork.schema.model.stack.Hooks;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code formwork delete}: empties the stack's buckets (never retained ones) and deletes the stack,
 * with the delete hooks.
 */
@Command(
    name = "delete",
    mixinStandardHelpOptions = true,
    description =
        "Delete the stack: empty its deployment bucket and non-retained buckets, then delete it.")
final class DeleteCommand extends AwsCommand {

  @Option(
      names = {"-y", "--yes"},
      description = "Do not ask for confirmation.")
  boolean yes;

  DeleteCommand(Path workingDirectory, PrintStream stdout, PrintStream stderr) {
    super(workingDirectory, stdout, stderr);
  }

  @Override
  public Integer call() {
    Optional<CompilerRunner.Run> compiled = compile(new CompilerRunner(workingDirectory), false);
    if (compiled.isEmpty()) {
      return ExitCodes.CONFIG_ERRORS;
    }
    CompilerRunner.Run run = compiled.get();
    FormworkConfig model = run.result().config().get();
    try (AwsClients clients = StackCommands.clients(run, config, aws)) {
      OutputSink out = StackCommands.sink(stdout);
      HookedCommand hooked =
          new HookedCommand(
              StackCommands.hookRunner(run, clients, out),
              () -> StackCommands.deployedParams(run, clients, config));
      DeployResult result =
          hooked.run(
              HookedCommand.Phases.delete(
                  ConfigScripts.hooks(model.hooks(), Hooks::beforeDelete),
                  ConfigScripts.hooks(model.hooks(), Hooks::afterDelete)),
              () ->
                  new StackRemover(clients, out, DeployerSettings.DEFAULT)
                      .delete(StackCommands.confirmation(yes, stdout)));
      return StackCommands.report(result, stderr);
    }
  }
}
