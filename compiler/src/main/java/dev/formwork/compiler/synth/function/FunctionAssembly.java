package dev.formwork.compiler.synth.function;

import dev.formwork.compiler.naming.LogicalIds;
import dev.formwork.compiler.naming.PascalCase;
import dev.formwork.compiler.naming.PhysicalNames;
import dev.formwork.compiler.synth.ref.FunctionRef;
import dev.formwork.compiler.template.PolicyStatement;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.diag.Diagnostics;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.model.function.FunctionProperties;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A function while the template is being built. Its own synthesizer, its events and its connectTo
 * entries add IAM statements, environment variables and function properties here; the {@link
 * FunctionEmitter} writes the function, role and log group once everything has contributed.
 */
public final class FunctionAssembly {

  /** An environment variable and where it came from (for collision messages). */
  public record EnvironmentEntry(JsonValue value, ConfigPath source, String origin) {}

  /** What the assembly collects; an alias view shares it with the function it views. */
  private static final class State {
    private final Map<String, List<PolicyStatement>> policies = new TreeMap<>();
    private final Map<String, EnvironmentEntry> environment = new TreeMap<>();
    private final Map<String, JsonValue> extraProperties = new TreeMap<>();
    private final TreeSet<String> dependsOn = new TreeSet<>();
    private Optional<LambdaCode> code = Optional.empty();
  }

  private final String name;
  private final FunctionProperties properties;
  private final ConfigPath path;
  private final String physicalName;
  private final FunctionRef ref;
  private final Optional<String> invokedAlias;
  private final State state;

  public FunctionAssembly(
      String name, FunctionProperties properties, ConfigPath path, String stackName) {
    this(
        name,
        properties,
        path,
        PhysicalNames.function(stackName, name),
        FunctionRef.of(name, properties),
        Optional.empty(),
        new State());
  }

  private FunctionAssembly(
      String name,
      FunctionProperties properties,
      ConfigPath path,
      String physicalName,
      FunctionRef ref,
      Optional<String> invokedAlias,
      State state) {
    this.name = name;
    this.properties = properties;
    this.path = path;
    this.physicalName = physicalName;
    this.ref = ref;
    this.invokedAlias = invokedAlias;
    this.state = state;
  }

  /**
   * This function as a trigger sees it when the trigger names one of its aliases: the same role,
   * environment and properties (everything added through the view reaches the function), but {@link
   * #endpoint()} is the alias ARN and {@link #logicalPrefix()} names the alias, so the trigger's
   * resources are the alias's own. Empty {@code alias}: this assembly itself.
   */
  public FunctionAssembly invokedThrough(Optional<String> alias) {
    if (alias.isEmpty()) {
      return this;
    }
    return new FunctionAssembly(name, properties, path, physicalName, ref, alias, state);
  }

  /**
   * The function's name, with {@code -<alias>} for an alias view: for physical names of a trigger's
   * resources (a target group, a stream consumer) that must differ per alias.
   */
  public String qualifiedName() {
    return invokedAlias.isPresent() ? name + "-" + invokedAlias.get() : name;
  }

  /** The alias this view invokes (see {@link #invokedThrough}); empty for the function itself. */
  public Optional<String> invokedAlias() {
    return invokedAlias;
  }

  public String name() {
    return name;
  }

  public FunctionProperties properties() {
    return properties;
  }

  public ConfigPath path() {
    return path;
  }

  /** Path of a property of this function, e.g. {@code resources.api.properties.events}. */
  public ConfigPath propertyPath(String property) {
    return path.key("properties").key(property);
  }

  public String physicalName() {
    return physicalName;
  }

  /** How other resources refer to this function. */
  public FunctionRef ref() {
    return ref;
  }

  /**
   * The start of the logical IDs of resources that belong to this function, or to the alias this
   * view invokes ({@code <Fn><Alias>Alias}): the alias a trigger invokes is part of its identity.
   */
  public String logicalPrefix() {
    return invokedAlias.isPresent() ? ref.aliasLogicalId(invokedAlias.get()) : PascalCase.of(name);
  }

  public String functionLogicalId() {
    return ref.logicalId();
  }

  public String roleLogicalId() {
    return LogicalIds.role(name);
  }

  public String logGroupLogicalId() {
    return LogicalIds.logGroup(name);
  }

  public boolean hasLogGroup() {
    return ref.hasLogGroup();
  }

  /** Runtime and handler, once resolved (empty when the packaging was invalid). */
  public Optional<LambdaCode> code() {
    return state.code;
  }

  void setCode(LambdaCode resolved) {
    state.code = Optional.of(resolved);
  }

  /**
   * Logical ID of the implicit live alias ({@code stp-live}) used by deployment and provisioned
   * concurrency.
   */
  public String liveAliasLogicalId() {
    return ref.liveAliasLogicalId();
  }

  /** Logical ID of a named alias: {@code <Fn><PascalAlias>Alias}. */
  public String aliasLogicalId(String aliasName) {
    return ref.aliasLogicalId(aliasName);
  }

  /**
   * What triggers invoke: the alias this view invokes, else the function ARN, or its live alias
   * when it has one.
   */
  public JsonValue endpoint() {
    return invokedAlias.isPresent() ? ref.aliasArn(invokedAlias.get()) : ref.endpoint();
  }

  /** Adds a statement to one of the role's inline policies. */
  public void grant(String policyName, PolicyStatement statement) {
    List<PolicyStatement> statements = state.policies.get(policyName);
    if (statements == null) {
      statements = new ArrayList<>();
      state.policies.put(policyName, statements);
    }
    statements.add(statement);
  }

  public Map<String, List<PolicyStatement>> policies() {
    return Collections.unmodifiableMap(state.policies);
  }

  /**
   * Adds an environment variable; a name that is already set is a diagnostic naming both sources,
   * never a silent overwrite.
   */
  public boolean addEnvironment(
      String variable, JsonValue value, ConfigPath source, String origin, Diagnostics diagnostics) {
    EnvironmentEntry existing = state.environment.get(variable);
    if (existing != null) {
      diagnostics.error(
          Code.CONFIG_ENV_COLLISION,
          source,
          "Environment variable "
              + variable
              + " of function '"
              + name
              + "' is set twice: by "
              + existing.origin()
              + " and by "
              + origin
              + ".",
          "Rename your variable; formwork injects STP_* variables for connectTo resources.");
      return false;
    }
    state.environment.put(variable, new EnvironmentEntry(value, source, origin));
    return true;
  }

  /** Changes the value of a variable that is already set, keeping where it came from. */
  public void replaceEnvironment(String variable, JsonValue value) {
    EnvironmentEntry existing = state.environment.get(variable);
    state.environment.put(
        variable, new EnvironmentEntry(value, existing.source(), existing.origin()));
  }

  public Map<String, EnvironmentEntry> environment() {
    return Collections.unmodifiableMap(state.environment);
  }

  public Optional<EnvironmentEntry> environmentVariable(String variable) {
    return Optional.ofNullable(state.environment.get(variable));
  }

  /** Sets a property of the Lambda function resource (e.g. VpcConfig) that another part owns. */
  public void setFunctionProperty(String property, JsonValue value) {
    state.extraProperties.put(property, value);
  }

  public Map<String, JsonValue> extraProperties() {
    return Collections.unmodifiableMap(state.extraProperties);
  }

  public void dependOn(String logicalId) {
    state.dependsOn.add(logicalId);
  }

  public List<String> dependsOn() {
    return List.copyOf(state.dependsOn);
  }
}
