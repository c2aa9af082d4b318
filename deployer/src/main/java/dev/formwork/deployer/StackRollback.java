package dev.formwork.deployer;

import dev.formwork.deployer.stack.StackReader;
import dev.formwork.deployer.stack.StackState;
import dev.formwork.deployer.stack.StackWatcher;
import java.util.List;
import java.util.Optional;

/**
 * Recovers a stack whose rollback failed: for UPDATE_ROLLBACK_FAILED it calls
 * ContinueUpdateRollback, skipping the named resources; for CREATE_FAILED or UPDATE_FAILED left
 * without rollback it calls RollbackStack. ROLLBACK_FAILED is never "continued": that stack can
 * only be deleted. A resource inside a nested stack is named as its events show it, {@code
 * NestedStack01/HelloFunction}, or as CloudFormation wants it, {@code NestedStack01.HelloFunction}
 * (https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_ContinueUpdateRollback.html;
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-updating-stacks-continueupdaterollback.html)
 */
public final class StackRollback {

  private final AwsClients clients;
  private final OutputSink out;
  private final DeployerSettings settings;

  public StackRollback(AwsClients clients, OutputSink out, DeployerSettings settings) {
    this.clients = clients;
    this.out = out;
    this.settings = settings;
  }

  public DeployResult rollback(List<String> resourcesToSkip) {
    return clients.guard(() -> run(resourcesToSkip.stream().map(StackRollback::skipName).toList()));
  }

  /**
   * The name ContinueUpdateRollback takes for a resource: {@code Stack.Resource} inside a nested
   * stack, where formwork's events show {@code Stack/Resource} (a logical ID has no {@code /} or
   * {@code .}, so the two cannot be confused).
   */
  static String skipName(String resource) {
    return resource.replace('/', '.');
  }

  private DeployResult run(List<String> resourcesToSkip) {
    String stack = clients.target().stackName();
    Optional<StackState> state = new StackReader(clients.cloudFormation()).state(stack);
    if (state.isEmpty()) {
      return DeployResult.of(
          Outcome.REFUSED,
          "Stack " + stack + " does not exist; there is nothing to roll back.",
          "Check the stage and region.");
    }
    String status = state.get().status();
    StackWatcher watcher = new StackWatcher(clients.cloudFormation(), out, settings);
    Optional<String> marker = watcher.marker(state.get().stackId());
    switch (status) {
      case "UPDATE_ROLLBACK_FAILED" -> {
        if (!resourcesToSkip.isEmpty()) {
          out.info(
              "Continuing the rollback of "
                  + stack
                  + ", skipping "
                  + String.join(", ", resourcesToSkip));
        } else {
          out.info("Continuing the rollback of " + stack);
        }
        clients
            .cloudFormation()
            .continueUpdateRollback(b -> b.stackName(stack).resourcesToSkip(resourcesToSkip));
      }
      case "CREATE_FAILED", "UPDATE_FAILED" -> {
        out.info("Rolling back " + stack + " to its last stable state");
        clients.cloudFormation().rollbackStack(b -> b.stackName(stack));
      }
      case "ROLLBACK_FAILED" -> {
        return DeployResult.of(
            Outcome.REFUSED,
            "Stack " + stack + " is in ROLLBACK_FAILED, which cannot be rolled back further.",
            "Delete it with `formwork delete`, then deploy again.");
      }
      default -> {
        return DeployResult.of(
            Outcome.REFUSED,
            "Stack "
                + stack
                + " is in "
                + status
                + "; rollback is only for UPDATE_ROLLBACK_FAILED, CREATE_FAILED and UPDATE_FAILED.",
            "Nothing needs rolling back; `formwork info` shows the stack.");
      }
    }
    StackWatcher.WatchResult result =
        watcher.watch(state.get().stackId(), marker, settings.operationTimeout());
    String end = result.state().map(StackState::status).orElse("unknown");
    if (end.equals("UPDATE_ROLLBACK_COMPLETE") || end.equals("ROLLBACK_COMPLETE")) {
      return DeployResult.of(
          Outcome.SUCCEEDED, "Stack " + stack + " is " + end + "; it can be deployed again.");
    }
    String cause =
        result
            .firstFailure()
            .map(e -> e.logicalResourceId() + ": " + e.resourceStatusReason())
            .orElse("no reason was reported");
    return DeployResult.of(
        Outcome.FAILED,
        "The rollback of " + stack + " ended in " + end + ": " + cause,
        "Run rollback again and skip the resource named above (--skip "
            + result.firstFailure().map(e -> skipName(e.logicalResourceId())).orElse("NAME")
            + ").");
  }
}
