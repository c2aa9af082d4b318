package dev.formwork.schema.bind;

/** The shape and longest length of a map property's keys, from its {@link KeyPattern}. */
public record KeyPatternRule(String regex, int maxLength, String meaning) {

  /** The rule of a {@link KeyPattern} annotation. */
  static KeyPatternRule of(KeyPattern keys) {
    return new KeyPatternRule(keys.regex(), keys.maxLength(), keys.meaning());
  }
}
