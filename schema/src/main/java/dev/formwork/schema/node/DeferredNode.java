package dev.formwork.schema.node;

import dev.formwork.schema.diag.SourceLocation;

/** A config value that is a template-time directive; the synthesizer turns it into an intrinsic. */
public record DeferredNode(DirectiveCall call, SourceLocation location) implements ConfigNode {
  @Override
  public String describe() {
    return "the template-time directive $" + call.name() + "()";
  }
}
