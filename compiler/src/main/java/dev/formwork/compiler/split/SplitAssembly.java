package dev.formwork.compiler.split;

import dev.formwork.compiler.split.CrossStackNames.Pseudo;
import dev.formwork.compiler.split.TemplateReferences.Crossing;
import dev.formwork.compiler.template.Cf;
import dev.formwork.compiler.template.CfResource;
import dev.formwork.compiler.template.Template;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonBool;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.json.JsonWriter;
import dev.formwork.schema.naming.DeploymentBucket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Writes the root template and one template per nested stack from a placement. Every value read
 * across a stack boundary is wired where it crosses, and only there:
 *
 * <ul>
 *   <li>root to nested: a parameter of the nested template, passed in the stack resource's {@code
 *       Parameters};
 *   <li>nested to root: an output of the nested template, read with {@code Fn::GetAtt [Stack,
 *       Outputs.Name]};
 *   <li>nested to nested: an output of one, passed by the root as a parameter of the other (never
 *       {@code Fn::ImportValue});
 *   <li>the root's {@code AWS::StackName} and {@code AWS::StackId}, which differ inside a nested
 *       stack: parameters;
 *   <li>a {@code DependsOn} across stacks: a {@code DependsOn} of the stack resource (or on it).
 * </ul>
 *
 * List attributes cross as {@code CommaDelimitedList} parameters and comma-joined outputs.
 */
final class SplitAssembly {

  /** The root template (with one stack resource per nested stack) and the nested templates. */
  record Assembled(Template root, SortedMap<String, NestedTemplate> nested) {}

  private final MergedView view;
  private final Placement placement;
  private final SortedMap<String, JsonString> placeholders;
  private final String stackName;
  private final Map<String, String> stackOfResource = new HashMap<>();
  private final SortedMap<String, SortedSet<ValueRef>> imports = new TreeMap<>();
  private final SortedMap<String, SortedSet<ValueRef>> exports = new TreeMap<>();
  private final SortedMap<String, SortedSet<String>> stackDependsOn = new TreeMap<>();
  private final Map<String, SortedMap<ValueRef, String>> parameterNames = new HashMap<>();
  private final Map<String, SortedMap<ValueRef, String>> outputNames = new HashMap<>();

  private SplitAssembly(
      MergedView view,
      Placement placement,
      SortedMap<String, JsonString> placeholders,
      String stackName) {
    this.view = view;
    this.placement = placement;
    this.placeholders = placeholders;
    this.stackName = stackName;
  }

  /**
   * Assembles the templates; {@code placeholders} replaces the template parameters it names with
   * literal values (see {@link OfflineCodeKeys}).
   */
  static Assembled assemble(
      MergedView view,
      Placement placement,
      SortedMap<String, JsonString> placeholders,
      String stackName) {
    return new SplitAssembly(view, placement, placeholders, stackName).run();
  }

  private Assembled run() {
    Template merged = view.template();
    SortedMap<String, SortedSet<String>> nestedUnits = placement.nestedStacks();
    SortedMap<String, SortedSet<String>> resourcesByStack = new TreeMap<>();
    resourcesByStack.put(Placement.ROOT, new TreeSet<>());
    for (String stack : nestedUnits.keySet()) {
      imports.put(stack, new TreeSet<>());
      exports.put(stack, new TreeSet<>());
      stackDependsOn.put(stack, new TreeSet<>());
      resourcesByStack.put(stack, new TreeSet<>());
    }
    for (String id : merged.resources().keySet()) {
      String stack = placement.stackOfUnit().get(view.unitOf(id).orElseThrow());
      stackOfResource.put(id, stack);
      resourcesByStack.get(stack).add(id);
    }
    for (String id : merged.resources().keySet()) {
      String consumer = stackOfResource.get(id);
      for (ValueRef value : view.reads(id)) {
        Optional<String> producer = producerOtherThan(consumer, value);
        if (producer.isPresent()) {
          crosses(value, producer.get(), consumer);
        }
      }
    }
    for (JsonObject output : merged.outputs().values()) {
      TemplateReferences.collect(
          output,
          value -> {
            Optional<String> producer = producerOtherThan(Placement.ROOT, value);
            if (producer.isPresent()) {
              crosses(value, producer.get(), Placement.ROOT);
            }
          });
    }
    for (Map.Entry<String, SortedSet<ValueRef>> stack : imports.entrySet()) {
      parameterNames.put(
          stack.getKey(),
          CrossStackNames.assign(stack.getValue(), resourcesByStack.get(stack.getKey())));
    }
    for (Map.Entry<String, SortedSet<ValueRef>> stack : exports.entrySet()) {
      outputNames.put(stack.getKey(), CrossStackNames.assign(stack.getValue(), Set.of()));
    }

    SortedMap<String, NestedTemplate> nested = new TreeMap<>();
    for (Map.Entry<String, SortedSet<String>> stack : nestedUnits.entrySet()) {
      nested.put(
          stack.getKey(),
          nestedTemplate(
              stack.getKey(), stack.getValue(), resourcesByStack.get(stack.getKey()), merged));
    }
    return new Assembled(root(resourcesByStack.get(Placement.ROOT), nested, merged), nested);
  }

