package dev.formwork.cli;

import dev.formwork.deployer.AwsClients;
import dev.formwork.deployer.DeployRequest;
import dev.formwork.deployer.DeployResult;
import dev.formwork.deployer.DeployerSettings;
import dev.formwork.deployer.OutputSink;
import dev.formwork.deployer.StackDeployer;
import dev.formwork.deployer.script.HookedCommand;
import dev.formwork.schema.model.FormworkConfig;
import dev.formwork.schema.model.stack.Hooks;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code formwork deploy} (and {@code preview}): packages the code, pins the secret references,
 * compiles with the fresh manifest ({@link StackTemplate}), uploads what S3 lacks, and creates,
 * shows and (for deploy) executes a change set, wrapped in the beforeDeploy/afterDeploy hooks.
 */
@Command(
    name = "deploy",
    mixinStandardHelpOptions = true,
    description = "Package, compile and deploy the stack through a change set; print the outputs.")
class DeployCommand extends AwsCommand {

  @Option(
      names = {"-y", "--yes"},
      description =
          "Do not ask before replacing or deleting stateful resources, or re-creating a failed"
              + " stack.")
  boolean yes;

  @Mixin BuildFlags build;

  DeployCommand(Path workingDirectory, PrintStream stdout, PrintStream stderr) {
    super(workingDirectory, stdout, stderr);
  }

  @Override
  public Integer call() throws Exception {
    CompilerRunner runner = new CompilerRunner(workingDirectory);
    Optional<CompilerRunner.Run> first = compileForPackaging(runner);
    if (first.isEmpty()) {
      return ExitCodes.CONFIG_ERRORS;
    }
    Optional<PackageCommand.Packaged> packaged =
        StackTemplate.packageCode(first.get(), build.options(), stderr);
    if (packaged.isEmpty()) {
      return ExitCodes.CONFIG_ERRORS;
    }
    try (AwsClients clients = StackCommands.clients(first.get(), config, aws)) {
      Optional<StackTemplate.Ready> ready =
          StackTemplate.compile(
              runner, config, first.get(), packaged.get(), clients, stdout, stderr);
      if (ready.isEmpty()) {
        return ExitCodes.CONFIG_ERRORS;
      }
      CompilerRunner.Run run = ready.get().run();
      FormworkConfig model = run.result().config().orElseThrow();
      OutputSink out = sink();
      DeployRequest request =
          new DeployRequest(
              ready.get().json(),
              packaged.get().result().orElseThrow().manifest(),
              packaged.get().outputDir(),
              StackCommands.stackTags(model),
              StackCommands.confirmation(yes, stdout),
              StackCommands.stackSettings(model),
              ChangeFlags.labels(run));
      StackDeployer deployer = new StackDeployer(clients, out, DeployerSettings.DEFAULT);
      return act(deployer, request, run, clients, out);
    }
  }

  /** Where progress and change lines go: stdout. */
  OutputSink sink() {
    return StackCommands.sink(stdout);
  }

  /** Deploys, inside the beforeDeploy/afterDeploy hooks; {@code preview} shows instead. */
  int act(
      StackDeployer deployer,
      DeployRequest request,
      CompilerRunner.Run run,
      AwsClients clients,
      OutputSink out) {
    FormworkConfig model = run.result().config().orElseThrow();
    HookedCommand hooked =
        new HookedCommand(
            StackCommands.hookRunner(run, clients, out),
            () -> StackCommands.deployedParams(run, clients, config));
    DeployResult result =
        hooked.run(
            HookedCommand.Phases.deploy(
                ConfigScripts.hooks(model.hooks(), Hooks::beforeDeploy),
                ConfigScripts.hooks(model.hooks(), Hooks::afterDeploy)),
            () -> deployer.deploy(request));
    return StackCommands.report(result, stderr);
  }
}
