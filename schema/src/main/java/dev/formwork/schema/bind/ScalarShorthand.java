package dev.formwork.schema.bind;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a config record: a plain string in its place stands for the record with only the named
 * property set, as Stacktape lets {@code customDomains: [api.example.com]} stand for {@code
 * [{domainName: api.example.com}]}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ScalarShorthand {

  /** The property a plain string sets. */
  String value();
}
