package dev.formwork.cli;

/** A problem with how a command was called (exit code 2), reported as one sentence. */
public final class UsageException extends RuntimeException {
  public UsageException(String message) {
    super(message, null, false, false);
  }
}
