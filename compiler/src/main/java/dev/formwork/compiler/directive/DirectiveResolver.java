package dev.formwork.compiler.directive;

import dev.formwork.schema.node.MapNode;
import java.util.Objects;

/**
 * The directive phase of the compiler: resolves local directives everywhere in a config tree and
 * turns template-time ones into deferred nodes, collecting every problem as a diagnostic.
 */
public final class DirectiveResolver {

  private final DirectiveRegistry registry;

  public DirectiveResolver(DirectiveRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  /**
   * Resolves one config; custom directives from its {@code directives:} section apply to this call
   * only.
   */
  public ResolveResult resolve(MapNode root, DirectiveContext context) {
    return new ResolutionRun(root, context, registry).run();
  }
}
