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
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code formwork delete}: empties the stack's buckets (never retained ones) and deletes the stack, with the delete hooks. */
@Command(name = "delete", mixinStandardHelpOptions = true,
    description = "Delete the stack: empty its deployment bucket and non-retained buckets, then delete it.")
final class DeleteCommand implements Callable<Integer> {

  @Mixin ConfigOptions config;
  @Mixin AwsOptions aws;

  @Option(names = {"-y", "--yes"}, description = "Do not ask for confirmation.")
  boolean yes;

  private final Path workingDirectory;
  private final PrintStream stdout;
  private final PrintStream stderr;

  DeleteCommand(Path workingDirectory, PrintStream stdout, PrintStream stderr) {
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
    FormworkConfig model = run.result().config().get();
    try (AwsClients clients = StackCommands.clients(run, config, aws)) {
      OutputSink out = StackCommands.sink(stdout);
      HookedCommand hooked = new HookedCommand(
          StackCommands.hookRunner(run, clients, out), () -> StackCommands.deployedParams(run, clients, config));
      DeployResult result = hooked.run(
          HookedCommand.Phases.delete(
              ConfigScripts.hooks(model.hooks(), Hooks::beforeDelete), ConfigScripts.hooks(model.hooks(), Hooks::afterDelete)),
          () -> new StackRemover(clients, out, DeployerSettings.DEFAULT).delete(StackCommands.confirmation(yes, stdout)));
      return StackCommands.report(result, stderr);
    }
  }
}
