package dev.formwork.compiler.source;

/**
 * The budgets the YAML loader enforces so that a hostile or broken config ends in a diagnostic
 * instead of an endless parse, a {@link StackOverflowError} or an {@link OutOfMemoryError}.
 *
 * @param maxBytes largest accepted file, checked before decoding
 * @param maxCodePoints largest accepted file in Unicode code points, checked before parsing
 * @param maxDepth deepest accepted nesting of lists and mappings, counted after alias expansion
 * @param maxCollectionAliases most aliases ({@code *name}) that may point at a list or mapping
 * @param maxAliasExpansion most nodes that aliases may add to the document when expanded
 */
public record YamlLimits(
    int maxBytes,
    int maxCodePoints,
    int maxDepth,
    int maxCollectionAliases,
    int maxAliasExpansion) {

  /** 2 MiB: a config for 2,000 functions is about 1 MB. */
  public static final int DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

  public YamlLimits {
    requirePositive("maxBytes", maxBytes);
    requirePositive("maxCodePoints", maxCodePoints);
    requirePositive("maxDepth", maxDepth);
    requirePositive("maxCollectionAliases", maxCollectionAliases);
    requirePositive("maxAliasExpansion", maxAliasExpansion);
  }

  /**
   * Limits that every real config fits in: 2 MiB, 2 Mi code points, 64 levels, 20 aliases to
   * collections, and 200,000 nodes added by aliases.
   */
  public static YamlLimits defaults() {
    return new YamlLimits(DEFAULT_MAX_BYTES, DEFAULT_MAX_BYTES, 64, 20, 200_000);
  }

  public YamlLimits withMaxCodePoints(int value) {
    return new YamlLimits(maxBytes, value, maxDepth, maxCollectionAliases, maxAliasExpansion);
  }

  public YamlLimits withMaxCollectionAliases(int value) {
    return new YamlLimits(maxBytes, maxCodePoints, maxDepth, value, maxAliasExpansion);
  }

  private static void requirePositive(String name, int value) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive, got " + value);
    }
  }
}
