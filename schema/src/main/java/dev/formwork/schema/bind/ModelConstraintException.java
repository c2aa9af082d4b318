package dev.formwork.schema.bind;

import dev.formwork.schema.diag.Code;

/**
 * Thrown by a model record's constructor when values that are each valid do not fit together (for
 * example two mutually exclusive properties); the binder turns it into a diagnostic.
 */
public final class ModelConstraintException extends RuntimeException {
  private final Code code;
  private final String property;

  public ModelConstraintException(Code code, String property, String message) {
    super(message, null, false, false);
    this.code = code;
    this.property = property;
  }

  public Code code() {
    return code;
  }

  public String property() {
    return property;
  }
}
