package dev.formwork.deployer;

import dev.formwork.deployer.stack.ChangeSetSummary;
import dev.formwork.schema.diag.Code;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The result of a deployer command: how it ended, one sentence saying so, an optional hint for what
 * to do next, the stack outputs when the stack exists, the change set's summary when one was made,
 * and for a failure the catalogued code that says what kind of failure it is.
 */
public record DeployResult(
    Outcome outcome,
    String message,
    Optional<String> hint,
    Map<String, String> outputs,
    Optional<ChangeSetSummary> changes,
    Optional<Code> failureCode) {

  public DeployResult {
    outputs = Collections.unmodifiableSortedMap(new TreeMap<>(outputs));
  }

  public static DeployResult of(Outcome outcome, String message) {
    return new DeployResult(
        outcome, message, Optional.empty(), Map.of(), Optional.empty(), Optional.empty());
  }

  public static DeployResult of(Outcome outcome, String message, String hint) {
    return new DeployResult(
        outcome, message, Optional.of(hint), Map.of(), Optional.empty(), Optional.empty());
  }

  /** A failure (exit code 3) of a kind named by its code, e.g. {@code aws.access-denied}. */
  public static DeployResult failed(Code code, String message, String hint) {
    return new DeployResult(
        Outcome.FAILED, message, Optional.of(hint), Map.of(), Optional.empty(), Optional.of(code));
  }

  public int exitCode() {
    return outcome.exitCode();
  }

  /** The code a failure is reported with: the given one, else the one its outcome implies. */
  public Optional<Code> code() {
    if (failureCode.isPresent()) {
      return failureCode;
    }
    return switch (outcome) {
      case SUCCEEDED, NO_CHANGES -> Optional.empty();
      case REJECTED -> Optional.of(Code.DEPLOY_REJECTED);
      case REFUSED -> Optional.of(Code.DEPLOY_REFUSED);
      case FAILED -> Optional.of(Code.DEPLOY_FAILED);
    };
  }

  public DeployResult withOutputs(Map<String, String> newOutputs) {
    return new DeployResult(outcome, message, hint, newOutputs, changes, failureCode);
  }

  public DeployResult withChanges(ChangeSetSummary summary) {
    return new DeployResult(outcome, message, hint, outputs, Optional.of(summary), failureCode);
  }
}
