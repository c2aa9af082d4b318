package dev.formwork.compiler.synth;

import dev.formwork.compiler.synth.function.FunctionAssembly;
import dev.formwork.compiler.synth.stack.BucketNotifications;
import dev.formwork.compiler.synth.stack.DeployParameters;
import dev.formwork.compiler.synth.stack.HttpApiRoutes;
import dev.formwork.compiler.synth.stack.QueuePolicies;
import dev.formwork.compiler.template.TemplateBuilder;
import dev.formwork.schema.artifact.Artifact;
import dev.formwork.schema.artifact.ArtifactManifest;
import dev.formwork.schema.diag.Diagnostics;
import dev.formwork.schema.model.FormworkConfig;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Everything a synthesizer works with: the stack identity, the bound config, the resource index,
 * the template being built, value resolution, diagnostics, the functions being assembled (which
 * events and connectTo entries add permissions and variables to before they are written), and the
 * collectors of contributions to other resources (queue policies, bucket notifications, HTTP API
 * routes), which are written after the functions.
 */
public final class SynthesisContext {

  private final StackIdentity stack;
  private final FormworkConfig config;
  private final ResourceIndex index;
  private final Diagnostics diagnostics;
  private final TemplateBuilder template;
  private final TemplateValues values;
  private final Optional<ArtifactManifest> manifest;
  private final SourceFiles sourceFiles;
  private final Map<String, FunctionAssembly> functions = new TreeMap<>();
  private final Map<String, Object> cache = new HashMap<>();
  private final QueuePolicies queuePolicies = new QueuePolicies();
  private final BucketNotifications bucketNotifications = new BucketNotifications();
  private final HttpApiRoutes httpApiRoutes = new HttpApiRoutes();
  private final DeployParameters deployParameters = new DeployParameters();

  public SynthesisContext(
      StackIdentity stack,
      FormworkConfig config,
      ResourceIndex index,
      Diagnostics diagnostics,
      TemplateBuilder template,
      TemplateValues values,
      Optional<ArtifactManifest> manifest,
      SourceFiles sourceFiles) {
    this.stack = stack;
    this.config = config;
    this.index = index;
    this.diagnostics = diagnostics;
    this.template = template;
    this.values = values;
    this.manifest = manifest;
    this.sourceFiles = sourceFiles;
  }

  public StackIdentity stack() {
    return stack;
  }

  public FormworkConfig config() {
    return config;
  }

  public ResourceIndex index() {
    return index;
  }

  public Diagnostics diagnostics() {
    return diagnostics;
  }

  public TemplateBuilder template() {
    return template;
  }

  public TemplateValues values() {
    return values;
  }

  /** The packaged artifact of a function or layer; empty when the compile has no manifest. */
  public Optional<Artifact> artifact(String name) {
    return manifest.isPresent() ? manifest.get().find(name) : Optional.empty();
  }

  /** The project's files, for facts synthesis takes from source code (a Java file's package). */
  public SourceFiles sourceFiles() {
    return sourceFiles;
  }

  public void register(FunctionAssembly function) {
    functions.put(function.name(), function);
  }

  public Optional<FunctionAssembly> function(String name) {
    return Optional.ofNullable(functions.get(name));
  }

  /**
   * A value derived from the whole config, computed once per compile: lets a per-resource step look
   * things up across all resources without making synthesis quadratic.
   */
  @SuppressWarnings("unchecked")
  public <T> T cached(String key, Supplier<T> compute) {
    Object value = cache.get(key);
    if (value == null) {
      value = compute.get();
      cache.put(key, value);
    }
    return (T) value;
  }

  /** The functions being assembled, by name. */
  public Map<String, FunctionAssembly> functions() {
    return Collections.unmodifiableMap(functions);
  }

  /** The resource policies of config queues, written once every synthesizer has contributed. */
  public QueuePolicies queuePolicies() {
    return queuePolicies;
  }

  /** The config buckets, written with the notifications that s3 events add to them. */
  public BucketNotifications bucketNotifications() {
    return bucketNotifications;
  }

  /** The integrations and routes that http-api-gateway events add to the config's HTTP APIs. */
  public HttpApiRoutes httpApiRoutes() {
    return httpApiRoutes;
  }

  /** The template parameters that deploy fills in (plain-text secrets, hosted zones). */
  public DeployParameters deployParameters() {
    return deployParameters;
  }
}
