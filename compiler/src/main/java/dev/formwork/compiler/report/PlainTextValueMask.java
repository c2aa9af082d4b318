package dev.formwork.compiler.report;

import dev.formwork.schema.diag.Code;

/**
 * Hides the value on a source line quoted under a {@code security.plain-text-*} diagnostic: the
 * diagnostic is about a secret written in plain text, and showing the line would print that secret
 * again on the terminal and in CI logs. The key and the caret stay, the value becomes {@code ***}.
 */
final class PlainTextValueMask {

  static final String CODE_PREFIX = "security.plain-text-";

  private PlainTextValueMask() {}

  static boolean applies(Code code) {
    return code.id().startsWith(CODE_PREFIX);
  }

  /**
   * The line with the secret replaced by {@code ***}: the value after the key at {@code column}
   * (1-based), or the value at {@code column} itself when the caret points at the value.
   */
  static String mask(String line, int column) {
    int at = Math.max(0, Math.min(column - 1, line.length()));
    int start = at;
    for (int i = at; i < line.length() && ",]}".indexOf(line.charAt(i)) < 0; i++) {
      if (line.charAt(i) == ':' && (i + 1 == line.length() || line.charAt(i + 1) == ' ')) {
        start = i + 1;
        break;
      }
    }
    while (start < line.length() && line.charAt(start) == ' ') {
      start++;
    }
    int end = start;
    while (end < line.length() && ",]}#".indexOf(line.charAt(end)) < 0) {
      end++;
    }
    while (end > start && line.charAt(end - 1) == ' ') {
      end--;
    }
    return end > start ? line.substring(0, start) + "***" + line.substring(end) : line;
  }
}
