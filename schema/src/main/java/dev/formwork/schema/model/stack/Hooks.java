package dev.formwork.schema.model.stack;

import dev.formwork.schema.bind.Doc;
import dev.formwork.schema.bind.NoEffect;
import java.util.List;

/** Scripts run around deploy, delete and a dev session. */
@Doc("Scripts run around deploy, delete and `formwork dev`, in order.")
public record Hooks(
    @Doc("Run before deploying.") List<HookStep> beforeDeploy,
    @Doc("Run after a successful deploy.") List<HookStep> afterDeploy,
    @Doc("Run before deleting the stack.") List<HookStep> beforeDelete,
    @Doc("Run after the stack is deleted.") List<HookStep> afterDelete,
    @Doc("Accepted for compatibility; formwork has no bucket sync, so these never run.")
        @NoEffect(
            "formwork has no bucket sync, so these hooks never run; run the scripts from"
                + " afterDeploy instead.")
        List<HookStep> beforeBucketSync,
    @Doc("Accepted for compatibility; formwork has no bucket sync, so these never run.")
        @NoEffect(
            "formwork has no bucket sync, so these hooks never run; run the scripts from"
                + " afterDeploy instead.")
        List<HookStep> afterBucketSync,
    @Doc("Run when `formwork dev` starts, before its first deploy.") List<HookStep> beforeDev,
    @Doc("Run when `formwork dev` is stopped with Ctrl-C.") List<HookStep> afterDev) {

  /** One hook: the script to run and when to skip it. */
  @Doc("A hook step.")
  public record HookStep(
      @Doc("Name of a script in `scripts`.") String scriptName,
      @Doc("Skip when running in CI (CI=true).") @dev.formwork.schema.bind.Default("false")
          boolean skipOnCI,
      @Doc("Skip when running outside CI.") @dev.formwork.schema.bind.Default("false")
          boolean skipOnLocal) {}
}
