package dev.formwork.deployer.script;

import dev.formwork.deployer.DeployResult;
import dev.formwork.deployer.DeployStepException;
import dev.formwork.deployer.Outcome;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Wraps a deploy or delete in its hooks: the "before" scripts run first and a failure stops the
 * command; the command runs; the "after" scripts run only when it succeeded. connectTo values are
 * read from the deployed stack each time a phase starts, so afterDeploy sees the new stack.
 */
public final class HookedCommand {

  private final HookRunner hooks;
  private final Supplier<Map<String, Map<String, String>>> deployedParams;

  public HookedCommand(
      HookRunner hooks, Supplier<Map<String, Map<String, String>>> deployedParams) {
    this.hooks = hooks;
    this.deployedParams = deployedParams;
  }

  /** The hooks of one command, e.g. ("beforeDeploy", before, "afterDeploy", after). */
  public record Phases(String beforeName, List<Hook> before, String afterName, List<Hook> after) {

    public static Phases deploy(List<Hook> before, List<Hook> after) {
      return new Phases("beforeDeploy", before, "afterDeploy", after);
    }

    public static Phases delete(List<Hook> before, List<Hook> after) {
      return new Phases("beforeDelete", before, "afterDelete", after);
    }
  }

  public DeployResult run(Phases phases, Supplier<DeployResult> command) {
    Optional<DeployResult> before = phase(phases.beforeName(), phases.before());
    if (before.isPresent()) {
      return before.get();
    }
    DeployResult result = command.get();
    if (result.exitCode() != 0) {
      return result;
    }
    return phase(phases.afterName(), phases.after()).orElse(result);
  }

  /**
   * Runs one phase on its own, e.g. dev's beforeDev when the session starts and afterDev when it
   * stops; a present result is the phase's failure.
   */
  public Optional<DeployResult> phase(String name, List<Hook> list) {
    if (list.isEmpty()) {
      return Optional.empty();
    }
    try {
      return hooks.run(name, list, deployedParams.get()).map(HookRunner.HookFailure::toResult);
    } catch (DeployStepException e) {
      return Optional.of(DeployResult.of(Outcome.FAILED, e.getMessage(), e.hint()));
    } catch (InterruptedIOException e) {
      return Optional.of(
          DeployResult.of(
              Outcome.FAILED,
              "Interrupted while running the " + name + " scripts.",
              "Run the command again."));
    } catch (IOException e) {
      return Optional.of(
          DeployResult.of(
              Outcome.FAILED,
              "A " + name + " script could not be started: " + e.getMessage(),
              "Check that its interpreter is installed."));
    }
  }
}
