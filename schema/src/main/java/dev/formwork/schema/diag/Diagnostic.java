package dev.formwork.schema.diag;

import java.util.Optional;

/**
 * One problem found in the user's input: a stable code (e.g. {@code config.unknown-property}), a
 * severity, the config path it concerns, its file position, one sentence, and an optional hint.
 */
public record Diagnostic(
    String code,
    Severity severity,
    ConfigPath path,
    SourceLocation location,
    String message,
    Optional<String> hint) {

  public static Diagnostic error(String code, ConfigPath path, String message) {
    return new Diagnostic(
        code, Severity.ERROR, path, SourceLocation.UNKNOWN, message, Optional.empty());
  }

  public static Diagnostic warning(String code, ConfigPath path, String message) {
    return new Diagnostic(
        code, Severity.WARNING, path, SourceLocation.UNKNOWN, message, Optional.empty());
  }

  public Diagnostic withHint(String text) {
    return new Diagnostic(code, severity, path, location, message, Optional.of(text));
  }

  public Diagnostic at(SourceLocation where) {
    return new Diagnostic(code, severity, path, where, message, hint);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }
}
