package dev.formwork.deployer.stack;

import java.util.Optional;
import java.util.Set;

/**
 * What a deploy does for each CloudFormation stack status: create, update, wait, delete and
 * re-create after confirmation, or refuse with a hint. Status lists follow
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/view-stack-events.html#cfn-console-view-stack-data-resources-status-codes
 * and Stacktape's STACK_IS_READY_FOR_MODIFYING_OPERATION_STATUS.
 */
public final class StackStatusPolicy {

  /** The step a deploy takes next. */
  public enum Action {
    CREATE,
    UPDATE,
    WAIT,
    RECREATE,
    REFUSE
  }

  /** The step and, for refusals, the sentence and hint shown to the user. */
  public record Decision(Action action, String message, Optional<String> hint) {
    static Decision of(Action action) {
      return new Decision(action, "", Optional.empty());
    }

    static Decision refuse(String message, String hint) {
      return new Decision(Action.REFUSE, message, Optional.of(hint));
    }
  }

  static final Set<String> UPDATABLE =
      Set.of(
          "CREATE_COMPLETE",
          "UPDATE_COMPLETE",
          "UPDATE_ROLLBACK_COMPLETE",
          "IMPORT_COMPLETE",
          "IMPORT_ROLLBACK_COMPLETE");

  private StackStatusPolicy() {}

  /** The decision for a stack that may not exist (empty means: no such stack). */
  public static Decision forDeploy(String stackName, Optional<StackState> stack) {
    return forDeploy(stackName, stack, false);
  }

  /**
   * The decision when deploys may also fix forward: with {@code
   * deploymentConfig.disableAutoRollback} a failed deploy leaves the stack in CREATE_FAILED or
   * UPDATE_FAILED, and CloudFormation accepts an update from there.
   * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/stack-failure-options.html
   */
  public static Decision forDeploy(
      String stackName, Optional<StackState> stack, boolean fixForward) {
    if (fixForward
        && stack.isPresent()
        && Set.of("CREATE_FAILED", "UPDATE_FAILED").contains(stack.get().status())) {
      return Decision.of(Action.UPDATE);
    }
    if (stack.isEmpty()) {
      return Decision.of(Action.CREATE);
    }
    String status = stack.get().status();
    if (UPDATABLE.contains(status)) {
      return Decision.of(Action.UPDATE);
    }
    switch (status) {
      case "REVIEW_IN_PROGRESS", "DELETE_COMPLETE" -> {
        // A stack created only by a change set that was never executed has no resources yet; a
        // CREATE
        // change set is allowed on it.
        return Decision.of(Action.CREATE);
      }
      case "ROLLBACK_COMPLETE" -> {
        return Decision.of(Action.RECREATE);
      }
      case "UPDATE_ROLLBACK_FAILED" -> {
        return Decision.refuse(
            "Stack "
                + stackName
                + " is in UPDATE_ROLLBACK_FAILED: its last rollback did not finish, so it cannot be"
                + " updated.",
            "Run `formwork rollback --continue` (optionally skipping the resources that block it),"
                + " then deploy again.");
      }
      case "ROLLBACK_FAILED" -> {
        return Decision.refuse(
            "Stack "
                + stackName
                + " is in ROLLBACK_FAILED: its first creation failed and could not be cleaned up.",
            "Delete it with `formwork delete` (or remove the leftover resources by hand), then"
                + " deploy again.");
      }
      case "DELETE_FAILED" -> {
        return Decision.refuse(
            "Stack " + stackName + " is in DELETE_FAILED: a previous delete did not finish.",
            "Run `formwork delete` again, or remove the resources named in the stack events, then"
                + " deploy.");
      }
      case "CREATE_FAILED", "UPDATE_FAILED", "IMPORT_ROLLBACK_FAILED" -> {
        return Decision.refuse(
            "Stack " + stackName + " is in " + status + " and was left without a rollback.",
            "Run `formwork rollback --continue` to return it to its last good state, then deploy"
                + " again; or set deploymentConfig.disableAutoRollback: true to deploy a fix over"
                + " it.");
      }
      default -> {
        if (status.endsWith("_IN_PROGRESS")) {
          return Decision.of(Action.WAIT);
        }
        return Decision.refuse(
            "Stack " + stackName + " is in " + status + ", which formwork cannot deploy over.",
            "Inspect it with `formwork info` or in the CloudFormation console.");
      }
    }
  }

  /** True for statuses in which an operation has finished, well or badly. */
  public static boolean settled(String status) {
    return !status.endsWith("_IN_PROGRESS");
  }

  /** True for the statuses that mean our operation reached its goal. */
  public static boolean succeeded(String status) {
    return status.equals("CREATE_COMPLETE")
        || status.equals("UPDATE_COMPLETE")
        || status.equals("DELETE_COMPLETE")
        || status.equals("IMPORT_COMPLETE");
  }
}
