package dev.formwork.cli;

import dev.formwork.schema.diag.Code;
import java.util.Optional;

/**
 * A problem with how a command was called (exit code 2): a missing or bad option value, an unknown
 * command or option, or a file named on the command line that cannot be used. One sentence, an
 * optional hint, and the catalogued code.
 */
public final class UsageException extends RuntimeException {

  private final Code code;
  private final Optional<String> hint;

  public UsageException(String message) {
    this(Code.CLI_USAGE, message, Optional.empty());
  }

  public UsageException(Code code, String message, Optional<String> hint) {
    super(message, null, false, false);
    this.code = code;
    this.hint = hint;
  }

  /** A file named on the command line that is missing, unreadable or cannot be written. */
  public static UsageException file(String message, String hint) {
    return new UsageException(Code.CLI_FILE, message, Optional.of(hint));
  }

  public Code code() {
    return code;
  }

  public Optional<String> hint() {
    return hint;
  }
}
