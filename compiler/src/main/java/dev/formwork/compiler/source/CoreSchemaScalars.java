package dev.formwork.compiler.source;

import dev.formwork.schema.node.ScalarKind;

/**
 * Resolves the kind of a plain (unquoted) YAML scalar by the YAML 1.2 core schema, so that {@code
 * no}, {@code on} and {@code yes} stay strings and {@code 0x1F} is an integer.
 *
 * <p>Hand-written instead of regular expressions because it runs once per scalar of a config that
 * may hold hundreds of thousands of them. See https://yaml.org/spec/1.2.2/#1032-tag-resolution.
 */
public final class CoreSchemaScalars {

  private CoreSchemaScalars() {}

  /** The kind a plain scalar with this text resolves to. */
  public static ScalarKind resolvePlain(String text) {
    if (text.isEmpty()) {
      return ScalarKind.NULL;
    }
    char first = text.charAt(0);
    // Every non-string form starts with one of these characters; most config values do not.
    if (!(first >= '0' && first <= '9')
        && first != '-'
        && first != '+'
        && first != '.'
        && first != '~'
        && first != 'n'
        && first != 'N'
        && first != 't'
        && first != 'T'
        && first != 'f'
        && first != 'F') {
      return ScalarKind.STRING;
    }
    switch (text) {
      case "~", "null", "Null", "NULL" -> {
        return ScalarKind.NULL;
      }
      case "true", "True", "TRUE", "false", "False", "FALSE" -> {
        return ScalarKind.BOOLEAN;
      }
      case ".nan", ".NaN", ".NAN" -> {
        return ScalarKind.FLOAT;
      }
      default -> {}
    }
    if (isPrefixedInteger(text, 'o', 8) || isPrefixedInteger(text, 'x', 16)) {
      return ScalarKind.INTEGER;
    }
    return resolveNumber(text);
  }

  private static boolean isPrefixedInteger(String text, char marker, int radix) {
    if (text.length() < 3 || text.charAt(0) != '0' || text.charAt(1) != marker) {
      return false;
    }
    for (int i = 2; i < text.length(); i++) {
      if (!isAsciiDigit(text.charAt(i), radix)) {
        return false;
      }
    }
    return true;
  }

  // Character.digit would also accept non-ASCII digits such as U+0663, which YAML does not.
  private static boolean isAsciiDigit(char c, int radix) {
    if (radix == 8) {
      return c >= '0' && c <= '7';
    }
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  /** Decimal integers, floats with optional exponent, and the infinities. */
  private static ScalarKind resolveNumber(String text) {
    int i = 0;
    int length = text.length();
    if (text.charAt(0) == '-' || text.charAt(0) == '+') {
      i++;
    }
    String rest = text.substring(i);
    if (rest.equals(".inf") || rest.equals(".Inf") || rest.equals(".INF")) {
      return ScalarKind.FLOAT;
    }
    int integerDigits = countDigits(text, i);
    i += integerDigits;
    if (i == length) {
      return integerDigits > 0 ? ScalarKind.INTEGER : ScalarKind.STRING;
    }
    int fractionDigits = 0;
    if (text.charAt(i) == '.') {
      i++;
      fractionDigits = countDigits(text, i);
      i += fractionDigits;
    } else if (integerDigits == 0) {
      return ScalarKind.STRING;
    }
    // ".5" and "5." are floats, "." is not.
    if (integerDigits == 0 && fractionDigits == 0) {
      return ScalarKind.STRING;
    }
    if (i < length && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
      i++;
      if (i < length && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
        i++;
      }
      int exponentDigits = countDigits(text, i);
      if (exponentDigits == 0) {
        return ScalarKind.STRING;
      }
      i += exponentDigits;
    }
    return i == length ? ScalarKind.FLOAT : ScalarKind.STRING;
  }

  private static int countDigits(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    return i - from;
  }
}
