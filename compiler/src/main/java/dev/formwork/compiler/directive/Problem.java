package dev.formwork.compiler.directive;

import dev.formwork.schema.diag.Severity;
import java.util.Optional;

/**
 * A diagnostic a directive raises before it knows where it is used; the resolver adds the config
 * path and position of the directive string.
 */
public record Problem(String code, Severity severity, String message, Optional<String> hint) {

  public static Problem error(String code, String message) {
    return new Problem(code, Severity.ERROR, message, Optional.empty());
  }

  public static Problem error(String code, String message, String hint) {
    return new Problem(code, Severity.ERROR, message, Optional.of(hint));
  }

  public static Problem warning(String code, String message, String hint) {
    return new Problem(code, Severity.WARNING, message, Optional.of(hint));
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }
}
