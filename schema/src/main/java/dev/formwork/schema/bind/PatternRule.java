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
    Pattern pattern = COMPILED.get(regex);
    if (pattern == null) {
      // Two threads may both compile it; either result is the same pattern.
      pattern = Pattern.compile(regex);
      COMPILED.put(regex, pattern);
    }
    return pattern.matcher(text).matches();
  }
}
