package dev.formwork.compiler.directive;

import java.util.List;

/** The {@code {}} placeholders of a $Format/$CfFormat template string. */
final class FormatTemplate {

  private FormatTemplate() {}

  static int placeholders(String template) {
    int count = 0;
    for (int at = template.indexOf("{}"); at >= 0; at = template.indexOf("{}", at + 2)) {
      count++;
    }
    return count;
  }

  /** Stacktape's count-mismatch message, naming the directive. */
  static String arityMessage(String directive, int placeholders, int values) {
    return "Amount of interpolated expressions and values should be the same in $"
        + directive
        + " directive. You have "
        + placeholders
        + " interpolated expressions and "
        + values
        + " values.";
  }

  /**
   * Replaces the placeholders in order with the given texts. Unlike Stacktape's sequential
   * String.replace, a value that itself contains "{}" or "$&" is inserted literally.
   */
  static String fill(String template, List<String> values) {
    StringBuilder out = new StringBuilder();
    int from = 0;
    for (String value : values) {
      int at = template.indexOf("{}", from);
      out.append(template, from, at).append(value);
      from = at + 2;
    }
    return out.append(template.substring(from)).toString();
  }
}
