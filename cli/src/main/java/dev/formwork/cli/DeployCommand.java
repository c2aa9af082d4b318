package dev.formwork.cli;

import dev.formwork.deployer.AwsClients;
import dev.formwork.deployer.DeployRequest;
import dev.formwork.deployer.DeployResult;
import dev.formwork.deployer.OutputSink;
import dev.formwork.deployer.StackDeployer;
import java.util.Optional;
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
      "  formwork deploy -s dev --hotswap                # code-only changes without"
          + " CloudFormation",
      "  formwork deploy -s prod --yes --output json > deploy.json      # in CI",
      "  formwork deploy -s dev --endpoint-url http://127.0.0.1:5000   # against moto"
    })
final class DeployCommand extends ChangeSetCommand {

  @Option(
      names = "--hotswap",
      description =
          "When only functions' code, environment, memory or timeout changed, update them with the"
              + " Lambda API instead of CloudFormation (the stack drifts until the next normal"
              + " deploy); anything else deploys through a change set, saying why.")
  boolean hotswap;

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
  boolean placementFromHistory() {
    return hotswap;
  }

  @Override
  Optional<CommandFailure> refuse(CompilerRunner.Run run) {
    return hotswap ? HotswapDeploy.productionRefusal(run, target(), "--hotswap") : Optional.empty();
  }

  @Override
  DeployResult apply(
      StackDeployer deployer,
      DeployRequest request,
      CompilerRunner.Run run,
      AwsClients clients,
      OutputSink out) {
    return HookedDeploy.run(context, deployer, request, run, clients, out, hotswap);
  }
}
