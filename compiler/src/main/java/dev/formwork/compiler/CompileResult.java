package dev.formwork.compiler;

import dev.formwork.compiler.template.SerialisedTemplate;
import dev.formwork.compiler.template.Template;
import dev.formwork.schema.diag.Diagnostic;
import dev.formwork.schema.diag.SourceMap;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.model.FormworkConfig;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The outcome of a compile: the template, serialised once (absent when any phase had errors), every
 * diagnostic of the phases that ran, the bound config when binding succeeded, the stack name, and
 * the source map that locates config paths (for diagnostics of later steps such as packaging), each
 * resource's referenceable parameters as template values (for resolving scripts' connectTo against
 * a stack), and each function as compiled, by config name (empty unless the template is present).
 */
public record CompileResult(
    Optional<SerialisedTemplate> serialised,
    List<Diagnostic> diagnostics,
    Optional<FormworkConfig> config,
    String stackName,
    SourceMap sourceMap,
    Map<String, Map<String, JsonValue>> resourceParams,
    SortedMap<String, CompiledFunction> functions) {

  public CompileResult {
    diagnostics = List.copyOf(diagnostics);
    resourceParams = Collections.unmodifiableMap(new TreeMap<>(resourceParams));
    functions = Collections.unmodifiableSortedMap(new TreeMap<>(functions));
  }

  /** The template, when the compile produced one. */
  public Optional<Template> template() {
    return serialised.map(SerialisedTemplate::template);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
