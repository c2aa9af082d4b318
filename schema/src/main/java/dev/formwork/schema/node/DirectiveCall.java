package dev.formwork.schema.node;

import java.util.List;

/**
 * A template-time directive call such as {@code $ResourceParam('db', 'host')}, left for synthesis
 * because its value only exists in the template. Arguments are already free of local directives:
 * scalars, nested deferred calls, or (rarely) structured values.
 */
public record DirectiveCall(
    String name, List<ConfigNode> arguments, List<String> propertyPath, String sourceText) {
  public DirectiveCall {
    arguments = List.copyOf(arguments);
    propertyPath = List.copyOf(propertyPath);
  }
}
