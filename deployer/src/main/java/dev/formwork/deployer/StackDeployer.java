package dev.formwork.deployer;

import dev.formwork.deployer.bucket.DeploymentBucketStore;
import dev.formwork.deployer.parameters.StackParameters;
import dev.formwork.deployer.release.PinnedAliasVersions;
import dev.formwork.deployer.stack.ChangeSetRenderer;
import dev.formwork.deployer.stack.ChangeSetSummary;
import dev.formwork.deployer.stack.ChangeSets;
import dev.formwork.deployer.stack.InterruptNotice;
import dev.formwork.deployer.stack.RollbackAlarms;
import dev.formwork.deployer.stack.StackReader;
import dev.formwork.deployer.stack.StackState;
import dev.formwork.deployer.stack.StackStatusPolicy;
import dev.formwork.deployer.stack.StackWatcher;
import dev.formwork.deployer.template.TemplateCheck;
import dev.formwork.schema.naming.DeploymentBucket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cloudformation.model.ChangeSetType;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.cloudformation.model.StackEvent;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

/**
 * Takes a compiled template and its artifacts to a running stack: checks the template's size, reads
 * the stack's state, deletes change sets an interrupted deploy left, makes sure the deployment
 * bucket exists, uploads missing artifacts, creates a change set with the deploymentConfig
 * settings, shows it, asks before data-losing changes, executes it, follows the events, sets
 * termination protection and prints the outputs (the caller then records the deployment in its
 * history, which prunes old ones). {@link #preview} stops after showing the change set, deletes it,
 * and uploads nothing (a deployment bucket it had to create for a large template is removed again).
 */
public final class StackDeployer {

  private final AwsClients clients;
  private final DeployTarget target;
  private final OutputSink out;
  private final DeployerSettings settings;
  private final StackReader reader;
  private final StackWatcher watcher;
  private final ChangeSets changeSets;

  public StackDeployer(AwsClients clients, OutputSink out, DeployerSettings settings) {
    this.clients = clients;
    this.target = clients.target();
    this.out = out;
    this.settings = settings;
    this.reader = new StackReader(clients.cloudFormation());
    this.watcher = new StackWatcher(clients.cloudFormation(), out, settings);
    this.changeSets = new ChangeSets(clients.cloudFormation(), settings.pollInterval());
  }

  public DeployResult deploy(DeployRequest request) {
    return clients.guard(() -> run(request, false));
  }

  public DeployResult preview(DeployRequest request) {
    return clients.guard(() -> run(request, true));
  }

  /** The name of this stack's deployment bucket in the caller's account (from STS). */
  public String deploymentBucketName() {
    return DeploymentBucket.name(target.stackName(), clients.accountId(), target.region());
  }

  /** Who is deploying: the account and the partition of the caller's ARN. */
  private record Caller(String account, String partition) {}

  private Caller caller() {
    GetCallerIdentityResponse identity = clients.callerIdentity();
    return new Caller(identity.account(), RollbackAlarms.partitionOf(identity.arn()));
  }

