package dev.formwork.deployer.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InterruptNoticeTest {

  @Test
  void theMessageSaysTheStackKeepsUpdatingAndHowToFollowIt() {
    String message = InterruptNotice.message("orders-dev", "eu-west-1");
    assertTrue(
        message.startsWith("Interrupted: stack orders-dev keeps updating in CloudFormation."),
        message);
    assertTrue(
        message.contains(
            "aws cloudformation describe-stack-events --stack-name orders-dev --region eu-west-1"),
        message);
  }

  /** Issue §5: Ctrl-C before execution says nothing changed and who cleans up. */
  @Test
  void beforeExecutionTheMessageSaysNothingChangedAndTheNextDeployCleansUp() {
    assertEquals(
        "Interrupted before the change set was executed: stack orders-dev was not changed. The"
            + " next `formwork deploy` deletes the change set left behind.",
        InterruptNotice.beforeExecution("orders-dev"));
  }

  @Test
  void theHookIsInstalledOnlyForTheWait() {
    InterruptNotice notice = InterruptNotice.install("orders-dev", "eu-west-1", System.err);
    assertTrue(notice.installed());
    notice.close();
    assertFalse(notice.installed());
    notice.close();
    assertFalse(notice.installed());
  }

  @Test
  void settledAndSucceededStatuses() {
    assertTrue(StackStatusPolicy.settled("UPDATE_ROLLBACK_COMPLETE"));
    assertFalse(StackStatusPolicy.settled("UPDATE_COMPLETE_CLEANUP_IN_PROGRESS"));
    assertTrue(StackStatusPolicy.succeeded("UPDATE_COMPLETE"));
    assertFalse(StackStatusPolicy.succeeded("UPDATE_ROLLBACK_COMPLETE"));
    assertEquals(false, StackStatusPolicy.succeeded("ROLLBACK_COMPLETE"));
  }
}
