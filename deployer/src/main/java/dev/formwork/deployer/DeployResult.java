package dev.formwork.deployer;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The result of a deployer command: how it ended, one sentence saying so, an optional hint for what
 * to do next, and the stack outputs when the stack exists.
 */
public record DeployResult(
    Outcome outcome, String message, Optional<String> hint, Map<String, String> outputs) {

  public DeployResult {
    outputs = Collections.unmodifiableSortedMap(new TreeMap<>(outputs));
  }

  public static DeployResult of(Outcome outcome, String message) {
    return new DeployResult(outcome, message, Optional.empty(), Map.of());
  }

  public static DeployResult of(Outcome outcome, String message, String hint) {
    return new DeployResult(outcome, message, Optional.of(hint), Map.of());
  }

  public int exitCode() {
    return outcome.exitCode();
  }

  public DeployResult withOutputs(Map<String, String> newOutputs) {
    return new DeployResult(outcome, message, hint, newOutputs);
  }
}
