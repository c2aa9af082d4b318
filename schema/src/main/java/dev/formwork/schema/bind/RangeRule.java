package dev.formwork.schema.bind;

/** A number property's bounds, from its {@link Range} annotation (infinite when open). */
public record RangeRule(double min, double max) {

  /** The rule of a {@link Range} annotation. */
  static RangeRule of(Range range) {
    return new RangeRule(range.min(), range.max());
  }
}
