package dev.formwork.deployer;

/** How a deployer command ended; each maps to one exit code. */
public enum Outcome {
  /** The stack reached the wanted state. */
  SUCCEEDED(ExitCodes.OK),
  /** Nothing differed from the deployed stack; nothing was executed. */
  NO_CHANGES(ExitCodes.OK),
  /**
   * The input was rejected before anything was uploaded (template too large, too many resources).
   */
  REJECTED(ExitCodes.CONFIG_ERROR),
  /**
   * The stack is in a state that needs a person (e.g. UPDATE_ROLLBACK_FAILED), or a person
   * declined.
   */
  REFUSED(ExitCodes.DEPLOY_FAILED),
  /**
   * AWS or CloudFormation reported a failure; the stack was rolled back where CloudFormation does
   * that.
   */
  FAILED(ExitCodes.DEPLOY_FAILED);

  private final int exitCode;

  Outcome(int exitCode) {
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }
}
