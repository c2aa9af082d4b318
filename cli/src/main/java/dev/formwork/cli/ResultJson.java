package dev.formwork.cli;

import dev.formwork.deployer.DeployResult;
import dev.formwork.deployer.diff.ConfigLabels;
import dev.formwork.deployer.diff.Replacements;
import dev.formwork.deployer.diff.TemplateDiff;
import dev.formwork.deployer.info.StackInfo;
import dev.formwork.deployer.stack.ChangeSetSummary;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonNull;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * The JSON documents of {@code --output json}, one per command, with sorted keys. Field names are
 * part of formwork's interface: docs/cli.md lists them.
 */
final class ResultJson {

  private ResultJson() {}

  /**
   * deploy and preview: the outcome, whether the change set changes anything, its changes in config
   * terms, and the stack outputs.
   */
  static JsonObject deploy(String stack, DeployResult result, ConfigLabels labels) {
    return JsonObject.builder()
        .put("stack", stack)
        .put("outcome", result.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-'))
        .put("message", result.message())
        .put("exitCode", result.exitCode())
        .put(
            "changed",
            result
                .changes()
                .<JsonValue>map(summary -> JsonValue.of(!summary.isEmpty()))
                .orElse(JsonNull.INSTANCE))
        .put(
            "changes",
            result.changes().map(summary -> changes(summary, labels)).orElse(JsonNull.INSTANCE))
        .put("outputs", strings(result.outputs()))
        .build();
  }

  /**
   * A change set's changes, each named in config terms where the compile knows them; a nested
   * stack's own changes under its stack resource's entry, as {@code nestedChanges}.
   */
  static JsonValue changes(ChangeSetSummary summary, ConfigLabels labels) {
    List<JsonValue> entries = new ArrayList<>();
    for (ChangeSetSummary.Entry entry : summary.entries()) {
      List<JsonValue> properties = new ArrayList<>();
      for (String name : entry.changedProperties()) {
        properties.add(
            JsonObject.builder()
                .put("name", name)
                .put("configProperty", text(labels.property(entry.resourceType(), name)))
                .put("forcesReplacement", entry.replacedBy().contains(name))
                .build());
      }
      JsonObject.Builder change = JsonObject.builder();
      ChangeSetSummary inside = summary.nested().get(entry.logicalId());
      if (inside != null) {
        change.put("nestedChanges", changes(inside, labels));
      }
      entries.add(
          change
              .put("action", entry.kind().verb())
              .put("logicalId", entry.logicalId())
              .put("type", entry.resourceType())
              .put("configResource", text(labels.owner(entry.logicalId())))
              .put("conditional", entry.conditional())
              .put("dataLoss", entry.risky())
              .put("replacedBy", JsonArray.ofStrings(entry.replacedBy()))
              .put(
                  "note",
                  entry.kind() == ChangeSetSummary.Kind.REPLACE
                      ? text(
                          Replacements.consequence(
                              entry.resourceType(), new TreeSet<>(entry.replacedBy())))
                      : JsonNull.INSTANCE)
              .put("properties", new JsonArray(properties))
              .build());
    }
    return new JsonArray(entries);
  }

  /** info: the status, outputs, resources, and every config resource's parameters. */
  static JsonObject info(StackInfo info, Map<String, Map<String, String>> params) {
    List<JsonValue> resources = new ArrayList<>();
    for (StackInfo.Resource resource : info.resources()) {
      resources.add(
          JsonObject.builder()
              .put("logicalId", resource.logicalId())
              .put("type", resource.type())
              .put("physicalId", resource.physicalId())
              .put("status", resource.status())
              .build());
    }
    JsonObject.Builder byResource = JsonObject.builder();
    params.forEach((name, values) -> byResource.put(name, strings(values)));
    return JsonObject.builder()
        .put("stack", info.stackName())
        .put("status", info.status())
        .put("statusReason", optional(info.statusReason()))
        .put("outputs", strings(info.outputs()))
        .put("resources", new JsonArray(resources))
        .put("resourceParams", byResource.build())
        .build();
  }

  /**
   * diff: whether anything changed, and each added, removed or changed resource (in config terms,
   * with what forces a replacement) and output; for an app split into nested stacks, the same for
   * each nested stack that differs, under {@code nestedStacks} by its logical ID in the root.
   */
  static JsonObject diff(
      String stack,
      TemplateDiff diff,
      SortedMap<String, TemplateDiff> nested,
      ConfigLabels labels) {
    JsonObject.Builder nestedStacks = JsonObject.builder();
    nested.forEach((logicalId, inside) -> nestedStacks.put(logicalId, diff(inside, labels)));
    JsonObject root = diff(diff, labels);
    return JsonObject.builder()
        .put("stack", stack)
        .put("changed", !diff.isEmpty() || !nested.isEmpty())
        .put("resources", root.get("resources").orElseThrow())
        .put("outputs", root.get("outputs").orElseThrow())
        .put("nestedStacks", nestedStacks.build())
        .build();
  }

  /** One template's changed resources and outputs. */
  private static JsonObject diff(TemplateDiff diff, ConfigLabels labels) {
    List<JsonValue> resources = new ArrayList<>();
    for (TemplateDiff.Entry entry : diff.resources()) {
      List<JsonValue> properties = new ArrayList<>();
      for (TemplateDiff.PropertyChange change : entry.changes()) {
        String path = change.path().replaceFirst("^Properties\\.", "");
        properties.add(
            JsonObject.builder()
                .put("path", change.path())
                .put("configProperty", text(labels.property(entry.type(), path)))
                .put("before", change.before().orElse(JsonNull.INSTANCE))
                .put("after", change.after().orElse(JsonNull.INSTANCE))
                .put("forcesReplacement", change.forcesReplacement())
                .build());
      }
      Set<String> forcing = entry.replacedBy();
      resources.add(
          JsonObject.builder()
              .put("change", forcing.isEmpty() ? entry.kind().verb() : "replace")
              .put("logicalId", entry.id())
              .put("type", entry.type())
              .put("configResource", text(labels.owner(entry.id())))
              .put("replacedBy", JsonArray.ofStrings(List.copyOf(forcing)))
              .put(
                  "note",
                  forcing.isEmpty()
                      ? JsonNull.INSTANCE
                      : text(Replacements.consequence(entry.type(), forcing)))
              .put("properties", new JsonArray(properties))
              .build());
    }
    List<JsonValue> outputs = new ArrayList<>();
    for (TemplateDiff.Entry entry : diff.outputs()) {
      outputs.add(
          JsonObject.builder().put("change", entry.kind().verb()).put("name", entry.id()).build());
    }
    return JsonObject.builder()
        .put("changed", !diff.isEmpty())
        .put("resources", new JsonArray(resources))
        .put("outputs", new JsonArray(outputs))
        .build();
  }

  private static JsonValue text(Optional<String> value) {
    return value.<JsonValue>map(JsonString::new).orElse(JsonNull.INSTANCE);
  }

  static JsonValue optional(Optional<String> value) {
    return value.<JsonValue>map(JsonString::new).orElse(JsonNull.INSTANCE);
  }

  static JsonObject strings(Map<String, String> values) {
    JsonObject.Builder object = JsonObject.builder();
    values.forEach(object::put);
    return object.build();
  }
}
