package dev.formwork.compiler;

import dev.formwork.compiler.check.AttributeTable;
import dev.formwork.compiler.check.DependencyCycles;
import dev.formwork.compiler.check.DynamicReferencePlacement;
import dev.formwork.compiler.check.GetAttReferences;
import dev.formwork.compiler.check.LogicalIdReferences;
import dev.formwork.compiler.check.StackLimits;
import dev.formwork.compiler.directive.DirectiveContext;
import dev.formwork.compiler.directive.DirectiveHost;
import dev.formwork.compiler.directive.DirectiveRegistry;
import dev.formwork.compiler.directive.DirectiveResolver;
import dev.formwork.compiler.directive.ResolveResult;
import dev.formwork.compiler.source.LoadResult;
import dev.formwork.compiler.source.YamlLimits;
import dev.formwork.compiler.source.YamlSourceLoader;
import dev.formwork.compiler.split.StackSplit;
import dev.formwork.compiler.split.StackSplitter;
import dev.formwork.compiler.synth.IndexedResource;
import dev.formwork.compiler.synth.ResourceIndex;
import dev.formwork.compiler.synth.SourceFiles;
import dev.formwork.compiler.synth.StackIdentity;
import dev.formwork.compiler.synth.SynthesisContext;
import dev.formwork.compiler.synth.TemplateValues;
import dev.formwork.compiler.synth.function.FunctionAssembly;
import dev.formwork.compiler.synth.function.FunctionEmitter;
import dev.formwork.compiler.synth.release.FunctionReleases;
import dev.formwork.compiler.synth.resource.ResourceSynthesizers;
import dev.formwork.compiler.synth.stack.Overrides;
import dev.formwork.compiler.synth.stack.RawResources;
import dev.formwork.compiler.synth.stack.StackOutputs;
import dev.formwork.compiler.synth.values.SecretPinning;
import dev.formwork.compiler.template.CfResource;
import dev.formwork.compiler.template.SerialisedTemplate;
import dev.formwork.compiler.template.Template;
import dev.formwork.compiler.template.TemplateBuilder;
import dev.formwork.schema.bind.ConfigBinder;
import dev.formwork.schema.deploy.DeployParameter;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.diag.Diagnostic;
import dev.formwork.schema.diag.Diagnostics;
import dev.formwork.schema.diag.SourceMap;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.model.FormworkConfig;
import dev.formwork.schema.model.FunctionResource;
import dev.formwork.schema.model.ResourceDefinition;
import dev.formwork.schema.model.stack.CloudFormationResource;
import dev.formwork.schema.node.MapNode;
import dev.formwork.schema.node.NodeSourceMap;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The compiler: a pure function from config text and options to a CloudFormation template plus
 * diagnostics. Phases run in order (load, directives, bind, validate, synthesize, check); each
 * collects all of its diagnostics. The run stops after loading, directives or binding when they
 * leave no complete model; validation and synthesis errors never stop the phases after them, and
 * binding errors that only leave a property out (unknown, unsupported) do not either.
 */
public final class Compiler {

  private static final SortedMap<String, CompiledFunction> NO_FUNCTIONS =
      Collections.emptySortedMap();

  private final YamlSourceLoader loader;

  public Compiler() {
    this(new YamlSourceLoader(YamlLimits.defaults()));
  }

  public Compiler(YamlSourceLoader loader) {
    this.loader = loader;
  }