  /** Records that {@code consumer} reads {@code value}, which {@code producer} holds. */
  private void crosses(ValueRef value, String producer, String consumer) {
    if (!consumer.equals(Placement.ROOT)) {
      imports.get(consumer).add(value);
    }
    if (!producer.equals(Placement.ROOT)) {
      exports.get(producer).add(value);
    }
  }

  /**
   * The stack that holds a value: a resource's stack, the root for the template's parameters and
   * for the pseudo parameters that differ in nested stacks; empty for everything else (other pseudo
   * parameters, names the template does not define).
   */
  private Optional<String> producer(ValueRef value) {
    String stack = stackOfResource.get(value.target());
    if (stack != null) {
      return Optional.of(stack);
    }
    if (value.attribute().isEmpty()
        && ((view.template().parameters().containsKey(value.target())
                && !placeholders.containsKey(value.target()))
            || Pseudo.differsInNestedStacks(value.target()))) {
      return Optional.of(Placement.ROOT);
    }
    return Optional.empty();
  }

  private boolean isList(ValueRef value) {
    if (value.attribute().isPresent()) {
      CfResource resource = view.template().resources().get(value.target());
      return resource != null && ListAttributes.isList(resource.type(), value.attribute().get());
    }
    JsonObject parameter = view.template().parameters().get(value.target());
    return parameter != null
        && parameter.get("Type").orElse(null) instanceof JsonString type
        && (type.value().equals("CommaDelimitedList") || type.value().startsWith("List<"));
  }

  /**
   * The declaration of the nested parameter that carries {@code value}: a string or a list, and
   * NoEcho when it passes down a NoEcho parameter of the root (a plain-text secret), so that the
   * nested stack masks the value too.
   */
  private JsonObject parameterDeclaration(ValueRef value) {
    JsonObject.Builder declaration =
        JsonObject.builder().put("Type", isList(value) ? "CommaDelimitedList" : "String");
    JsonObject root =
        value.attribute().isEmpty() ? view.template().parameters().get(value.target()) : null;
    if (root != null
        && root.get("NoEcho").orElse(null) instanceof JsonBool noEcho
        && noEcho.value()) {
      declaration.put("NoEcho", true);
    }
    return declaration.build();
  }

  private NestedTemplate nestedTemplate(
      String stack, SortedSet<String> units, SortedSet<String> resourceIds, Template merged) {
    SortedMap<ValueRef, String> parameters = parameterNames.get(stack);
    Function<ValueRef, Optional<Crossing>> reads = value -> readInNested(stack, parameters, value);
    SortedMap<String, CfResource> resources = new TreeMap<>();
    for (String id : resourceIds) {
      CfResource resource = rewrite(id, merged.resources().get(id), reads);
      List<String> local = new ArrayList<>();
      for (String dependency : resource.dependsOn()) {
        String other = stackOfResource.get(dependency);
        if (other == null || other.equals(stack)) {
          local.add(dependency);
        } else {
          stackDependsOn.get(stack).add(other.equals(Placement.ROOT) ? dependency : other);
        }
      }
      resources.put(id, withDependsOn(resource, local));
    }
    SortedMap<String, JsonObject> parameterSection = new TreeMap<>();
    for (Map.Entry<ValueRef, String> parameter : parameters.entrySet()) {
      parameterSection.put(parameter.getValue(), parameterDeclaration(parameter.getKey()));
    }
    SortedMap<String, JsonObject> outputSection = new TreeMap<>();
    for (Map.Entry<ValueRef, String> output : outputNames.get(stack).entrySet()) {
      ValueRef value = output.getKey();
      outputSection.put(
          output.getValue(),
          JsonObject.of(
              "Value",
              isList(value) ? Cf.join(",", List.of(value.expression())) : value.expression()));
    }
    Template template =
        new Template(
            resources,
            outputSection,
            parameterSection,
            merged.description() + ", nested stack " + stack);
    // Compact: exactly what deploy uploads, half the size of the pretty form against the 1 MB
    // limit, and quicker to write and hash for an app of thousands of functions.
    String body = JsonWriter.compact(template.toJson());
    String key = "templates/" + CrossStackNames.sha256(body) + ".json";
    return new NestedTemplate(stack, template, body, key, units);
  }

