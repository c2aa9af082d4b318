package dev.formwork.compiler.synth.values;

import dev.formwork.schema.node.DirectiveCall;
import dev.formwork.schema.node.ScalarNode;

/**
 * Reads arguments that the directive pass has already checked against the directive's signature, so
 * a string parameter is known to be non-empty text here.
 */
final class CheckedArguments {

  private CheckedArguments() {}

  static String text(DirectiveCall call, int position) {
    if (call.arguments().size() > position
        && call.arguments().get(position) instanceof ScalarNode scalar) {
      return scalar.text();
    }
    throw new IllegalStateException(
        "argument " + (position + 1) + " of " + call.sourceText() + " was not checked as text");
  }
}