  public CompileResult compile(CompileRequest request) {
    CompileOptions options = request.options();
    List<Diagnostic> all = new ArrayList<>();

    LoadResult loaded = loader.load(request.fileLabel(), request.content());
    all.addAll(loaded.diagnostics());
    if (loaded.hasErrors() || loaded.root().isEmpty()) {
      return failed(all, "");
    }

    DirectiveContext directiveContext =
        new DirectiveContext(
            options.stage(),
            options.region(),
            options.cliArgs(),
            request.configDirectory(),
            request.host());
    ResolveResult resolved =
        new DirectiveResolver(DirectiveRegistry.builtIns())
            .resolve(loaded.root().get(), directiveContext);
    all.addAll(resolved.diagnostics());
    if (resolved.hasErrors()) {
      return failed(all, "");
    }

    MapNode root = resolved.root();
    SourceMap sourceMap = new NodeSourceMap(root);
    Diagnostics binding = new Diagnostics(sourceMap);
    Optional<FormworkConfig> bound =
        new ConfigBinder(binding).bind(root, FormworkConfig.class, ConfigPath.ROOT);
    all.addAll(binding.all());
    if (bound.isEmpty()) {
      return failed(all, "");
    }
    // A model with only left-out properties (unknown or unsupported) is complete: validation and
    // synthesis still run, so their problems are reported in the same run, but no template is.
    FormworkConfig config = bound.get();
    boolean earlierErrors = binding.hasErrors();

    Diagnostics validation = new Diagnostics(sourceMap);
    String projectName = projectName(config, options, validation);
    boolean namesValid = ConfigValidation.check(config, validation);
    all.addAll(validation.all());
    earlierErrors |= validation.hasErrors();
    StackIdentity stack = new StackIdentity(projectName, options.stage(), options.region());
    Map<String, Map<String, JsonValue>> params = new TreeMap<>();
    if (!namesValid) {
      return new CompileResult(
          Optional.empty(),
          all,
          Optional.of(config),
          stack.stackName(),
          sourceMap,
          params,
          NO_FUNCTIONS);
    }

    Diagnostics synthesis = new Diagnostics(sourceMap);
    TemplateBuilder builder = new TemplateBuilder(synthesis);
    ResourceIndex index = index(config, stack);
    for (String name : index.names()) {
      params.put(name, index.find(name).orElseThrow().params());
    }
    SourceFiles sourceFiles = new ConfigDirectoryFiles(request.host(), request.configDirectory());
    Synthesized synthesized =
        synthesize(config, stack, options, index, builder, sourceFiles, synthesis);
    Template template = synthesized.template();
    StackLimits limits = options.limits();
    StackSplit split = StackSplit.unsplit(template);
    Optional<SerialisedTemplate> merged = Optional.empty();
    if (!synthesis.hasErrors()) {
      // Serialised once: whether a split is needed is decided on the size and dynamic references
      // counted while writing, and an app in one template prints this very text. A template over a
      // limit is split into nested stacks after the checks of the merged view, and the limits are
      // checked on the split templates.
      merged = Optional.of(SerialisedTemplate.of(template));
      boolean splitNeeded = StackSplitter.needed(merged.get(), limits, options.deployedPlacement());
      SortedMap<String, ConfigPath> owners = builder.owners();
      DependencyCycles.check(template, owners, synthesis);
      DynamicReferencePlacement.check(template, config, owners, synthesis);
      if (splitNeeded && !synthesis.hasErrors()) {
        split =
            StackSplitter.split(
                    template,
                    builder,
                    functionNames(config),
                    options.manifest().isPresent(),
                    options.deployedPlacement(),
                    limits,
                    stack.stackName(),
                    synthesis)
                .orElse(split);
      }
    }
    all.addAll(synthesis.all());
    if (earlierErrors || synthesis.hasErrors()) {
      return new CompileResult(
          Optional.empty(),
          all,
          Optional.of(config),
          stack.stackName(),
          sourceMap,
          params,
          NO_FUNCTIONS);
    }
    SortedMap<String, CompiledFunction> functions = new TreeMap<>();
    for (CompiledFunction function : synthesized.functions().values()) {
      String nestedStack = split.stackOfUnit().get(function.name());
      functions.put(
          function.name(), nestedStack == null ? function : function.inNestedStack(nestedStack));
    }
    return new CompileResult(
        split.isSplit() ? Optional.of(SerialisedTemplate.of(split.root())) : merged,
        all,
        Optional.of(config),
        stack.stackName(),
        sourceMap,
        params,
        functions,
        synthesized.logGroups(),
        synthesized.secrets(),
        builder.owners(),
        synthesized.deployParameters(),
        split.nested());
  }

  private static Set<String> functionNames(FormworkConfig config) {
    Set<String> names = new TreeSet<>();
    for (Map.Entry<String, ResourceDefinition> entry : config.resources().entrySet()) {
      if (entry.getValue() instanceof FunctionResource) {
        names.add(entry.getKey());
      }
    }
    return names;
  }

  /**
   * The template, the functions written into it, the log groups they and others write to, the
   * secrets it references and the parameters deploy supplies.
   */
  private record Synthesized(
      Template template,
      SortedMap<String, CompiledFunction> functions,
      List<LogGroup> logGroups,
      SortedMap<String, ConfigPath> secrets,
      SortedMap<String, DeployParameter> deployParameters) {}

  /**
   * The project's files, read through the compile's host relative to the config's folder. A record
   * rather than a lambda: see "Start-up" in docs/architecture.md.
   */
  private record ConfigDirectoryFiles(DirectiveHost host, Path directory) implements SourceFiles {
    @Override
    public Optional<String> read(String configRelativePath) {
      return host.readFile(directory.resolve(configRelativePath));
    }
  }

  private static ResourceIndex index(FormworkConfig config, StackIdentity stack) {
    Map<String, IndexedResource> indexed = new TreeMap<>();
    for (Map.Entry<String, ResourceDefinition> entry : config.resources().entrySet()) {
      String name = entry.getKey();
      ResourceDefinition resource = entry.getValue();
      indexed.put(
          name,
          new IndexedResource(
              name,
              resource,
              ConfigPath.of("resources", name),
              ResourceSynthesizers.ref(name, resource, stack)));
    }
    return new ResourceIndex(indexed);
  }

