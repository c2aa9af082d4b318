package dev.formwork.schema.bind;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The names a map property's keys must have. The binder does not check it: the compiler's
 * validation does, after binding, so its message can suggest a valid name; the JSON Schema
 * publishes it as {@code propertyNames}, so editors flag a bad name as it is typed.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT})
public @interface KeyPattern {
  /** A regular expression each key must match in full. */
  String regex();

  /** The longest key allowed. */
  int maxLength();

  /** Completes "must be ...", e.g. "alphanumeric". */
  String meaning();
}
