package dev.formwork.compiler.source;

import dev.formwork.schema.diag.Diagnostic;
import dev.formwork.schema.node.MapNode;
import java.util.List;
import java.util.Optional;

/**
 * What loading one YAML config produced: the root mapping when the file is free of errors, and
 * every diagnostic found, in file order.
 */
public record LoadResult(Optional<MapNode> root, List<Diagnostic> diagnostics) {

  public LoadResult {
    diagnostics = List.copyOf(diagnostics);
  }

  public boolean hasErrors() {
    return Diagnostic.anyError(diagnostics);
  }
}