  private DeployResult run(DeployRequest request, boolean previewOnly) {
    String stack = target.stackName();
    StackSettings stackSettings = request.settings();
    TemplateCheck.Decision placement = TemplateCheck.decide(request.templateJson());
    // (Decided again below if logical IDs are carried over, before anything is uploaded.)
    if (placement instanceof TemplateCheck.Rejected rejected) {
      return DeployResult.of(
          Outcome.REJECTED,
          rejected.reason(),
          "Split the stack or remove resources; nothing was uploaded.");
    }

    StackStatusPolicy.Decision decision = settle(stack, stackSettings.disableRollback());
    ChangeSetType type;
    switch (decision.action()) {
      case CREATE -> type = ChangeSetType.CREATE;
      case UPDATE -> type = ChangeSetType.UPDATE;
      case RECREATE -> {
        if (previewOnly) {
          return DeployResult.of(
              Outcome.REFUSED,
              "Stack "
                  + stack
                  + " is in ROLLBACK_COMPLETE after a failed first create, so there is nothing"
                  + " to compare with.",
              "Run `formwork deploy`: it deletes the failed stack and creates it again (after"
                  + " confirmation, or with --yes).");
        }
        Optional<DeployResult> recreated = deleteFailedStack(request.confirmation());
        if (recreated.isPresent()) {
          return recreated.get();
        }
        type = ChangeSetType.CREATE;
      }
      default -> {
        return DeployResult.of(Outcome.REFUSED, decision.message(), decision.hint().orElse(""));
      }
    }
    String templateJson = request.templateJson();
    Optional<Stack> found = reader.describe(stack);
    if (found.isPresent()) {
      ExistingStack existing = new ExistingStack(clients, out, found.get());
      existing.report(stackSettings);
      existing.deleteOrphanChangeSets(changeSets);
      templateJson = existing.carryOverMappingIds(templateJson);
    }
    if (!templateJson.equals(request.templateJson())) {
      placement = TemplateCheck.decide(templateJson);
    }

    List<PinnedAliasVersions.Missing> missingVersions =
        new PinnedAliasVersions(clients.cloudFormation(), clients.lambda())
            .check(templateJson, stack, type == ChangeSetType.UPDATE);
    if (!missingVersions.isEmpty()) {
      return DeployResult.of(
          Outcome.REFUSED,
          missingVersions.stream()
              .map(PinnedAliasVersions.Missing::describe)
              .collect(Collectors.joining(" ")),
          "Pin the alias to 'latest' (or to a published version) and deploy; pin it to the"
              + " version once it exists. Nothing was uploaded or changed.");
    }

    StackParameters.Result parameters =
        new StackParameters(clients.route53()).resolve(request.parameters());
    if (parameters instanceof StackParameters.Unresolvable unresolvable) {
      return DeployResult.of(Outcome.REFUSED, unresolvable.message(), unresolvable.hint());
    }

    Caller caller = caller();
    DeploymentBucketStore store =
        new DeploymentBucketStore(
            clients.s3(),
            DeploymentBucket.name(stack, caller.account(), target.region()),
            target.region(),
            out);
    boolean bucketCreatedHere = false;
    if (!previewOnly) {
      store.ensureExists();
      DeploymentBucketStore.UploadReport uploads =
          store.uploadMissing(request.manifest().artifacts().values(), request.artifactRoot());
      out.info(
          "Artifacts: "
              + uploads.uploaded().size()
              + " uploaded, "
              + uploads.reused().size()
              + " already in "
              + store.bucketName());
    }
    if (!request.nestedTemplates().isEmpty()) {
      // A change set reads each nested template from the bucket, so a preview uploads them too (a
      // bucket it creates for that is removed again below).
      bucketCreatedHere = store.ensureExists() && previewOnly;
      DeploymentBucketStore.UploadReport templates =
          store.uploadTemplates(request.nestedTemplates());
      out.info(
          "Nested templates: "
              + templates.uploaded().size()
              + " uploaded, "
              + templates.reused().size()
              + " already in "
              + store.bucketName());
    }
    ChangeSets.TemplateSource source;
    if (placement instanceof TemplateCheck.ViaS3) {
      // A preview uploads no artifact (a change set does not read code), only a template too large
      // to send inline (and a split app's nested templates); a bucket it creates for that is
      // removed again below.
      bucketCreatedHere = (store.ensureExists() && previewOnly) || bucketCreatedHere;
      source = new ChangeSets.Url(store.putTemplate(templateJson));
    } else {
      source = new ChangeSets.Body(templateJson);
    }
    try {
      return changeAndExecute(
          request, type, source, (StackParameters.Resolved) parameters, caller, previewOnly);
    } finally {
      if (bucketCreatedHere) {
        store.emptyAllVersions();
        store.delete();
        out.info("Removed the deployment bucket " + store.bucketName() + " the preview created.");
      }
    }
  }

