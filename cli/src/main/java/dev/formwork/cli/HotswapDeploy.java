package dev.formwork.cli;

import dev.formwork.compiler.CompiledFunction;
import dev.formwork.deployer.AwsClients;
import dev.formwork.deployer.DeployRequest;
import dev.formwork.deployer.DeployResult;
import dev.formwork.deployer.DeployerSettings;
import dev.formwork.deployer.Outcome;
import dev.formwork.deployer.OutputSink;
import dev.formwork.deployer.StackDeployer;
import dev.formwork.deployer.history.DeploymentRecord;
import dev.formwork.deployer.hotswap.HotswapOutcome;
import dev.formwork.deployer.hotswap.HotswapTarget;
import dev.formwork.deployer.hotswap.StackHotswapper;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonParseException;
import dev.formwork.schema.json.JsonParser;
import dev.formwork.schema.model.stack.DeploymentConfig;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What {@code deploy --hotswap} and {@code dev} share: the refusal on a production stage, and a
 * hotswap that falls back to a change set, saying which changes forced it.
 */
final class HotswapDeploy {

  /** What was deployed and how, so the history records the right kind. */
  record Attempt(DeployResult result, DeploymentRecord.Kind kind, List<String> hotswapped) {}

  private HotswapDeploy() {}

  /** Refuses a stage marked as production (deploymentConfig.productionStages). */
  static Optional<CommandFailure> productionRefusal(
      CompilerRunner.Run run, Target target, String what) {
    Optional<DeploymentConfig> config =
        run.result().config().flatMap(model -> model.deploymentConfig());
    if (!DeploymentConfig.isProduction(config, target.stage())) {
      return Optional.empty();
    }
    return Optional.of(
        new CommandFailure(
            Code.DEPLOY_HOTSWAP_REFUSED,
            "Stage '"
                + target.stage()
                + "' is marked as production, and "
                + what
                + " updates functions without CloudFormation; nothing was changed.",
            Optional.of(
                "Deploy without --hotswap. If this stage is not production, leave it out of"
                    + " deploymentConfig.productionStages (default: prod, production)."),
            ExitCodes.DEPLOY_FAILED,
            Optional.empty()));
  }

  /** The config's functions by logical ID, with the physical names the Lambda API uses. */
  static Map<String, HotswapTarget> targets(CompilerRunner.Run run) {
    Map<String, HotswapTarget> targets = new TreeMap<>();
    for (CompiledFunction function : run.result().functions().values()) {
      targets.put(
          function.logicalId(), new HotswapTarget(function.name(), function.physicalName()));
    }
    return targets;
  }

  /** Hotswaps when only function code and settings changed, else deploys the change set. */
  static Attempt run(
      StackDeployer deployer,
      DeployRequest request,
      CompilerRunner.Run run,
      AwsClients clients,
      OutputSink out) {
    HotswapOutcome outcome =
        new StackHotswapper(clients, out, DeployerSettings.DEFAULT)
            .hotswap(
                new StackHotswapper.Request(
                    run.result().template().orElseThrow().toJson(),
                    request.manifest(),
                    request.artifactRoot(),
                    targets(run)));
    if (outcome instanceof HotswapOutcome.Finished finished) {
      return new Attempt(finished.result(), DeploymentRecord.Kind.HOTSWAP, finished.functions());
    }
    if (outcome instanceof HotswapOutcome.Refused refused) {
      return new Attempt(refused.result(), DeploymentRecord.Kind.HOTSWAP, List.of());
    }
    List<String> reasons = ((HotswapOutcome.NotPossible) outcome).reasons();
    out.info("Hotswap is not possible, so this deploy goes through a change set:");
    reasons.forEach(reason -> out.info("  - " + reason));
    return new Attempt(
        changeSet(deployer, request, run, clients, out), DeploymentRecord.Kind.DEPLOY, List.of());
  }

  /**
   * A change-set deploy, after which functions that a hotswap left running other code or settings
   * are reset to the template (CloudFormation does not touch a function whose template did not
   * change). A deploy that changed nothing in the stack but reset functions succeeded.
   */
  static DeployResult changeSet(
      StackDeployer deployer,
      DeployRequest request,
      CompilerRunner.Run run,
      AwsClients clients,
      OutputSink out) {
    DeployResult result = deployer.deploy(request);
    if (result.outcome() != Outcome.SUCCEEDED && result.outcome() != Outcome.NO_CHANGES) {
      return result;
    }
    JsonObject template;
    try {
      template = (JsonObject) JsonParser.parse(request.templateJson());
    } catch (JsonParseException | ClassCastException notATemplate) {
      throw new IllegalStateException("formwork deployed a template it cannot read", notATemplate);
    }
    Map<String, String> names = new TreeMap<>();
    run.result().functions().values().forEach(f -> names.put(f.logicalId(), f.name()));
    List<String> reset =
        new StackHotswapper(clients, out, DeployerSettings.DEFAULT).reconcile(template, names);
    if (reset.isEmpty() || result.outcome() == Outcome.SUCCEEDED) {
      return result;
    }
    return new DeployResult(
        Outcome.SUCCEEDED,
        "The stack had no changes; "
            + String.join(", ", reset)
            + " ran hotswapped code and was reset.",
        Optional.empty(),
        result.outputs(),
        result.changes(),
        Optional.empty());
  }
}
