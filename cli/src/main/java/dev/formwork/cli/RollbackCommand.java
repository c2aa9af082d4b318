package dev.formwork.cli;

import dev.formwork.deployer.AwsClients;
import dev.formwork.deployer.DeployRequest;
import dev.formwork.deployer.DeployResult;
import dev.formwork.deployer.DeployStepException;
import dev.formwork.deployer.DeployerSettings;
import dev.formwork.deployer.Outcome;
import dev.formwork.deployer.OutputSink;
import dev.formwork.deployer.StackDeployer;
import dev.formwork.deployer.StackRollback;
import dev.formwork.deployer.diff.ConfigLabels;
import dev.formwork.deployer.history.DeploymentHistory;
import dev.formwork.deployer.history.DeploymentRecord;
import dev.formwork.schema.artifact.ArtifactManifest;
import dev.formwork.schema.deploy.DeployParameter;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonParseException;
import dev.formwork.schema.json.JsonParser;
import dev.formwork.schema.json.JsonWriter;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code formwork rollback --to N | --previous}: redeploys a recorded deployment's template with
 * its own artifacts through a normal change set (with the usual confirmation), and records that as
 * a new deployment; hooks do not run, they belong to the config as it is now. {@code rollback
 * --continue [--skip ID,…]}: continues a rollback stuck in UPDATE_ROLLBACK_FAILED (what {@code
 * rollback [--skip]} did before there was a history).
 */
@Command(
    name = "rollback",
    footer = {
      "",
      "Examples:",
      "  formwork info --history -s prod              # the recorded deployments",
      "  formwork rollback --previous -s prod         # the one before the latest",
      "  formwork rollback --to 12 -s prod --yes",
      "  formwork rollback --continue -s prod --skip OrdersTable   # after UPDATE_ROLLBACK_FAILED"
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

  @Option(
      names = "--continue",
      description =
          "Continue a rollback stuck in UPDATE_ROLLBACK_FAILED (CloudFormation's"
              + " ContinueUpdateRollback) instead.")
  boolean continueRollback;

  @Option(
      names = "--skip",
      paramLabel = "LOGICAL_ID",
      split = ",",
      description =
          "With --continue: resources to skip (they stay as they are), by logical ID; inside a"
              + " nested stack NestedStack01.Name (or NestedStack01/Name, as events show it)."
              + " Repeatable or"
              + " comma-separated.")
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
    PrintStream progress = output.json() ? context.err() : context.out();
    OutputSink out = sink(progress);
    DeployResult result =
        continueRollback
            ? new StackRollback(clients, out, DeployerSettings.DEFAULT).rollback(skip)
            : redeploy(run, clients, out, progress);
    if (output.json()) {
      context
          .out()
          .print(
              JsonWriter.pretty(
                  ResultJson.deploy(run.result().stackName(), result, ConfigLabels.NONE)));
    }
    return result.exitCode() == ExitCodes.OK
        ? ExitCodes.OK
        : errors().failure(CommandFailure.of(result));
  }

  /** Deploys the chosen recorded deployment again and records that. */
  private DeployResult redeploy(
      CompilerRunner.Run run, AwsClients clients, OutputSink out, PrintStream progress) {
    DeploymentHistory history = DeploymentRecorder.history(clients);
    DeploymentRecord chosen = choose(history.list(), run);
    String template = history.template(chosen);
    ArtifactManifest manifest = history.manifest(chosen);
    List<String> gone = history.missingObjects(chosen, manifest);
    if (!gone.isEmpty()) {
      throw historyMissing(
          "Deployment "
              + chosen.number()
              + " needs artifacts or nested templates that are no longer in the deployment bucket: "
              + String.join(", ", gone)
              + ".",
          "They were pruned; choose a more recent deployment from `formwork info --history`.");
    }
    Map<String, DeployParameter> parameters = parameters(chosen, template, run);
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
            StackCommands.confirmation(yes, context, progress),
            StackCommands.stackSettings(run.result().config().orElseThrow()),
            ConfigLabels.NONE,
            parameters,
            history.nestedTemplates(chosen));
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
          Set.copyOf(chosen.nestedTemplateKeys()),
          chosen.stackTags(),
          Optional.of(chosen.number()),
          request.settings().deploymentsToKeep());
    }
    return result;
  }

  private void checkOptions() {
    int chosen = (to != null ? 1 : 0) + (previous ? 1 : 0) + (continueRollback ? 1 : 0);
    if (chosen == 0) {
      throw new UsageException(
          Code.CLI_USAGE,
          "`formwork rollback` needs --to N or --previous (a recorded deployment), or --continue.",
          Optional.of(
              "`formwork info --history` lists the deployments; `formwork rollback --continue"
                  + (skip.isEmpty() ? "" : " --skip " + String.join(",", skip))
                  + "` continues a rollback stuck in UPDATE_ROLLBACK_FAILED."));
    }
    if (chosen > 1) {
      throw new UsageException(
          Code.CLI_USAGE,
          "--to, --previous and --continue are three kinds of rollback; give one.",
          Optional.of(
              "--to N and --previous redeploy a recorded deployment; --continue finishes a failed"
                  + " rollback."));
    }
    if (!skip.isEmpty() && !continueRollback) {
      throw new UsageException(
          Code.CLI_USAGE,
          "--skip applies to --continue only.",
          Optional.of("A recorded deployment is deployed whole; drop --skip."));
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

  /**
   * The deploy-time parameters the recorded template declares (plain-text secrets, hosted zones),
   * supplied as the current config supplies them: the history never stores a secret's value.
   */
  private static Map<String, DeployParameter> parameters(
      DeploymentRecord chosen, String template, CompilerRunner.Run run) {
    Set<String> declared = new TreeSet<>();
    try {
      if (JsonParser.parse(template) instanceof JsonObject json
          && json.get("Parameters").orElse(JsonObject.EMPTY) instanceof JsonObject declarations) {
        declared.addAll(declarations.members().keySet());
      }
    } catch (JsonParseException unreadable) {
      throw historyMissing(
          "The template of deployment " + chosen.number() + " cannot be read.",
          "Choose another deployment from `formwork info --history`.");
    }
    Map<String, DeployParameter> supplied = new TreeMap<>(run.result().deployParameters());
    supplied.keySet().retainAll(declared);
    Set<String> missing = new TreeSet<>(declared);
    missing.removeAll(supplied.keySet());
    if (!missing.isEmpty()) {
      throw historyMissing(
          "Deployment "
              + chosen.number()
              + " needs template parameters the config no longer supplies: "
              + String.join(", ", missing)
              + ".",
          "formwork never stores their values (plain-text secrets, hosted zones): put the"
              + " settings that declared them back in the config, or roll back to another"
              + " deployment.");
    }
    return supplied;
  }

  private static DeployStepException historyMissing(String message, String hint) {
    return new DeployStepException(Code.DEPLOY_HISTORY_MISSING, message, hint, null);
  }
}