  private DeployResult changeAndExecute(
      DeployRequest request,
      ChangeSetType type,
      ChangeSets.TemplateSource source,
      StackParameters.Resolved parameters,
      Caller caller,
      boolean previewOnly) {
    String stack = target.stackName();
    StackSettings stackSettings = request.settings();
    ChangeSets.Created created;
    ChangeSets.Prepared prepared;
    try (InterruptNotice notice =
        InterruptNotice.installWith(InterruptNotice.beforeExecution(stack), System.err)) {
      created =
          changeSets.create(
              stack,
              type,
              source,
              request.stackTags(),
              changeSetOptions(stackSettings, caller),
              parameters.parameters(),
              !request.nestedTemplates().isEmpty());
      prepared = changeSets.await(created, settings.operationTimeout());
    }

    if (prepared instanceof ChangeSets.NoChanges) {
      changeSets.delete(created);
      if (!previewOnly) {
        DeployHousekeeping.protect(clients, out, reader, stackSettings);
      }
      String status = reader.state(stack).map(StackState::status).orElse("");
      out.info("No changes: stack " + stack + " is up to date (" + status + ").");
      return DeployResult.of(Outcome.NO_CHANGES, "No changes.")
          .withOutputs(currentOutputs(stack))
          .withChanges(new ChangeSetSummary(List.of()));
    }
    if (prepared instanceof ChangeSets.Failed failed) {
      discard(created);
      return DeployResult.of(
          Outcome.FAILED,
          "CloudFormation rejected the change set: " + failed.reason(),
          "Fix the template problem named above; the stack was not changed.");
    }
    ChangeSetSummary summary = ((ChangeSets.Ready) prepared).summary();
    ChangeSetRenderer.render(summary, out.color(), request.labels()).forEach(out::info);

    if (previewOnly) {
      discard(created);
      return DeployResult.of(
              Outcome.SUCCEEDED,
              "Preview only: the change set was deleted and nothing was changed.")
          .withChanges(summary);
    }
    if (!summary.risky().isEmpty()) {
      String list =
          summary.risky().stream()
              .map(e -> e.logicalId() + " (" + e.resourceType() + ", " + e.kind().verb() + ")")
              .collect(Collectors.joining(", "));
      if (!request
          .confirmation()
          .confirm(
              "This deploy will "
                  + "replace or remove resources that hold data: "
                  + list
                  + ". Continue?")) {
        discard(created);
        return DeployResult.of(
                Outcome.REFUSED,
                "Deploy cancelled: it would replace or remove " + list + "; nothing was changed.",
                "Review the change, then deploy with --yes to accept it.")
            .withChanges(summary);
      }
    }
    DeployResult result = executeAndWatch(created, "deploy", stackSettings.disableRollback());
    if (result.outcome() == Outcome.SUCCEEDED) {
      DeployHousekeeping.protect(clients, out, reader, stackSettings);
    }
    return result.withChanges(summary);
  }

  private ChangeSets.Options changeSetOptions(StackSettings stackSettings, Caller caller) {
    return new ChangeSets.Options(
        stackSettings.roleArn(),
        RollbackAlarms.arns(
            stackSettings.rollbackAlarms(), caller.partition(), target.region(), caller.account()),
        stackSettings.monitoringMinutes(),
        stackSettings.notificationArns());
  }

  /**
   * Waits while another operation runs on the stack, then decides; refuses after the busy timeout.
   */
  private StackStatusPolicy.Decision settle(String stack, boolean fixForward) {
    Instant deadline = Instant.now().plus(settings.busyStackTimeout());
    boolean announced = false;
    while (true) {
      Optional<StackState> state = reader.state(stack);
      StackStatusPolicy.Decision decision = StackStatusPolicy.forDeploy(stack, state, fixForward);
      if (decision.action() != StackStatusPolicy.Action.WAIT) {
        return decision;
      }
      if (Instant.now().isAfter(deadline)) {
        return new StackStatusPolicy.Decision(
            StackStatusPolicy.Action.REFUSE,
            "Stack "
                + stack
                + " is still "
                + state.get().status()
                + ": another operation is in progress.",
            Optional.of(
                "Wait for it to finish (follow it with `formwork info`), then deploy again."));
      }
      if (!announced) {
        out.info(
            "Stack "
                + stack
                + " is "
                + state.get().status()
                + "; waiting for the running operation to finish.");
        announced = true;
      }
      sleep(settings.pollInterval());
    }
  }

  /** Deletes a stack left in ROLLBACK_COMPLETE, after confirmation; a present result means stop. */
  private Optional<DeployResult> deleteFailedStack(Confirmation confirmation) {
    String stack = target.stackName();
    if (!confirmation.confirm(
        "Stack "
            + stack
            + " is in ROLLBACK_COMPLETE after a failed first create and cannot be updated. Delete"
            + " it and create it again?")) {
      return Optional.of(
          DeployResult.of(
              Outcome.REFUSED,
              "Stack " + stack + " is in ROLLBACK_COMPLETE and was not re-created.",
              "Deploy with --yes to delete the failed stack and create it again, or run `formwork"
                  + " delete` first."));
    }
    StackState state = reader.state(stack).orElseThrow();
    out.info("Deleting the failed stack " + stack + " before creating it again.");
    Optional<String> marker = watcher.marker(state.stackId());
    clients.cloudFormation().deleteStack(b -> b.stackName(state.stackId()));
    StackWatcher.WatchResult deleted =
        watcher.watch(state.stackId(), marker, settings.operationTimeout());
    if (deleted.state().isPresent() && !"DELETE_COMPLETE".equals(deleted.state().get().status())) {
      return Optional.of(
          DeployResult.of(
              Outcome.FAILED,
              "Deleting the failed stack "
                  + stack
                  + " ended in "
                  + deleted.state().get().status()
                  + ".",
              "Remove the resources named in the stack events, then run `formwork delete`."));
    }
    return Optional.empty();
  }

