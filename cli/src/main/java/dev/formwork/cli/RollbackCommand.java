package dev.formwork.cli;

import dev.formwork.deployer.AwsClients;
import dev.formwork.deployer.DeployRequest;
import dev.formwork.deployer.DeployResult;
import dev.formwork.deployer.DeployStepException;
import dev.formwork.deployer.DeployerSettings;
import dev.formwork.deployer.Outcome;
import dev.formwork.deployer.OutputSink;
import dev.formwork.deployer.StackDeployer;
import dev.formwork.deployer.history.DeploymentHistory;
import dev.formwork.deployer.history.DeploymentRecord;
import dev.formwork.schema.artifact.ArtifactManifest;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.json.JsonWriter;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code formwork rollback --to N | --previous}: redeploys a recorded deployment's template with
 * its own artifacts through a normal change set (with the usual confirmation), and records that as
 * a new deployment. Hooks do not run: they belong to the config as it is now.
 */
@Command(
    name = "rollback",
    footer = {
      "",
      "Examples:",
      "  formwork info --history -s prod           # the recorded deployments",
      "  formwork rollback --previous -s prod      # the one before the latest",
      "  formwork rollback --to 12 -s prod --yes",
      "",
      "A rollback stuck in UPDATE_ROLLBACK_FAILED is continued with `formwork continue-rollback`."
    })
final class RollbackCommand extends AwsCommand {

  @Option(names = "--to", paramLabel = "N", description = "Redeploy recorded deployment N.")
  Integer to;

  @Option(names = "--previous", description = "Redeploy the deployment before the latest one.")
  boolean previous;

  @Option(
      names = {"-y", "--yes"},
      description = "Do not ask before replacing or deleting stateful resources.")
  boolean yes;

  /** The old spelling of continue-rollback's option, answered with a pointer to it. */
  @Option(names = "--skip", paramLabel = "LOGICAL_ID", split = ",", hidden = true)
  List<String> skip = new ArrayList<>();

  @Mixin OutputOptions output;

  RollbackCommand(CliContext context) {
    super(context);
  }

  @Override
  int execute() {
    checkOptions();
    Optional<CompilerRunner.Run> compiled = compileModel();
    if (compiled.isEmpty()) {
      return ExitCodes.CONFIG_ERRORS;
    }
    CompilerRunner.Run run = compiled.get();
    AwsClients clients = clients(run);
    DeploymentHistory history = DeploymentRecorder.history(clients);
    DeploymentRecord chosen = choose(history.list(), run);
    String template = history.template(chosen);
    ArtifactManifest manifest = history.manifest(chosen);
    List<String> gone = history.missingArtifacts(manifest);
    if (!gone.isEmpty()) {
      return errors()
          .failure(
              failure(
                  "Deployment "
                      + chosen.number()
                      + " needs artifacts that are no longer in the deployment bucket: "
                      + String.join(", ", gone)
                      + ".",
                  "They were pruned; choose a more recent deployment from `formwork info"
                      + " --history`."));
    }
    PrintStream progress = output.json() ? context.err() : context.out();
    OutputSink out = sink(progress);
    out.info(
        "Rolling back "
            + run.result().stackName()
            + " to deployment "
            + chosen.number()
            + " ("
            + HistoryTable.describe(chosen)
            + ") through a change set.");
    DeployRequest request =
        new DeployRequest(
            template,
            manifest,
            // Every artifact is in the bucket already (checked above), so nothing is read here.
            run.configFile()
                .toAbsolutePath()
                .getParent()
                .resolve(CompilerRunner.DEFAULT_ARTIFACTS_DIR),
            chosen.stackTags(),
            StackCommands.confirmation(yes, context, progress));
    DeployResult result =
        HotswapDeploy.changeSet(
            new StackDeployer(clients, out, DeployerSettings.DEFAULT), request, run, clients, out);
    if (result.outcome() == Outcome.SUCCEEDED) {
      DeploymentRecorder.record(
          context,
          clients,
          run,
          out,
          DeploymentRecord.Kind.ROLLBACK,
          template,
          manifest,
          chosen.stackTags(),
          Optional.of(chosen.number()));
    }
    if (output.json()) {
      context.out().print(JsonWriter.pretty(ResultJson.deploy(run.result().stackName(), result)));
    }
    return result.exitCode() == ExitCodes.OK
        ? ExitCodes.OK
        : errors().failure(CommandFailure.of(result));
  }

  private void checkOptions() {
    if (!skip.isEmpty() || (to == null && !previous)) {
      throw new UsageException(
          Code.CLI_USAGE,
          "`formwork rollback` redeploys a recorded deployment: give --to N or --previous.",
          Optional.of(
              "`formwork info --history` lists the deployments. To continue a rollback stuck in"
                  + " UPDATE_ROLLBACK_FAILED, run `formwork continue-rollback`"
                  + (skip.isEmpty() ? "" : " --skip " + String.join(",", skip))
                  + "."));
    }
    if (to != null && previous) {
      throw new UsageException(
          Code.CLI_USAGE,
          "--to and --previous name two deployments; give one.",
          Optional.of("--previous is the deployment before the latest one."));
    }
  }

  private DeploymentRecord choose(List<DeploymentRecord> records, CompilerRunner.Run run) {
    if (records.isEmpty()) {
      throw historyMissing(
          "No deployment of " + run.result().stackName() + " is recorded.",
          "Deployments are recorded by `formwork deploy`; there is nothing to roll back to yet.");
    }
    if (previous) {
      if (records.size() < 2) {
        throw historyMissing(
            "Only one deployment of " + run.result().stackName() + " is recorded.",
            "--previous needs the deployment before the latest one.");
      }
      return records.get(records.size() - 2);
    }
    return records.stream()
        .filter(record -> record.number() == to)
        .findFirst()
        .orElseThrow(
            () ->
                historyMissing(
                    "Deployment " + to + " of " + run.result().stackName() + " is not recorded.",
                    "Recorded: "
                        + String.join(
                            ", ", records.stream().map(r -> String.valueOf(r.number())).toList())
                        + " (`formwork info --history`)."));
  }

  private static DeployStepException historyMissing(String message, String hint) {
    return new DeployStepException(Code.DEPLOY_HISTORY_MISSING, message, hint, null);
  }

  private static CommandFailure failure(String message, String hint) {
    return new CommandFailure(
        Code.DEPLOY_HISTORY_MISSING,
        message,
        Optional.of(hint),
        ExitCodes.DEPLOY_FAILED,
        Optional.empty());
  }
}
