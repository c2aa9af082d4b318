package dev.formwork.cli;

import dev.formwork.deployer.AwsClients;
import dev.formwork.deployer.DeployRequest;
import dev.formwork.deployer.DeployResult;
import dev.formwork.deployer.Outcome;
import dev.formwork.deployer.OutputSink;
import dev.formwork.deployer.StackDeployer;
import dev.formwork.deployer.history.DeploymentRecord;
import dev.formwork.deployer.script.HookedCommand;
import dev.formwork.schema.model.FormworkConfig;
import dev.formwork.schema.model.stack.Hooks;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A deploy as {@code deploy} and {@code dev} make it: the beforeDeploy/afterDeploy hooks around a
 * change set (or a hotswap that falls back to one), then the deployment recorded in the history
 * when it changed the stack.
 */
final class HookedDeploy {

  private HookedDeploy() {}

  static DeployResult run(
      CliContext context,
      StackDeployer deployer,
      DeployRequest request,
      CompilerRunner.Run run,
      AwsClients clients,
      OutputSink out,
      boolean hotswap) {
    FormworkConfig model = run.result().config().orElseThrow();
    HookedCommand hooked =
        new HookedCommand(
            StackCommands.hookRunner(run, clients, out, context),
            () -> StackCommands.deployedParams(run, clients));
    AtomicReference<DeploymentRecord.Kind> kind = new AtomicReference<>();
    DeployResult result =
        hooked.run(
            HookedCommand.Phases.deploy(
                ConfigScripts.hooks(model.hooks(), Hooks::beforeDeploy),
                ConfigScripts.hooks(model.hooks(), Hooks::afterDeploy)),
            () -> {
              if (!hotswap) {
                kind.set(DeploymentRecord.Kind.DEPLOY);
                return HotswapDeploy.changeSet(deployer, request, run, clients, out);
              }
              HotswapDeploy.Attempt attempt =
                  HotswapDeploy.run(deployer, request, run, clients, out);
              kind.set(attempt.kind());
              return attempt.result();
            });
    if (result.outcome() == Outcome.SUCCEEDED && kind.get() != null) {
      DeploymentRecorder.record(
          context,
          clients,
          run,
          out,
          kind.get(),
          request.templateJson(),
          request.manifest(),
          request.nestedTemplates().keySet(),
          request.stackTags(),
          Optional.empty(),
          request.settings().deploymentsToKeep());
    }
    return result;
  }
}
