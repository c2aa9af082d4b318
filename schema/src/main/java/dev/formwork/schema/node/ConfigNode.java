package dev.formwork.schema.node;

import dev.formwork.schema.diag.SourceLocation;

/**
 * A node of the parsed config that remembers where it came from. The YAML loader builds these,
 * local directives rewrite them, and the binder turns them into the typed model.
 */
public sealed interface ConfigNode permits MapNode, ListNode, ScalarNode, DeferredNode {

  SourceLocation location();

  /** A short name of the node's kind for messages: "a mapping", "a list", "a string", ... */
  String describe();
}
