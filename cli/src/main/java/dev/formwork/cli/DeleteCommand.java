package dev.formwork.cli;

import dev.formwork.deployer.AwsClients;
import dev.formwork.deployer.DeployResult;
import dev.formwork.deployer.DeployerSettings;
import dev.formwork.deployer.OutputSink;
import dev.formwork.deployer.StackRemover;
import dev.formwork.deployer.script.HookedCommand;
import dev.formwork.schema.model.FormworkConfig;
import dev.formwork.schema.model.stack.Hooks;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code formwork delete}: empties the stack's buckets (never retained ones) and deletes the stack,
 * with the delete hooks.
 */
@Command(
    name = "delete",
    footer = {
      "",
      "Examples:",
      "  formwork delete -s dev -r eu-west-1",
      "  formwork destroy -s pr-123 --yes   # in CI; `remove` works too"
    })
final class DeleteCommand extends AwsCommand {

  @Option(
      names = {"-y", "--yes"},
      description = "Do not ask for confirmation.")
  boolean yes;

  DeleteCommand(CliContext context) {
    super(context);
  }

  @Override
  int execute() {
    Optional<CompilerRunner.Run> compiled = compileModel();
    if (compiled.isEmpty()) {
      return ExitCodes.CONFIG_ERRORS;
    }
    CompilerRunner.Run run = compiled.get();
    FormworkConfig model = run.result().config().get();
    AwsClients clients = clients(run);
    OutputSink out = sink(context.out());
    HookedCommand hooked =
        new HookedCommand(
            StackCommands.hookRunner(run, clients, out, context),
            () -> StackCommands.deployedParams(run, clients));
    DeployResult result =
        hooked.run(
            HookedCommand.Phases.delete(
                ConfigScripts.hooks(model.hooks(), Hooks::beforeDelete),
                ConfigScripts.hooks(model.hooks(), Hooks::afterDelete)),
            () ->
                new StackRemover(clients, out, DeployerSettings.DEFAULT)
                    .delete(StackCommands.confirmation(yes, context, context.out())));
    return result.exitCode() == ExitCodes.OK
        ? ExitCodes.OK
        : errors().failure(CommandFailure.of(result));
  }
}
