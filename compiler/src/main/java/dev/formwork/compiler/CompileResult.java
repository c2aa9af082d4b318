package dev.formwork.compiler;

import dev.formwork.compiler.template.Template;
import dev.formwork.schema.diag.Diagnostic;
import dev.formwork.schema.model.FormworkConfig;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of a compile: the template (absent when any phase had errors), every diagnostic of
 * the phases that ran, the bound config when binding succeeded, the stack name, and the source map
 * that locates config paths (for diagnostics of later steps such as packaging), and each resource's
 * referenceable parameters as template values (for resolving scripts' connectTo against a stack).
 */
public record CompileResult(
    Optional<Template> template,
    List<Diagnostic> diagnostics,
    Optional<FormworkConfig> config,
    String stackName,
    dev.formwork.schema.diag.SourceMap sourceMap,
    java.util.Map<String, java.util.Map<String, dev.formwork.schema.json.JsonValue>>
        resourceParams) {

  public CompileResult {
    diagnostics = List.copyOf(diagnostics);
    resourceParams = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(resourceParams));
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
