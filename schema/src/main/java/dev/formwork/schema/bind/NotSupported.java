package dev.formwork.schema.bind;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a Stacktape property that formwork recognises but does not implement. Using it is an error
 * that says so, rather than a misleading "unknown property".
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT})
public @interface NotSupported {
  /** Why, or what to use instead. */
  String value();
}
