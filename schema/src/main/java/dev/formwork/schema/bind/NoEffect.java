package dev.formwork.schema.bind;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a Stacktape property that formwork accepts, so existing configs compile unchanged, but that
 * has nothing to act on in formwork (a Stacktape Console feature, a local cache formwork does not
 * keep). Giving it is a warning that names it and says why, never silence.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT})
public @interface NoEffect {
  /** Why it has no effect, and what to do instead if anything. */
  String value();
}
