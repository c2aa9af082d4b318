package dev.formwork.compiler.check;

import java.util.List;

/**
 * The limits every template of a stack must stay within (CloudFormation's, or smaller ones a test
 * sets so that golden split apps stay readable), and the share of a stack that new units may fill,
 * which leaves room for the units already placed there to grow in place:
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html
 *
 * @param bytes the size of a template in UTF-8 bytes, as formwork writes it: pretty JSON for the
 *     root, compact for a nested template (units are packed by their pretty size, to be safe)
 * @param fillPercent how full a stack may become with new units, in percent of each limit
 */
public record StackLimits(
    int resources, int parameters, int outputs, int bytes, int dynamicReferences, int fillPercent) {

  /** CloudFormation's quotas per template, packed to 80 %. */
  public static final StackLimits CLOUDFORMATION =
      new StackLimits(500, 200, 200, 1_000_000, 60, 80);

  public StackLimits {
    if (resources < 2
        || parameters < 1
        || outputs < 1
        || bytes < 1
        || dynamicReferences < 1
        || fillPercent < 1
        || fillPercent > 100) {
      throw new IllegalArgumentException(
          "stack limits out of range: "
              + List.of(resources, parameters, outputs, bytes, dynamicReferences, fillPercent));
    }
  }

  /** How much of {@code limit} new units may fill. */
  public long fill(long limit) {
    return Math.max(1, limit * fillPercent / 100);
  }
}