  private Template root(
      SortedSet<String> resourceIds, SortedMap<String, NestedTemplate> nested, Template merged) {
    Set<String> rootNames = new HashSet<>(resourceIds);
    rootNames.addAll(nested.keySet());
    rootNames.addAll(merged.parameters().keySet());
    Function<ValueRef, Optional<Crossing>> reads = value -> readInRoot(rootNames, value);
    SortedMap<String, CfResource> resources = new TreeMap<>();
    for (String id : resourceIds) {
      CfResource resource = rewrite(id, merged.resources().get(id), reads);
      List<String> dependsOn = new ArrayList<>();
      for (String dependency : resource.dependsOn()) {
        String other = stackOfResource.get(dependency);
        if (other == null || other.equals(Placement.ROOT)) {
          dependsOn.add(dependency);
        } else if (!reads(resource, other)) {
          // A DependsOn on a nested resource waits for its stack (unless the resource reads one
          // of the stack's outputs, which makes it wait already: cfn-lint W3005).
          dependsOn.add(other);
        }
      }
      resources.put(id, withDependsOn(resource, dependsOn));
    }
    for (NestedTemplate stack : nested.values()) {
      resources.put(stack.logicalId(), stackResource(stack));
    }
    SortedMap<String, JsonObject> outputs = new TreeMap<>();
    for (Map.Entry<String, JsonObject> output : merged.outputs().entrySet()) {
      outputs.put(
          output.getKey(), (JsonObject) TemplateReferences.rewrite(output.getValue(), reads));
    }
    SortedMap<String, JsonObject> parameters = new TreeMap<>(merged.parameters());
    parameters.keySet().removeAll(placeholders.keySet());
    return new Template(resources, outputs, parameters, merged.description());
  }

  private CfResource stackResource(NestedTemplate stack) {
    JsonObject.Builder parameters = JsonObject.builder();
    for (Map.Entry<ValueRef, String> parameter : parameterNames.get(stack.logicalId()).entrySet()) {
      parameters.put(parameter.getValue(), valueInRoot(parameter.getKey()));
    }
    JsonObject.Builder properties =
        JsonObject.builder()
            .put(
                "TemplateURL",
                Cf.sub(
                    "https://"
                        + DeploymentBucket.subTemplate(stackName)
                        + ".s3.${AWS::Region}.${AWS::URLSuffix}/"
                        + stack.s3Key()));
    if (!parameters.isEmpty()) {
      properties.put("Parameters", parameters.build());
    }
    JsonObject built = properties.build();
    List<String> dependsOn = new ArrayList<>();
    for (String dependency : stackDependsOn.get(stack.logicalId())) {
      if (!reads(built, dependency)) {
        dependsOn.add(dependency);
      }
    }
    return new CfResource(
        "AWS::CloudFormation::Stack",
        built,
        dependsOn,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.of(
            JsonObject.of(
                DeployedPlacement.UNITS_METADATA,
                JsonArray.ofStrings(new ArrayList<>(stack.units())))),
        Optional.empty());
  }

  /** Whether {@code resource} reads a value of the resource or stack {@code logicalId}. */
  private static boolean reads(CfResource resource, String logicalId) {
    return reads(resource.toJson(), logicalId);
  }

