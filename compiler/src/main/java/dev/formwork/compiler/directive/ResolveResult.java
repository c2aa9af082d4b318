package dev.formwork.compiler.directive;

import dev.formwork.schema.diag.Diagnostic;
import dev.formwork.schema.node.MapNode;
import java.util.List;

/**
 * The config tree after the directive pass (local directives replaced, template-time ones turned
 * into deferred nodes) and every diagnostic the pass found, sorted by position.
 */
public record ResolveResult(MapNode root, List<Diagnostic> diagnostics) {
  public ResolveResult {
    diagnostics = List.copyOf(diagnostics);
  }

  public boolean hasErrors() {
    return Diagnostic.anyError(diagnostics);
  }
}
