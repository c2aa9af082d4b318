package dev.formwork.compiler.directive;

import dev.formwork.schema.node.ConfigNode;
import dev.formwork.schema.node.ScalarNode;
import java.util.Locale;

/**
 * The text a scalar config value stands for when it is put into a string, as JavaScript prints it.
 */
final class ScalarText {

  private ScalarText() {}

  static String of(ConfigNode node) {
    if (!(node instanceof ScalarNode scalar)) {
      throw new IllegalArgumentException("not a scalar: " + node.describe());
    }
    return switch (scalar.kind()) {
      case BOOLEAN -> scalar.text().toLowerCase(Locale.ROOT);
      case NULL -> "null";
      case INTEGER, FLOAT ->
          JsNumbers.parseYaml(scalar.text()).map(JsNumbers::text).orElse(scalar.text());
      default -> scalar.text();
    };
  }

  /** The JavaScript type name of a value, as used in argument type errors. */
  static String typeName(ConfigNode node) {
    if (node instanceof ScalarNode scalar) {
      return switch (scalar.kind()) {
        case STRING -> "string";
        case BOOLEAN -> "boolean";
        case NULL -> "null";
        default -> "number";
      };
    }
    return node.describe();
  }
}
