package dev.formwork.schema.bind;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** A string property's shape, from its {@code @Pattern} annotation. */
public record PatternRule(String regex, String meaning) {

  /** Each regex compiled once: a property's pattern is checked for every value bound to it. */
  private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

  /** Whether {@code text} matches the whole pattern. */
  public boolean matches(String text) {
    return COMPILED.computeIfAbsent(regex, Pattern::compile).matcher(text).matches();
  }
}
