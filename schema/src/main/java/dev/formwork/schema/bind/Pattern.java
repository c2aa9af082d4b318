package dev.formwork.schema.bind;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A regular expression a string property must match in full, with what it means in words. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT})
public @interface Pattern {
  String regex();

  /** Completes "must be ...", e.g. "alphanumeric". */
  String meaning();
}
