package dev.formwork.compiler.directive;

import dev.formwork.schema.node.ScalarKind;
import java.util.List;

/**
 * A directive string taken apart: name, arguments, the property path written after the closing
 * parenthesis, the definition text without that path (the cache key) and the full source text.
 */
record ParsedDirective(
    String name,
    List<Argument> arguments,
    List<String> propertyPath,
    String definition,
    String sourceText) {

  ParsedDirective {
    arguments = List.copyOf(arguments);
    propertyPath = List.copyOf(propertyPath);
  }

  /** One argument of a call: a literal value or a nested directive. */
  sealed interface Argument permits Literal, Nested {}

  /** A literal argument with the type it was read as (quoted text is always a string). */
  record Literal(String text, ScalarKind kind) implements Argument {}

  /** A nested directive call used as an argument. */
  record Nested(ParsedDirective directive) implements Argument {}
}
