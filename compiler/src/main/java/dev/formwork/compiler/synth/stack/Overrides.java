package dev.formwork.compiler.synth.stack;

import dev.formwork.compiler.synth.SynthesisContext;
import dev.formwork.compiler.template.CfResource;
import dev.formwork.schema.bind.Suggestions;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.diag.UserText;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.model.ResourceDefinition;
import dev.formwork.schema.node.ConfigNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies a resource's {@code overrides}: {@code {<ChildLogicalId>: {<Property.Path>: value}}},
 * paths relative to Properties. A mapping value given for a whole property is deep-merged into it;
 * a dotted path sets one nested value. The logical ID must belong to the resource.
 */
public final class Overrides {

  private Overrides() {}

  public static void apply(
      String resourceName, ResourceDefinition resource, SynthesisContext context) {
    if (resource.overrides().isEmpty()) {
      return;
    }
    ConfigPath overridesPath = ConfigPath.of("resources", resourceName, "overrides");
    List<String> children = context.template().childrenOf(resourceName);
    for (Map.Entry<String, ConfigNode> entry : resource.overrides().entrySet()) {
      String logicalId = entry.getKey();
      ConfigPath childPath = overridesPath.key(logicalId);
      if (!children.contains(logicalId)) {
        Optional<String> suggestion = Suggestions.didYouMean(logicalId, children);
        context
            .diagnostics()
            .error(
                Code.CONFIG_UNKNOWN_OVERRIDE_TARGET,
                childPath,
                "'" + logicalId + "' is not a CloudFormation resource of '" + resourceName + "'.",
                (suggestion.isPresent() ? suggestion.get() + " " : "")
                    + "Its resources: "
                    + String.join(", ", children)
                    + ".");
        continue;
      }
      JsonValue patch = context.values().resolve(entry.getValue(), childPath);
      if (!(patch instanceof JsonObject patches)) {
        context
            .diagnostics()
            .error(
                Code.CONFIG_WRONG_TYPE,
                childPath,
                "Overrides of '" + logicalId + "' must be a mapping of property paths to values.");
        continue;
      }
      CfResource current = context.template().get(logicalId).orElseThrow();
      JsonObject properties = current.properties();
      for (Map.Entry<String, JsonValue> override : patches.members().entrySet()) {
        List<String> segments = Arrays.asList(override.getKey().split("\\.", -1));
        Optional<String> problem = listIndexProblem(properties, segments);
        if (problem.isPresent()) {
          context
              .diagnostics()
              .error(
                  Code.CONFIG_INVALID_VALUE,
                  childPath.key(override.getKey()),
                  "Override path '" + UserText.excerpt(override.getKey()) + "': " + problem.get(),
                  "A list index may name an existing item or the one after the last.");
          continue;
        }
        properties = set(properties, segments, override.getValue());
      }
      context.template().replace(logicalId, current.withProperties(properties));
    }
  }

  /**
   * Why a numeric segment of {@code path} cannot index the list it meets (too large to add: only an
   * existing item or the next one can be set), or empty.
   */
  private static Optional<String> listIndexProblem(JsonObject target, List<String> path) {
    JsonValue current = target;
    for (String segment : path) {
      if (current instanceof JsonArray list && segment.matches("[0-9]+")) {
        int size = list.items().size();
        if (segment.length() > 9 || Integer.parseInt(segment) > size) {
          return Optional.of(
              "index "
                  + UserText.excerpt(segment)
                  + " is past the end of a list of "
                  + size
                  + " item(s).");
        }
        int index = Integer.parseInt(segment);
        if (index == size) {
          return Optional.empty();
        }
        current = list.items().get(index);
      } else if (current instanceof JsonObject object) {
        current = object.get(segment).orElse(JsonObject.EMPTY);
      } else {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static JsonObject set(JsonObject target, List<String> path, JsonValue value) {
    String head = path.get(0);
    JsonValue existing = target.get(head).orElse(JsonObject.EMPTY);
    if (path.size() == 1) {
      if (value instanceof JsonObject patch && existing instanceof JsonObject base) {
        return target.with(head, deepMerge(base, patch));
      }
      return target.with(head, value);
    }
    List<String> rest = path.subList(1, path.size());
    if (existing instanceof JsonArray list && rest.get(0).matches("[0-9]+")) {
      int index = Integer.parseInt(rest.get(0));
      List<JsonValue> items = new ArrayList<>(list.items());
      while (items.size() <= index) {
        items.add(JsonObject.EMPTY);
      }
      JsonValue item = items.get(index);
      items.set(
          index,
          rest.size() == 1
              ? value
              : set(
                  item instanceof JsonObject object ? object : JsonObject.EMPTY,
                  rest.subList(1, rest.size()),
                  value));
      return target.with(head, new JsonArray(items));
    }
    JsonObject child = existing instanceof JsonObject object ? object : JsonObject.EMPTY;
    return target.with(head, set(child, rest, value));
  }

  private static JsonObject deepMerge(JsonObject base, JsonObject patch) {
    JsonObject merged = base;
    for (Map.Entry<String, JsonValue> member : patch.members().entrySet()) {
      JsonValue existing = merged.get(member.getKey()).orElse(null);
      merged =
          existing instanceof JsonObject a && member.getValue() instanceof JsonObject b
              ? merged.with(member.getKey(), deepMerge(a, b))
              : merged.with(member.getKey(), member.getValue());
    }
    return merged;
  }
}