  private static boolean reads(JsonValue json, String logicalId) {
    boolean[] found = {false};
    TemplateReferences.collect(json, value -> found[0] |= value.target().equals(logicalId));
    return found[0];
  }

  /** How the root passes a value to a nested stack: a string (a list joined with commas). */
  private JsonValue valueInRoot(ValueRef value) {
    String producer = producer(value).orElseThrow();
    if (!producer.equals(Placement.ROOT)) {
      return Cf.getAtt(producer, "Outputs." + outputNames.get(producer).get(value));
    }
    return isList(value) ? Cf.join(",", List.of(value.expression())) : value.expression();
  }

  /** The stack that produces {@code value}, when it is another than {@code stack}. */
  private Optional<String> producerOtherThan(String stack, ValueRef value) {
    Optional<String> producer = producer(value);
    return producer.isPresent() && !producer.get().equals(stack) ? producer : Optional.empty();
  }

  /**
   * How a resource of the nested stack {@code stack} reads {@code value}: a placeholder, or the
   * stack's parameter when another stack produces it; empty when it reads it in place.
   */
  private Optional<Crossing> readInNested(
      String stack, SortedMap<ValueRef, String> parameters, ValueRef value) {
    Optional<Crossing> placeholder = placeholder(value);
    if (placeholder.isPresent()) {
      return placeholder;
    }
    if (producerOtherThan(stack, value).isEmpty()) {
      return Optional.empty();
    }
    String name = parameters.get(value);
    return Optional.of(new Crossing(Cf.ref(name), name, Optional.empty()));
  }

  /**
   * How the root reads {@code value}: a placeholder, or the output of the nested stack that
   * produces it (its local name gets "Output" appended when a root name is the same).
   */
  private Optional<Crossing> readInRoot(Set<String> rootNames, ValueRef value) {
    Optional<Crossing> placeholder = placeholder(value);
    if (placeholder.isPresent()) {
      return placeholder;
    }
    Optional<String> producer = producerOtherThan(Placement.ROOT, value);
    if (producer.isEmpty()) {
      return Optional.empty();
    }
    String output = outputNames.get(producer.get()).get(value);
    JsonValue read = Cf.getAtt(producer.get(), "Outputs." + output);
    String local = rootNames.contains(output) ? output + "Output" : output;
    return Optional.of(
        new Crossing(isList(value) ? Cf.split(",", read) : read, local, Optional.of(read)));
  }

  /** The placeholder that replaces a template parameter, if {@code value} reads one. */
  private Optional<Crossing> placeholder(ValueRef value) {
    JsonString key = value.attribute().isEmpty() ? placeholders.get(value.target()) : null;
    return key == null
        ? Optional.empty()
        : Optional.of(new Crossing(key, value.target(), Optional.of(key)));
  }

  /**
   * The resource with what it reads rewritten by {@code reads}; the resource itself when it reads
   * nothing that {@code reads} rewrites, which is most resources, so they are not walked again.
   */
  private CfResource rewrite(
      String id, CfResource resource, Function<ValueRef, Optional<Crossing>> reads) {
    boolean crosses = false;
    for (ValueRef value : view.reads(id)) {
      if (reads.apply(value).isPresent()) {
        crosses = true;
        break;
      }
    }
    if (!crosses) {
      return resource;
    }
    return new CfResource(
        resource.type(),
        (JsonObject) TemplateReferences.rewrite(resource.properties(), reads),
        resource.dependsOn(),
        resource.deletionPolicy(),
        resource.updateReplacePolicy(),
        rewrite(resource.updatePolicy(), reads),
        rewrite(resource.creationPolicy(), reads),
        rewrite(resource.metadata(), reads),
        resource.condition());
  }

  private static Optional<JsonValue> rewrite(
      Optional<JsonValue> value, Function<ValueRef, Optional<Crossing>> reads) {
    return value.isPresent()
        ? Optional.of(TemplateReferences.rewrite(value.get(), reads))
        : Optional.empty();
  }

  private static CfResource withDependsOn(CfResource resource, List<String> dependsOn) {
    return new CfResource(
        resource.type(),
        resource.properties(),
        dependsOn,
        resource.deletionPolicy(),
        resource.updateReplacePolicy(),
        resource.updatePolicy(),
        resource.creationPolicy(),
        resource.metadata(),
        resource.condition());
  }
}
