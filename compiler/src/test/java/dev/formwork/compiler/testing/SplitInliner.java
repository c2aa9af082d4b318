package dev.formwork.compiler.testing;

import dev.formwork.compiler.split.NestedTemplate;
import dev.formwork.compiler.template.CfResource;
import dev.formwork.compiler.template.Template;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts a split app back together, independently of the splitter: every parameter a nested template
 * reads is replaced by what the root passes it, every output a template reads by the output's
 * value, and comma-joined lists are unwrapped. The resources of the result are what each resource
 * reads in the merged view, if the split wired every reference right, up to {@link #normalize}
 * (their {@code DependsOn} excepted, which moves to the stack resources: see {@link #stackOf}).
 */
public final class SplitInliner {

  private static final Pattern VARIABLE = Pattern.compile("\\$\\{([^!}][^}]*)}");

  private final Template root;
  private final Map<String, Template> nested = new TreeMap<>();

  private SplitInliner(Template root, Map<String, NestedTemplate> nested) {
    this.root = root;
    nested.forEach((id, template) -> this.nested.put(id, template.template()));
  }

  public static SplitInliner of(Template root, Map<String, NestedTemplate> nested) {
    return new SplitInliner(root, nested);
  }

  /** Every resource of every template except the stack resources, with its reads inlined. */
  public SortedMap<String, CfResource> resources() {
    SortedMap<String, CfResource> all = new TreeMap<>();
    root.resources()
        .forEach(
            (id, resource) -> {
              if (!nested.containsKey(id)) {
                all.put(id, inline(resource, Optional.empty()));
              }
            });
    nested.forEach(
        (stack, template) ->
            template
                .resources()
                .forEach((id, resource) -> all.put(id, inline(resource, Optional.of(stack)))));
    return all;
  }

  /** The root's outputs with their reads of nested outputs inlined. */
  public SortedMap<String, JsonValue> outputs() {
    SortedMap<String, JsonValue> outputs = new TreeMap<>();
    root.outputs().forEach((name, output) -> outputs.put(name, value(output, Optional.empty())));
    return outputs;
  }

  /** The nested stack that holds a logical ID, or empty for the root. */
  public Optional<String> stackOf(String logicalId) {
    for (Map.Entry<String, Template> stack : nested.entrySet()) {
      if (stack.getValue().resources().containsKey(logicalId)) {
        return Optional.of(stack.getKey());
      }
    }
    return Optional.empty();
  }

  private CfResource inline(CfResource resource, Optional<String> stack) {
    return new CfResource(
        resource.type(),
        (JsonObject) value(resource.properties(), stack),
        resource.dependsOn(),
        resource.deletionPolicy(),
        resource.updateReplacePolicy(),
        resource.updatePolicy().map(policy -> value(policy, stack)),
        resource.creationPolicy().map(policy -> value(policy, stack)),
        resource.metadata().map(metadata -> value(metadata, stack)),
        resource.condition());
  }

  /** {@code value} as it reads inside {@code stack} (empty: the root), inlined. */
  private JsonValue value(JsonValue value, Optional<String> stack) {
    if (value instanceof JsonArray array) {
      List<JsonValue> items = new ArrayList<>();
      array.items().forEach(item -> items.add(value(item, stack)));
      return new JsonArray(items);
    }
    if (!(value instanceof JsonObject object)) {
      return value;
    }
    if (object.size() == 1 && object.get("Ref").orElse(null) instanceof JsonString ref) {
      return stack.flatMap(s -> parameter(s, ref.value())).orElse(object);
    }
    if (object.size() == 1 && object.get("Fn::GetAtt").orElse(null) instanceof JsonArray getAtt) {
      return nestedOutput(getAtt).orElse(object);
    }
    if (object.size() == 1 && object.get("Fn::Split").orElse(null) instanceof JsonArray split) {
      Optional<JsonValue> list =
          split.get(1) instanceof JsonObject read
                  && read.get("Fn::GetAtt").orElse(null) instanceof JsonArray getAtt
              ? nestedOutput(getAtt)
              : Optional.empty();
      if (list.isPresent()) {
        return list.get();
      }
    }
    if (object.size() == 1 && object.has("Fn::Sub")) {
      return sub(object.get("Fn::Sub").orElseThrow(), stack);
    }
    JsonObject.Builder copy = JsonObject.builder();
    object.members().forEach((key, member) -> copy.put(key, value(member, stack)));
    return copy.build();
  }

  /** What the root passes to a nested stack's parameter, inlined; empty if it is no parameter. */
  private Optional<JsonValue> parameter(String stack, String name) {
    if (!nested.get(stack).parameters().containsKey(name)) {
      return Optional.empty();
    }
    JsonObject parameters =
        (JsonObject) root.resources().get(stack).properties().get("Parameters").orElseThrow();
    JsonValue passed = parameters.get(name).orElseThrow();
    return Optional.of(unjoin(value(passed, Optional.empty())));
  }

  /** The value of an output read with {@code Fn::GetAtt [Stack, Outputs.Name]}, inlined. */
  private Optional<JsonValue> nestedOutput(JsonArray getAtt) {
    if (getAtt.size() == 2
        && getAtt.get(0) instanceof JsonString stack
        && getAtt.get(1) instanceof JsonString attribute
        && nested.containsKey(stack.value())
        && attribute.value().startsWith("Outputs.")) {
      JsonObject output =
          nested.get(stack.value()).outputs().get(attribute.value().substring("Outputs.".length()));
      return Optional.of(unjoin(output.get("Value").orElseThrow()));
    }
    return Optional.empty();
  }

  /** A list the split joined with commas, as the list. */
  private static JsonValue unjoin(JsonValue value) {
    if (value instanceof JsonObject object
        && object.size() == 1
        && object.get("Fn::Join").orElse(null) instanceof JsonArray join
        && join.get(0).equals(new JsonString(","))
        && join.get(1) instanceof JsonArray parts
        && parts.size() == 1) {
      return parts.get(0);
    }
    return value;
  }

  private JsonValue sub(JsonValue sub, Optional<String> stack) {
    String text;
    SortedMap<String, JsonValue> locals = new TreeMap<>();
    if (sub instanceof JsonString plain) {
      text = plain.value();
    } else {
      JsonArray parts = (JsonArray) sub;
      text = ((JsonString) parts.get(0)).value();
      ((JsonObject) parts.get(1))
          .members()
          .forEach((name, local) -> locals.put(name, value(local, stack)));
    }
    StringBuilder out = new StringBuilder();
    Matcher matcher = VARIABLE.matcher(text);
    while (matcher.find()) {
      String name = matcher.group(1);
      Optional<String> variable =
          locals.containsKey(name)
              ? Optional.empty()
              : stack.flatMap(s -> parameter(s, name)).flatMap(SplitInliner::asVariable);
      matcher.appendReplacement(
          out, Matcher.quoteReplacement(variable.map(v -> "${" + v + "}").orElse(matcher.group())));
    }
    matcher.appendTail(out);
    JsonString newText = new JsonString(out.toString());
    return JsonObject.of(
        "Fn::Sub", locals.isEmpty() ? newText : JsonArray.of(newText, JsonObject.of(locals)));
  }

  /**
   * {@code value} with each {@code Fn::Sub} variable that is a plain {@code Ref} or {@code
   * Fn::GetAtt} written into the Sub's text instead ({@code ${X}}, {@code ${X.Attr}}), which means
   * the same to CloudFormation; the split binds values that way in the root, so a merged template
   * and its re-inlined split compare equal only in this form.
   */
  public static JsonValue normalize(JsonValue value) {
    if (value instanceof JsonArray array) {
      List<JsonValue> items = new ArrayList<>();
      array.items().forEach(item -> items.add(normalize(item)));
      return new JsonArray(items);
    }
    if (!(value instanceof JsonObject object)) {
      return value;
    }
    if (object.size() == 1 && object.get("Fn::Sub").orElse(null) instanceof JsonArray parts) {
      String text = ((JsonString) parts.get(0)).value();
      SortedMap<String, JsonValue> locals = new TreeMap<>();
      ((JsonObject) parts.get(1))
          .members()
          .forEach((name, local) -> locals.put(name, normalize(local)));
      StringBuilder out = new StringBuilder();
      Matcher matcher = VARIABLE.matcher(text);
      SortedMap<String, JsonValue> kept = new TreeMap<>(locals);
      while (matcher.find()) {
        String name = matcher.group(1);
        Optional<String> variable =
            locals.containsKey(name) ? asVariable(locals.get(name)) : Optional.empty();
        if (variable.isPresent()) {
          kept.remove(name);
        }
        matcher.appendReplacement(
            out,
            Matcher.quoteReplacement(variable.map(v -> "${" + v + "}").orElse(matcher.group())));
      }
      matcher.appendTail(out);
      JsonString newText = new JsonString(out.toString());
      return JsonObject.of(
          "Fn::Sub", kept.isEmpty() ? newText : JsonArray.of(newText, JsonObject.of(kept)));
    }
    JsonObject.Builder copy = JsonObject.builder();
    object.members().forEach((key, member) -> copy.put(key, normalize(member)));
    return copy.build();
  }

  /** {@code Ref X} as {@code X}, {@code Fn::GetAtt [X, A]} as {@code X.A}. */
  private static Optional<String> asVariable(JsonValue read) {
    if (read instanceof JsonObject object && object.size() == 1) {
      if (object.get("Ref").orElse(null) instanceof JsonString ref) {
        return Optional.of(ref.value());
      }
      if (object.get("Fn::GetAtt").orElse(null) instanceof JsonArray getAtt
          && getAtt.size() == 2
          && getAtt.get(0) instanceof JsonString id
          && getAtt.get(1) instanceof JsonString attribute) {
        return Optional.of(id.value() + "." + attribute.value());
      }
    }
    return Optional.empty();
  }
}
