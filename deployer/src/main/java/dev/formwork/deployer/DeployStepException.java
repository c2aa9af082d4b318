package dev.formwork.deployer;

import dev.formwork.schema.diag.Code;

/**
 * A deploy step that cannot go on for a reason the user can act on: carries a catalogued code, one
 * sentence and a hint, and is turned into a failed result by the deployer, never shown as a stack
 * trace.
 */
public final class DeployStepException extends RuntimeException {

  private final Code code;
  private final String hint;

  public DeployStepException(String message, String hint) {
    this(Code.DEPLOY_FAILED, message, hint, null);
  }

  public DeployStepException(String message, String hint, Throwable cause) {
    this(Code.DEPLOY_FAILED, message, hint, cause);
  }

  public DeployStepException(Code code, String message, String hint, Throwable cause) {
    super(message, cause);
    this.code = code;
    this.hint = hint;
  }

  public Code code() {
    return code;
  }

  public String hint() {
    return hint;
  }
}
