package dev.formwork.cli;

import dev.formwork.deployer.AwsClients;
import dev.formwork.deployer.DeployRequest;
import dev.formwork.deployer.DeployResult;
import dev.formwork.deployer.OutputSink;
import dev.formwork.deployer.StackDeployer;
import dev.formwork.deployer.script.HookedCommand;
import dev.formwork.schema.model.FormworkConfig;
import dev.formwork.schema.model.stack.Hooks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code formwork deploy}: packages the code, pins the secret references, compiles with the fresh
 * manifest ({@link StackTemplate}), uploads what S3 lacks, and creates, shows and executes a change
 * set, wrapped in the beforeDeploy/afterDeploy hooks.
 */
@Command(
    name = "deploy",
    footer = {
      "",
      "Examples:",
      "  formwork deploy -s dev -r eu-west-1 -p my-profile",
      "  formwork deploy -s prod --yes --output json > deploy.json      # in CI",
      "  formwork deploy -s dev --endpoint-url http://127.0.0.1:5000   # against moto"
    })
final class DeployCommand extends ChangeSetCommand {

  @Option(
      names = {"-y", "--yes"},
      description =
          "Do not ask before replacing or deleting stateful resources, or re-creating a failed"
              + " stack.")
  boolean yes;

  DeployCommand(CliContext context) {
    super(context);
  }

  @Override
  boolean assumeYes() {
    return yes;
  }

  @Override
  DeployResult apply(
      StackDeployer deployer,
      DeployRequest request,
      CompilerRunner.Run run,
      AwsClients clients,
      OutputSink out) {
    FormworkConfig model = run.result().config().orElseThrow();
    HookedCommand hooked =
        new HookedCommand(
            StackCommands.hookRunner(run, clients, out, context),
            () -> StackCommands.deployedParams(run, clients));
    return hooked.run(
        HookedCommand.Phases.deploy(
            ConfigScripts.hooks(model.hooks(), Hooks::beforeDeploy),
            ConfigScripts.hooks(model.hooks(), Hooks::afterDeploy)),
        () -> deployer.deploy(request));
  }
}
