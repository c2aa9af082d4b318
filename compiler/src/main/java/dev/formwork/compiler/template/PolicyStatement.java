package dev.formwork.compiler.template;

import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.json.JsonWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An IAM policy statement whose action and resource sets are sorted and de-duplicated, so the same
 * permissions always serialise to the same bytes whatever order they were granted in.
 */
public record PolicyStatement(
    Optional<String> sid,
    String effect,
    List<String> actions,
    List<JsonValue> resources,
    Optional<JsonValue> condition) {

  // A class, not a lambda or Comparator.comparing: see "Start-up" in docs/architecture.md.
  private static final Comparator<PolicyStatement> BY_JSON_TEXT =
      new Comparator<>() {
        @Override
        public int compare(PolicyStatement a, PolicyStatement b) {
          return JsonWriter.compact(a.toJson()).compareTo(JsonWriter.compact(b.toJson()));
        }
      };

  public PolicyStatement {
    actions = List.copyOf(new TreeSet<>(actions));
    TreeMap<String, JsonValue> unique = new TreeMap<>();
    for (JsonValue resource : resources) {
      unique.put(JsonWriter.compact(resource), resource);
    }
    resources = List.copyOf(unique.values());
  }

  public static PolicyStatement allow(List<String> actions, List<JsonValue> resources) {
    return new PolicyStatement(Optional.empty(), "Allow", actions, resources, Optional.empty());
  }

  public static PolicyStatement allow(String action, JsonValue resource) {
    return allow(List.of(action), List.of(resource));
  }

  public JsonObject toJson() {
    JsonObject.Builder json =
        JsonObject.builder()
            .put("Effect", effect)
            .put(
                "Action",
                actions.size() == 1 ? new JsonString(actions.get(0)) : JsonArray.ofStrings(actions))
            .put("Resource", resources.size() == 1 ? resources.get(0) : new JsonArray(resources));
    json.putIfPresent("Sid", sid);
    json.putIfPresent("Condition", condition);
    return json.build();
  }

  /**
   * Merges statements that differ only in their resources, then sorts them, so that the policy does
   * not depend on the order in which events or connectTo entries granted access.
   */
  public static List<PolicyStatement> normalize(List<PolicyStatement> statements) {
    TreeMap<String, PolicyStatement> merged = new TreeMap<>();
    List<PolicyStatement> withSid = new ArrayList<>();
    for (PolicyStatement statement : statements) {
      if (statement.sid().isPresent()) {
        withSid.add(statement);
        continue;
      }
      String key =
          statement.effect()
              + "|"
              + statement.actions()
              + "|"
              + (statement.condition().isPresent()
                  ? JsonWriter.compact(statement.condition().get())
                  : "");
      PolicyStatement existing = merged.get(key);
      if (existing == null) {
        merged.put(key, statement);
      } else {
        List<JsonValue> resources = new ArrayList<>(existing.resources());
        resources.addAll(statement.resources());
        merged.put(
            key,
            new PolicyStatement(
                Optional.empty(),
                existing.effect(),
                existing.actions(),
                resources,
                existing.condition()));
      }
    }
    List<PolicyStatement> result = new ArrayList<>(merged.values());
    result.addAll(withSid);
    result.sort(BY_JSON_TEXT);
    return List.copyOf(result);
  }

  /** A policy document: {@code Version 2012-10-17} and the normalised statements. */
  public static JsonObject document(List<PolicyStatement> statements) {
    List<JsonValue> json = new ArrayList<>();
    for (PolicyStatement statement : normalize(statements)) {
      json.add(statement.toJson());
    }
    return JsonObject.builder()
        .put("Version", "2012-10-17")
        .put("Statement", new JsonArray(json))
        .build();
  }
}
