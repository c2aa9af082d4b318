package dev.formwork.schema.bind;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a sealed interface as a tagged union: the mapping's {@code discriminator} key names the
 * variant, and the remaining keys bind to that variant's record. The variant list is the explicit
 * registry of the union's members.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE})
public @interface Union {
  String discriminator() default "type";

  Variant[] variants();

  /** Tags of the original format that formwork recognises but does not implement (yet). */
  String[] notSupported() default {};
}