  private DeployResult executeAndWatch(
      ChangeSets.Created created, String what, boolean disableRollback) {
    String stack = target.stackName();
    Optional<String> marker = watcher.marker(created.stackId());
    StackWatcher.WatchResult result;
    try {
      changeSets.execute(created, disableRollback);
      try (InterruptNotice notice = InterruptNotice.install(stack, target.region(), System.err)) {
        result = watcher.watch(created.stackId(), marker, settings.operationTimeout());
      }
    } catch (SdkException lost) {
      // ExecuteChangeSet may have reached CloudFormation before the connection failed, and the
      // stack goes on without us: say so instead of a bare AWS error.
      return DeployResult.of(
          Outcome.FAILED,
          "The connection to CloudFormation failed after the change set of "
              + stack
              + " was sent for execution ("
              + clients.errors().explain(lost).message()
              + "): the stack may have changed, and may still be changing.",
          "Run `formwork info` to see its state, or `formwork deploy` again: it waits for an"
              + " update in progress to finish and then reports the stack as it is (\"No"
              + " changes\" when this update went through).");
    }
    return conclude(result, what);
  }

  /**
   * Turns the end of a watched operation into a result: outputs on success, the first failure
   * otherwise.
   */
  DeployResult conclude(StackWatcher.WatchResult result, String what) {
    String stack = target.stackName();
    if (result.timedOut()) {
      return DeployResult.of(
          Outcome.FAILED,
          "Stack "
              + stack
              + " is still "
              + result.state().map(StackState::status).orElse("changing")
              + " after the wait limit.",
          "It keeps going in CloudFormation; follow it with `formwork info`.");
    }
    String status = result.state().map(StackState::status).orElse("DELETE_COMPLETE");
    if (StackStatusPolicy.succeeded(status)) {
      Map<String, String> outputs = currentOutputs(stack);
      out.info("Stack " + stack + " is " + status + ".");
      if (!outputs.isEmpty()) {
        out.info("Outputs:");
        outputs.forEach((key, value) -> out.info("  " + key + " = " + value));
      }
      return DeployResult.of(Outcome.SUCCEEDED, "Stack " + stack + " is " + status + ".")
          .withOutputs(outputs);
    }
    Optional<StackEvent> failure = result.firstFailure();
    String cause =
        failure
            .map(
                e ->
                    e.logicalResourceId()
                        + " ("
                        + e.resourceType()
                        + ") failed: "
                        + e.resourceStatusReason())
            .orElse(result.state().flatMap(StackState::reason).orElse("no reason was reported"));
    String hint =
        "CREATE_FAILED".equals(status) || "UPDATE_FAILED".equals(status)
            ? "The stack keeps what the failed "
                + what
                + " changed (deploymentConfig.disableAutoRollback): fix the cause and deploy again,"
                + " or run `formwork rollback --continue` to return it to its last good state."
            : "ROLLBACK_COMPLETE".equals(status)
                ? "Fix the cause and deploy again: formwork deletes the failed stack and creates it"
                    + " anew (after confirmation, or with --yes)."
                : "UPDATE_ROLLBACK_FAILED".equals(status)
                    ? "Run `formwork rollback --continue` to finish the rollback, then deploy"
                        + " again."
                    : "Fix the cause and deploy again; the stack was rolled back to its previous"
                        + " state.";
    return DeployResult.of(
        Outcome.FAILED,
        "The " + what + " of " + stack + " failed and ended in " + status + ": " + cause,
        hint);
  }

  private Map<String, String> currentOutputs(String stack) {
    return reader.describe(stack).map(StackReader::outputs).orElse(Map.of());
  }

  /**
   * Deletes an unexecuted change set, and the empty REVIEW_IN_PROGRESS stack a CREATE change set
   * leaves.
   */
  private void discard(ChangeSets.Created created) {
    changeSets.delete(created);
    if (created.type() == ChangeSetType.CREATE) {
      Optional<Stack> stack = reader.describe(created.stackId());
      if (stack.isPresent() && "REVIEW_IN_PROGRESS".equals(stack.get().stackStatusAsString())) {
        clients.cloudFormation().deleteStack(b -> b.stackName(created.stackId()));
      }
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the stack", e);
    }
  }
}
