package dev.formwork.deployer;

/**
 * A deploy step that cannot go on for a reason the user can act on: carries one sentence and a
 * hint, and is turned into a failed result by the deployer, never shown as a stack trace.
 */
public final class DeployStepException extends RuntimeException {

  private final String hint;

  public DeployStepException(String message, String hint) {
    super(message);
    this.hint = hint;
  }

  public DeployStepException(String message, String hint, Throwable cause) {
    super(message, cause);
    this.hint = hint;
  }

  public String hint() {
    return hint;
  }
}
