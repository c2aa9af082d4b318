package dev.formwork.deployer;

import dev.formwork.deployer.bucket.BucketEmptier;
import dev.formwork.deployer.bucket.DeploymentBucketStore;
import dev.formwork.deployer.stack.NestedStacks;
import dev.formwork.deployer.stack.StackReader;
import dev.formwork.deployer.stack.StackState;
import dev.formwork.deployer.stack.StackWatcher;
import dev.formwork.deployer.stack.TerminationProtection;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonParseException;
import dev.formwork.schema.json.JsonParser;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.naming.DeploymentBucket;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.cloudformation.model.StackResourceSummary;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;

/**
 * Deletes a stack (never one with termination protection on): empties the buckets of the stack and
 * of its nested stacks (except those kept with a Retain deletion policy) and the deployment bucket,
 * all versions included, deletes the stack, follows its events, and finally removes the deployment
 * bucket, which formwork created outside the stack.
 */
public final class StackRemover {

  /** Deletion policies that keep the resource, and so its data, after the stack is gone. */
  private static final Set<String> KEEP = Set.of("Retain", "RetainExceptOnCreate");

  private final AwsClients clients;
  private final OutputSink out;
  private final DeployerSettings settings;
  private final StackReader reader;

  public StackRemover(AwsClients clients, OutputSink out, DeployerSettings settings) {
    this.clients = clients;
    this.out = out;
    this.settings = settings;
    this.reader = new StackReader(clients.cloudFormation());
  }

  public DeployResult delete(Confirmation confirmation) {
    return clients.guard(() -> run(confirmation));
  }

  private DeployResult run(Confirmation confirmation) {
    String stack = clients.target().stackName();
    String account = clients.accountId();
    DeploymentBucketStore bucket =
        new DeploymentBucketStore(
            clients.s3(),
            DeploymentBucket.name(stack, account, clients.target().region()),
            clients.target().region(),
            out);
    Optional<StackState> state = reader.state(stack);
    if (state.isEmpty()) {
      removeDeploymentBucket(bucket);
      return DeployResult.of(
          Outcome.SUCCEEDED, "Stack " + stack + " does not exist; nothing to delete.");
    }
    if (state.get().inProgress()) {
      return DeployResult.of(
          Outcome.REFUSED,
          "Stack " + stack + " is " + state.get().status() + ": another operation is in progress.",
          "Wait for it to finish (follow it with `formwork info`), then delete again.");
    }
    if (reader.describe(stack).filter(TerminationProtection::isOn).isPresent()) {
      return DeployResult.of(
          Outcome.REFUSED,
          "Stack "
              + stack
              + " has termination protection on (deploymentConfig.terminationProtection), so"
              + " nothing was deleted.",
          TerminationProtection.refusal(stack, clients.target().region()));
    }
    if (!confirmation.confirm("Delete stack " + stack + " and all of its resources?")) {
      return DeployResult.of(
          Outcome.REFUSED,
          "Stack " + stack + " was not deleted.",
          "Run delete with --yes to skip the question.");
    }
    for (String userBucket : bucketsToEmpty(stack)) {
      try {
        int removed = BucketEmptier.empty(clients.s3(), userBucket);
        out.info("Emptied bucket " + userBucket + " (" + removed + " object versions)");
      } catch (NoSuchBucketException gone) {
        // Already deleted by hand: nothing blocks the stack delete.
      }
    }
    if (bucket.exists()) {
      int removed = bucket.emptyAllVersions();
      out.info(
          "Emptied deployment bucket "
              + bucket.bucketName()
              + " ("
              + removed
              + " object versions)");
    }
    StackWatcher watcher = new StackWatcher(clients.cloudFormation(), out, settings);
    Optional<String> marker = watcher.marker(state.get().stackId());
    clients.cloudFormation().deleteStack(b -> b.stackName(state.get().stackId()));
    StackWatcher.WatchResult result =
        watcher.watch(state.get().stackId(), marker, settings.operationTimeout());
    String status = result.state().map(StackState::status).orElse("DELETE_COMPLETE");
    if (!"DELETE_COMPLETE".equals(status)) {
      String cause =
          result
              .firstFailure()
              .map(e -> e.logicalResourceId() + ": " + e.resourceStatusReason())
              .orElse("no reason was reported");
      return DeployResult.of(
          Outcome.FAILED,
          "Deleting " + stack + " ended in " + status + ": " + cause,
          "Remove or empty the resource named above, then run delete again.");
    }
    removeDeploymentBucket(bucket);
    out.info("Stack " + stack + " is deleted.");
    return DeployResult.of(Outcome.SUCCEEDED, "Stack " + stack + " is deleted.");
  }

  private void removeDeploymentBucket(DeploymentBucketStore bucket) {
    if (bucket.exists()) {
      bucket.emptyAllVersions();
      bucket.delete();
      out.info("Deleted deployment bucket " + bucket.bucketName());
    }
  }

  /**
   * Physical names of the buckets whose DeletionPolicy lets CloudFormation delete them, in the
   * stack and in each of its nested stacks (by each one's own template).
   */
  private List<String> bucketsToEmpty(String stack) {
    List<String> names = new ArrayList<>();
    for (NestedStacks.Member member : new NestedStacks(clients.cloudFormation()).all(stack)) {
      Optional<JsonObject> resources = deployedResources(member.stackId());
      for (StackResourceSummary resource : member.resources()) {
        if (!"AWS::S3::Bucket".equals(resource.resourceType())
            || resource.physicalResourceId() == null) {
          continue;
        }
        if (keeps(resources, resource.logicalResourceId())) {
          out.info(
              "Keeping bucket "
                  + resource.physicalResourceId()
                  + " (DeletionPolicy Retain): it is not emptied.");
          continue;
        }
        names.add(resource.physicalResourceId());
      }
    }
    return names;
  }

  /**
   * True when the template keeps the resource; an unreadable template keeps everything, to be safe.
   */
  static boolean keeps(Optional<JsonObject> resources, String logicalId) {
    if (resources.isEmpty()) {
      return true;
    }
    Optional<JsonValue> resource = resources.get().get(logicalId);
    if (resource.isEmpty() || !(resource.get() instanceof JsonObject object)) {
      return true;
    }
    return object.get("DeletionPolicy").orElse(null) instanceof JsonString policy
        && KEEP.contains(policy.value());
  }

  private Optional<JsonObject> deployedResources(String stack) {
    String body = clients.cloudFormation().getTemplate(b -> b.stackName(stack)).templateBody();
    try {
      if (JsonParser.parse(body) instanceof JsonObject template
          && template.get("Resources").orElse(null) instanceof JsonObject resources) {
        return Optional.of(resources);
      }
    } catch (JsonParseException notJson) {
      out.warn(
          "The deployed template is not JSON, so no bucket of the stack is emptied; only the"
              + " deployment bucket is.");
    }
    return Optional.empty();
  }
}
