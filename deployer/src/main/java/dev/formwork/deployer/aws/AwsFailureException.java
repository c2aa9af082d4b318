package dev.formwork.deployer.aws;

/**
 * An {@link AwsFailure} found before any call was made (an unknown profile, for example), thrown so
 * that the command stops and reports it; the CLI prints it as one line and a hint, with exit code
 * 3.
 */
public final class AwsFailureException extends RuntimeException {

  private final AwsFailure failure;

  public AwsFailureException(AwsFailure failure, Throwable cause) {
    super(failure.message(), cause);
    this.failure = failure;
  }

  public AwsFailure failure() {
    return failure;
  }
}
