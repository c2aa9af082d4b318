package dev.formwork.deployer.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StackStatusPolicyTest {

  @ParameterizedTest
  @CsvSource({
    "NONE, CREATE",
    "REVIEW_IN_PROGRESS, CREATE",
    "CREATE_COMPLETE, UPDATE",
    "UPDATE_COMPLETE, UPDATE",
    "UPDATE_ROLLBACK_COMPLETE, UPDATE",
    "IMPORT_COMPLETE, UPDATE",
    "ROLLBACK_COMPLETE, RECREATE",
    "CREATE_IN_PROGRESS, WAIT",
    "UPDATE_IN_PROGRESS, WAIT",
    "UPDATE_COMPLETE_CLEANUP_IN_PROGRESS, WAIT",
    "UPDATE_ROLLBACK_IN_PROGRESS, WAIT",
    "DELETE_IN_PROGRESS, WAIT",
    "UPDATE_ROLLBACK_FAILED, REFUSE",
    "ROLLBACK_FAILED, REFUSE",
    "DELETE_FAILED, REFUSE",
    "CREATE_FAILED, REFUSE",
    "UPDATE_FAILED, REFUSE",
  })
  void everyStatusHasADecision(String status, StackStatusPolicy.Action expected) {
    Optional<StackState> state =
        status.equals("NONE")
            ? Optional.empty()
            : Optional.of(new StackState("arn:stack", status, Optional.empty()));
    StackStatusPolicy.Decision decision = StackStatusPolicy.forDeploy("app-dev", state);
    assertEquals(expected, decision.action());
    if (expected == StackStatusPolicy.Action.REFUSE) {
      assertTrue(decision.message().contains(status), decision.message());
      assertTrue(decision.hint().isPresent());
    }
  }

  @ParameterizedTest
  @CsvSource({
    "UPDATE_ROLLBACK_FAILED, formwork rollback --continue",
    "ROLLBACK_FAILED, formwork delete",
    "DELETE_FAILED, formwork delete"
  })
  void refusalsNameTheRecoveryCommand(String status, String command) {
    StackStatusPolicy.Decision decision =
        StackStatusPolicy.forDeploy(
            "app-dev", Optional.of(new StackState("arn:stack", status, Optional.empty())));
    assertTrue(decision.hint().orElseThrow().contains(command), decision.hint().toString());
  }
}
