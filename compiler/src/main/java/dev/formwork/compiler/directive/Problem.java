package dev.formwork.compiler.directive;

import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.Severity;
import java.util.Optional;

/**
 * A diagnostic a directive raises before it knows where it is used; the resolver adds the config
 * path and position of the directive string.
 */
public record Problem(Code code, String message, Optional<String> hint) {

  public static Problem error(Code code, String message) {
    return new Problem(code.reportedAs(Severity.ERROR), message, Optional.empty());
  }

  public static Problem error(Code code, String message, String hint) {
    return new Problem(code.reportedAs(Severity.ERROR), message, Optional.of(hint));
  }

  public static Problem warning(Code code, String message, String hint) {
    return new Problem(code.reportedAs(Severity.WARNING), message, Optional.of(hint));
  }

  public boolean isError() {
    return code.severity() == Severity.ERROR;
  }
}