  private static Synthesized synthesize(
      FormworkConfig config,
      StackIdentity stack,
      CompileOptions options,
      ResourceIndex index,
      TemplateBuilder builder,
      SourceFiles sourceFiles,
      Diagnostics diagnostics) {
    LogicalIdReferences logicalIds = new LogicalIdReferences();
    Map<String, String> rawTypes = new TreeMap<>();
    for (Map.Entry<String, CloudFormationResource> entry :
        config.cloudformationResources().entrySet()) {
      rawTypes.put(entry.getKey(), entry.getValue().Type());
    }
    TemplateValues values = new TemplateValues(index, logicalIds, rawTypes, diagnostics);
    SynthesisContext context =
        new SynthesisContext(
            stack, config, index, diagnostics, builder, values, options.manifest(), sourceFiles);

    // Sorted by name, so the template never depends on the order of `resources`.
    SortedMap<String, ResourceDefinition> sortedResources = new TreeMap<>(config.resources());
    for (Map.Entry<String, ResourceDefinition> entry : sortedResources.entrySet()) {
      ResourceSynthesizers.synthesize(entry.getKey(), entry.getValue(), context);
    }
    for (FunctionAssembly function : context.functions().values()) {
      Optional<CfResource> lambda = FunctionEmitter.emit(function, context);
      if (lambda.isPresent()) {
        FunctionReleases.emit(function, lambda.get(), context);
      }
    }
    // Contributions to other resources are complete only once every function is synthesized.
    context.queuePolicies().emit(builder);
    context.bucketNotifications().emit(builder);
    context.httpApiRoutes().emit(builder);
    RawResources.merge(context);
    for (Map.Entry<String, ResourceDefinition> entry : sortedResources.entrySet()) {
      Overrides.apply(entry.getKey(), entry.getValue(), context);
    }
    StackOutputs.add(context);
    SortedMap<String, ConfigPath> secrets = values.secretUses().all();
    Template template =
        pinSecrets(
            builder.build("formwork stack " + stack.stackName()),
            options.secretVersions(),
            secrets);
    Set<String> checkedAttributes =
        logicalIds.check(template, AttributeTable.standard(), diagnostics);
    GetAttReferences.check(
        template, AttributeTable.standard(), checkedAttributes, builder.owners(), diagnostics);
    SortedMap<String, CompiledFunction> functions = new TreeMap<>();
    for (FunctionAssembly function : context.functions().values()) {
      Optional<CompiledFunction> compiled = CompiledFunction.of(function, options.manifest());
      if (compiled.isPresent()) {
        functions.put(compiled.get().name(), compiled.get());
      }
    }
    List<LogGroup> logGroups =
        LogGroups.of(template, functions, builder, config.resources().keySet());
    return new Synthesized(
        template, functions, logGroups, secrets, context.deployParameters().all());
  }

  /** The template with the references to the given secrets pinned to their version ids. */
  private static Template pinSecrets(
      Template template, Map<String, String> versions, Map<String, ConfigPath> used) {
    Map<String, String> pins = new TreeMap<>(versions);
    pins.keySet().retainAll(used.keySet());
    if (pins.isEmpty()) {
      return template;
    }
    SortedMap<String, CfResource> resources = new TreeMap<>();
    for (Map.Entry<String, CfResource> entry : template.resources().entrySet()) {
      CfResource resource = entry.getValue();
      resources.put(
          entry.getKey(),
          resource.withProperties((JsonObject) SecretPinning.pin(resource.properties(), pins)));
    }
    return new Template(
        resources, template.outputs(), template.parameters(), template.description());
  }

  private static String projectName(
      FormworkConfig config, CompileOptions options, Diagnostics diagnostics) {
    if (options.projectName().isPresent()) {
      return options.projectName().get();
    }
    if (config.serviceName().isPresent()) {
      String name = config.serviceName().get().toLowerCase(Locale.ROOT);
      if (!ProjectNames.isValid(name)) {
        diagnostics.error(
            Code.CONFIG_INVALID_VALUE,
            ConfigPath.of("serviceName"),
            "serviceName '"
                + config.serviceName().get()
                + "' cannot name a stack: use letters, digits and dashes, starting with a letter.");
      }
      return name;
    }
    return ProjectNames.fromFolder(options.configFolderName());
  }

  private static CompileResult failed(List<Diagnostic> diagnostics, String stackName) {
    return new CompileResult(
        Optional.empty(),
        diagnostics,
        Optional.empty(),
        stackName,
        SourceMap.none(),
        Map.of(),
        NO_FUNCTIONS);
  }
}
