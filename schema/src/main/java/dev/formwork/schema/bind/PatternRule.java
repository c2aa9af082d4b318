package dev.formwork.schema.bind;

/** A string property's shape, from its {@link Pattern} annotation. */
public record PatternRule(String regex, String meaning) {

  /** The rule of a {@link Pattern} annotation. */
  static PatternRule of(Pattern pattern) {
    return new PatternRule(pattern.regex(), pattern.meaning());
  }
}
