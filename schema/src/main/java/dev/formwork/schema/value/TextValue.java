package dev.formwork.schema.value;

import dev.formwork.schema.node.DirectiveCall;

/**
 * A string property that may also be a template-time directive, such as an environment value set to
 * {@code $ResourceParam('db', 'host')} or {@code $Secret('api.key')}. Literals keep the source
 * text.
 */
public sealed interface TextValue permits TextValue.Literal, TextValue.Deferred {

  /** Text known at compile time. */
  record Literal(String text) implements TextValue {}

  /** A directive resolved into an intrinsic or dynamic reference by the synthesizer. */
  record Deferred(DirectiveCall call) implements TextValue {}

  static TextValue of(String text) {
    return new Literal(text);
  }
}
