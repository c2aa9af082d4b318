package dev.formwork.schema.diag;

import java.util.Collection;
import java.util.Optional;

/**
 * One problem found in the user's input: its catalogued code (which fixes the severity), the config
 * path it concerns, its file position, one sentence, and an optional hint.
 */
public record Diagnostic(
    Code code, ConfigPath path, SourceLocation location, String message, Optional<String> hint) {

  /** Messages and hints quote user input: control characters are escaped, huge ones cut. */
  public Diagnostic {
    message = UserText.message(message);
    hint = hint.isPresent() ? Optional.of(UserText.message(hint.get())) : hint;
  }

  public static Diagnostic error(Code code, ConfigPath path, String message) {
    return new Diagnostic(
        code.reportedAs(Severity.ERROR), path, SourceLocation.UNKNOWN, message, Optional.empty());
  }

  public static Diagnostic warning(Code code, ConfigPath path, String message) {
    return new Diagnostic(
        code.reportedAs(Severity.WARNING), path, SourceLocation.UNKNOWN, message, Optional.empty());
  }

  public Severity severity() {
    return code.severity();
  }

  public Diagnostic withHint(String text) {
    return new Diagnostic(code, path, location, message, Optional.of(text));
  }

  public Diagnostic at(SourceLocation where) {
    return new Diagnostic(code, path, where, message, hint);
  }

  public boolean isError() {
    return severity() == Severity.ERROR;
  }

  /** Whether any of the diagnostics is an error. */
  public static boolean anyError(Collection<Diagnostic> diagnostics) {
    for (Diagnostic diagnostic : diagnostics) {
      if (diagnostic.isError()) {
        return true;
      }
    }
    return false;
  }
}
