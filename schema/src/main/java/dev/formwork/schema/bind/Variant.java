package dev.formwork.schema.bind;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** One member of a {@link Union}: the discriminator value and the record it binds to. */
@Retention(RetentionPolicy.RUNTIME)
public @interface Variant {
  String name();

  Class<?> type();
}
