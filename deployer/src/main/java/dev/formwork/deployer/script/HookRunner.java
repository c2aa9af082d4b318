package dev.formwork.deployer.script;

import dev.formwork.deployer.DeployResult;
import dev.formwork.deployer.DeployStepException;
import dev.formwork.deployer.ExitCodes;
import dev.formwork.deployer.OutputSink;
import dev.formwork.schema.diag.Code;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the scripts of one hook phase (beforeDeploy, afterDeploy, beforeDelete, afterDelete) in
 * order, skipping those marked skipOnCI or skipOnLocal, and stops at the first one that fails: the
 * deploy or delete must not go on after a failed hook.
 */
public final class HookRunner {

  private final Map<String, LocalScript> scripts;
  private final LocalScriptRunner runner;
  private final OutputSink out;
  private final boolean ci;

  public HookRunner(
      Map<String, LocalScript> scripts, LocalScriptRunner runner, OutputSink out, boolean ci) {
    this.scripts = Map.copyOf(scripts);
    this.runner = runner;
    this.out = out;
    this.ci = ci;
  }

  /** True when {@code CI} is set to true, as CI services do. */
  public static boolean runningInCi() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }

  /**
   * Runs the phase; returns empty when all passed, or a failed result with the script's exit code
   * and output tail. {@code deployedParams} feeds each script's connectTo (see {@link
   * StpVariables}).
   */
  public Optional<HookFailure> run(
      String phase, List<Hook> hooks, Map<String, Map<String, String>> deployedParams)
      throws IOException {
    for (Hook hook : hooks) {
      if ((ci && hook.skipOnCI()) || (!ci && hook.skipOnLocal())) {
        out.info(
            "Skipping "
                + phase
                + " script "
                + hook.scriptName()
                + (ci ? " (skipOnCI)" : " (skipOnLocal)"));
        continue;
      }
      LocalScript script = scripts.get(hook.scriptName());
      if (script == null) {
        throw new DeployStepException(
            "Hook "
                + phase
                + " names the script "
                + hook.scriptName()
                + ", which is not in scripts.",
            "Add it under scripts or fix the name.");
      }
      Map<String, String> connected =
          StpVariables.forConnectTo(script.name(), script.connectTo(), deployedParams);
      LocalScriptRunner.Result result = runner.run(script, connected);
      if (!result.succeeded()) {
        return Optional.of(new HookFailure(phase, result));
      }
    }
    return Optional.empty();
  }

  /** A hook script that failed: the phase, the script's exit code and its last output lines. */
  public record HookFailure(String phase, LocalScriptRunner.Result script) {

    /** The failure as a deployer result: exit 3, naming the script and its exit code. */
    public DeployResult toResult() {
      return DeployResult.failed(
          Code.DEPLOY_HOOK_FAILED,
          "The "
              + phase
              + " hook script "
              + script.scriptName()
              + " exited with code "
              + script.exitCode()
              + ", so the command stopped.",
          "Its last output lines are above; fix the script or run it alone with `formwork"
              + " script-run "
              + script.scriptName()
              + "`.");
    }

    public int scriptExitCode() {
      return script.exitCode() == 0 ? ExitCodes.DEPLOY_FAILED : script.exitCode();
    }
  }
}
