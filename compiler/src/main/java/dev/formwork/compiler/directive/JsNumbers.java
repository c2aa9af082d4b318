package dev.formwork.compiler.directive;

import dev.formwork.schema.node.ScalarNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Number reading and printing with JavaScript's meaning, because Stacktape configs were written
 * against it: {@code Number("0x10")} is 16 and {@code String(2.50)} is "2.5".
 */
final class JsNumbers {

  private static final Pattern DECIMAL =
      Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
  private static final Pattern RADIX = Pattern.compile("0([xXoObB])([0-9a-fA-F]+)");
  private static final Pattern YAML_OCTAL = Pattern.compile("[-+]?0o[0-7]+");
  private static final Pattern YAML_HEX = Pattern.compile("[-+]?0x[0-9a-fA-F]+");

  private JsNumbers() {}

  /** What JavaScript's {@code Number(text)} gives for a directive argument, if it is finite. */
  static Optional<BigDecimal> parseArgument(String text) {
    if (text.isEmpty() || text.length() > ScalarNode.MAX_NUMBER_LENGTH) {
      return Optional.empty();
    }
    if (DECIMAL.matcher(text).matches()) {
      return Optional.of(new BigDecimal(text.startsWith("+") ? text.substring(1) : text));
    }
    var radix = RADIX.matcher(text);
    if (radix.matches()) {
      int base =
          switch (Character.toLowerCase(radix.group(1).charAt(0))) {
            case 'x' -> 16;
            case 'o' -> 8;
            default -> 2;
          };
      try {
        return Optional.of(new BigDecimal(new BigInteger(radix.group(2), base)));
      } catch (NumberFormatException notInBase) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** The number a YAML 1.2 core-schema numeric scalar stands for, if it is finite. */
  static Optional<BigDecimal> parseYaml(String text) {
    if (text.length() > ScalarNode.MAX_NUMBER_LENGTH) {
      return Optional.empty();
    }
    if (YAML_HEX.matcher(text).matches() || YAML_OCTAL.matcher(text).matches()) {
      boolean negative = text.startsWith("-");
      String digits = text.replaceFirst("^[-+]?0[xo]", "");
      BigInteger value = new BigInteger(digits, text.contains("x") ? 16 : 8);
      return Optional.of(new BigDecimal(negative ? value.negate() : value));
    }
    if (DECIMAL.matcher(text).matches()) {
      return Optional.of(new BigDecimal(text.startsWith("+") ? text.substring(1) : text));
    }
    return Optional.empty();
  }

  /** How JavaScript prints the number (no trailing zeros, no exponent for ordinary sizes). */
  static String text(BigDecimal number) {
    if (number.signum() == 0) {
      return "0";
    }
    BigDecimal stripped = number.stripTrailingZeros();
    if (stripped.scale() < 0) {
      stripped = stripped.setScale(0);
    }
    return stripped.toPlainString();
  }

  static boolean isIntegral(BigDecimal number) {
    return number.signum() == 0 || number.stripTrailingZeros().scale() <= 0;
  }
}
