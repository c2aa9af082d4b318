package dev.formwork.deployer.template;

import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.json.JsonWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Keeps the deployed logical ID of an event source mapping or SNS subscription whose ID changed
 * while its function and source did not, so the change is an update instead of a replacement.
 *
 * <p>Why: CloudFormation creates a resource under a new ID before it deletes the old one. Lambda
 * refuses a second mapping of a function on one source ("An event source mapping with SQS arn ...
 * already exists"), so the deploy would fail and roll back; SNS answers a second subscription of
 * one endpoint to one topic with the existing subscription, which the cleanup then deletes, so the
 * function would silently stop receiving messages. This happens once for stacks deployed before
 * formwork named per-event resources by identity (their mappings had content hashes in their IDs;
 * docs/updates.md), and whenever an ID changes for a source that did not.
 *
 * <p>A pair is carried over only when exactly one removed and one added resource of the type share
 * the function and source, and nothing in the template refers to the new ID.
 */
public final class MappingIdCarryOver {

  /** The properties that make two resources of a type the same mapping or subscription. */
  private static final Map<String, List<String>> SAME_WHEN_EQUAL =
      Map.of(
          "AWS::Lambda::EventSourceMapping",
          List.of("FunctionName", "EventSourceArn", "SelfManagedEventSource", "Topics", "Queues"),
          "AWS::SNS::Subscription",
          List.of("Endpoint", "Protocol", "TopicArn"));

  private MappingIdCarryOver() {}

  /** One carried-over ID: the ID the local template gave and the deployed one it keeps. */
  public record Kept(String localId, String deployedId, String type) {}

  /** The template to send, and what was kept. */
  public record Result(JsonObject template, List<Kept> kept) {}

  public static Result apply(JsonObject deployed, JsonObject local) {
    JsonObject deployedResources = resources(deployed);
    JsonObject localResources = resources(local);
    List<Kept> kept = new ArrayList<>();
    for (Map.Entry<String, List<String>> type : SAME_WHEN_EQUAL.entrySet()) {
      Map<String, List<String>> removed =
          byIdentity(deployedResources, localResources, type.getKey(), type.getValue());
      Map<String, List<String>> added =
          byIdentity(localResources, deployedResources, type.getKey(), type.getValue());
      for (Map.Entry<String, List<String>> entry : added.entrySet()) {
        List<String> old = removed.getOrDefault(entry.getKey(), List.of());
        if (entry.getValue().size() == 1
            && old.size() == 1
            && !referenced(local, entry.getValue().get(0))) {
          kept.add(new Kept(entry.getValue().get(0), old.get(0), type.getKey()));
        }
      }
    }
    if (kept.isEmpty()) {
      return new Result(local, List.of());
    }
    JsonObject renamed = localResources;
    for (Kept pair : kept) {
      JsonValue resource = renamed.get(pair.localId()).orElseThrow();
      renamed = renamed.without(pair.localId()).with(pair.deployedId(), resource);
    }
    kept.sort((a, b) -> a.deployedId().compareTo(b.deployedId()));
    return new Result(local.with("Resources", renamed), List.copyOf(kept));
  }

  /**
   * The resources of a type in {@code from} whose IDs {@code other} lacks, by the compact JSON of
   * the properties that identify them.
   */
  private static Map<String, List<String>> byIdentity(
      JsonObject from, JsonObject other, String type, List<String> identity) {
    Map<String, List<String>> ids = new TreeMap<>();
    for (Map.Entry<String, JsonValue> resource : from.members().entrySet()) {
      if (other.get(resource.getKey()).isPresent()
          || !(resource.getValue() instanceof JsonObject object)
          || !new JsonString(type).equals(object.get("Type").orElse(null))) {
        continue;
      }
      JsonObject properties =
          object.get("Properties").orElse(JsonObject.EMPTY) instanceof JsonObject p
              ? p
              : JsonObject.EMPTY;
      JsonObject.Builder key = JsonObject.builder();
      for (String name : identity) {
        properties.get(name).ifPresent(value -> key.put(name, value));
      }
      ids.computeIfAbsent(JsonWriter.compact(key.build()), k -> new ArrayList<>())
          .add(resource.getKey());
    }
    return ids;
  }

  /** True when anything in the template names the ID (Ref, GetAtt, DependsOn, Sub). */
  private static boolean referenced(JsonObject template, String logicalId) {
    JsonObject withoutIt = template.with("Resources", resources(template).without(logicalId));
    return mentions(withoutIt, logicalId);
  }

  private static boolean mentions(JsonValue value, String logicalId) {
    if (value instanceof JsonString text) {
      return text.value().equals(logicalId)
          || text.value().startsWith(logicalId + ".")
          || text.value().contains("${" + logicalId);
    }
    if (value instanceof JsonArray array) {
      return array.items().stream().anyMatch(item -> mentions(item, logicalId));
    }
    if (value instanceof JsonObject object) {
      return object.members().values().stream().anyMatch(item -> mentions(item, logicalId));
    }
    return false;
  }

  private static JsonObject resources(JsonObject template) {
    Optional<JsonValue> resources = template.get("Resources");
    return resources.isPresent() && resources.get() instanceof JsonObject object
        ? object
        : JsonObject.EMPTY;
  }

  /** The line that tells the user an ID was kept, and why. */
  public static String describe(Kept kept) {
    return "Kept the deployed logical ID "
        + kept.deployedId()
        + " for "
        + kept.localId()
        + " ("
        + kept.type()
        + ", same function and source): it is updated in place, not replaced.";
  }
}
