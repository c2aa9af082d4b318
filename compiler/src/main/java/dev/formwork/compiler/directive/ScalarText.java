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
    switch (scalar.kind()) {
      case BOOLEAN:
        return scalar.text().toLowerCase(Locale.ROOT);
      case NULL:
        return "null";
      case INTEGER:
      case FLOAT:
        return JsNumbers.parseYaml(scalar.text()).map(JsNumbers::text).orElse(scalar.text());
      default:
        return scalar.text();
    }
  }

  /** The JavaScript type name of a value, as used in argument type errors. */
  static String typeName(ConfigNode node) {
    if (node instanceof ScalarNode scalar) {
      switch (scalar.kind()) {
        case STRING:
          return "string";
        case BOOLEAN:
          return "boolean";
        case NULL:
          return "null";
        default:
          return "number";
      }
    }
    return node.describe();
  }
}
