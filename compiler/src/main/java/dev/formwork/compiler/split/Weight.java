package dev.formwork.compiler.split;

import dev.formwork.compiler.check.StackLimits;

/**
 * What a unit, group or stack takes of a template's limits: resources, UTF-8 bytes of pretty JSON
 * and dynamic references ({@code {{resolve:...}}}).
 */
record Weight(int resources, long bytes, int dynamicReferences) {

  static final Weight ZERO = new Weight(0, 0, 0);

  Weight plus(Weight other) {
    return new Weight(
        resources + other.resources,
        bytes + other.bytes,
        dynamicReferences + other.dynamicReferences);
  }

  /**
   * Whether this weight stays within {@code limits}: within each limit itself, or with {@code
   * fillTarget} within the share of it that new units may fill.
   */
  boolean within(StackLimits limits, boolean fillTarget) {
    return resources <= scale(limits.resources(), limits, fillTarget)
        && bytes <= scale(limits.bytes(), limits, fillTarget)
        && dynamicReferences <= scale(limits.dynamicReferences(), limits, fillTarget);
  }

  private static long scale(long limit, StackLimits limits, boolean fillTarget) {
    return fillTarget ? limits.fill(limit) : limit;
  }
}
