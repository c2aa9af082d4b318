package dev.formwork.compiler;

import dev.formwork.compiler.split.NestedTemplate;
import dev.formwork.compiler.template.SerialisedTemplate;
import dev.formwork.compiler.template.Template;
import dev.formwork.schema.deploy.DeployParameter;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.diag.Diagnostic;
import dev.formwork.schema.diag.SourceMap;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.model.FormworkConfig;
import java.util.ArrayList;
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
 * a stack), each function as compiled, by config name, and the log groups the config's resources
 * write to (both empty unless the template is present), the secrets {@code $Secret()} references,
 * each with the first config path that uses it, the config resource that owns each logical ID, the
 * template parameters deploy must supply (plain-text secrets, hosted zones; never printed), and,
 * for an app split into nested stacks, the nested templates by the logical ID of their stack
 * resource in the root ({@code template} is then the root template).
 */
public record CompileResult(
    Optional<SerialisedTemplate> serialised,
    List<Diagnostic> diagnostics,
    Optional<FormworkConfig> config,
    String stackName,
    SourceMap sourceMap,
    Map<String, Map<String, JsonValue>> resourceParams,
    SortedMap<String, CompiledFunction> functions,
    List<LogGroup> logGroups,
    SortedMap<String, ConfigPath> secrets,
    SortedMap<String, ConfigPath> owners,
    SortedMap<String, DeployParameter> deployParameters,
    SortedMap<String, NestedTemplate> nestedTemplates) {

  public CompileResult {
    diagnostics = List.copyOf(diagnostics);
    resourceParams = Collections.unmodifiableMap(new TreeMap<>(resourceParams));
    functions = Collections.unmodifiableSortedMap(new TreeMap<>(functions));
    logGroups = List.copyOf(logGroups);
    secrets = Collections.unmodifiableSortedMap(new TreeMap<>(secrets));
    owners = Collections.unmodifiableSortedMap(new TreeMap<>(owners));
    deployParameters = Collections.unmodifiableSortedMap(new TreeMap<>(deployParameters));
    nestedTemplates = Collections.unmodifiableSortedMap(new TreeMap<>(nestedTemplates));
  }

  /**
   * A result without a template's log groups, secrets, owners, deploy parameters and nested
   * templates (a failed compile, or a test's).
   */
  public CompileResult(
      Optional<SerialisedTemplate> serialised,
      List<Diagnostic> diagnostics,
      Optional<FormworkConfig> config,
      String stackName,
      SourceMap sourceMap,
      Map<String, Map<String, JsonValue>> resourceParams,
      SortedMap<String, CompiledFunction> functions) {
    this(
        serialised,
        diagnostics,
        config,
        stackName,
        sourceMap,
        resourceParams,
        functions,
        List.of(),
        new TreeMap<>(),
        new TreeMap<>(),
        new TreeMap<>(),
        new TreeMap<>());
  }

  /** The template (the root template of a split app), when the compile produced one. */
  public Optional<Template> template() {
    return serialised.map(SerialisedTemplate::template);
  }

  /** Whether the app is split into a root and nested templates. */
  public boolean isSplit() {
    return !nestedTemplates.isEmpty();
  }

  public boolean hasErrors() {
    return Diagnostic.anyError(diagnostics);
  }

  /**
   * This result with more diagnostics (a later step's, such as the packager's source checks); an
   * error among them means there is no template, no nested templates, no compiled functions and no
   * log groups.
   */
  public CompileResult withMoreDiagnostics(List<Diagnostic> more) {
    List<Diagnostic> all = new ArrayList<>(diagnostics);
    all.addAll(more);
    boolean errors = Diagnostic.anyError(all);
    return new CompileResult(
        errors ? Optional.empty() : serialised,
        all,
        config,
        stackName,
        sourceMap,
        resourceParams,
        errors ? new TreeMap<>() : functions,
        errors ? List.of() : logGroups,
        secrets,
        owners,
        deployParameters,
        errors ? new TreeMap<>() : nestedTemplates);
  }
}
