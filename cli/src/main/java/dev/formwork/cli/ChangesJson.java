package dev.formwork.cli;

import dev.formwork.deployer.diff.ConfigLabels;
import dev.formwork.deployer.diff.Replacements;
import dev.formwork.deployer.diff.TemplateDiff;
import dev.formwork.deployer.stack.ChangeSetSummary;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonNull;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code diff --output json} and {@code preview --output json}: the same content as the text, as
 * data for a pull-request comment or a CI gate. Keys are sorted (the JSON model sorts them); each
 * change names its logical ID, type, the config resource that produced it, its properties with the
 * config property behind each, and what forces a replacement.
 */
final class ChangesJson {

  private ChangesJson() {}

  static JsonObject diff(String stack, TemplateDiff diff, ConfigLabels labels) {
    List<JsonValue> resources = new ArrayList<>();
    for (TemplateDiff.Entry entry : diff.resources()) {
      List<JsonValue> properties = new ArrayList<>();
      for (TemplateDiff.PropertyChange change : entry.changes()) {
        String path = change.path().replaceFirst("^Properties\\.", "");
        properties.add(
            JsonObject.builder()
                .put("path", change.path())
                .put("configProperty", text(labels.property(entry.type(), path).orElse(null)))
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
              .put("configResource", text(labels.owner(entry.id()).orElse(null)))
              .put("replacedBy", JsonArray.ofStrings(List.copyOf(forcing)))
              .put(
                  "note",
                  text(
                      forcing.isEmpty()
                          ? null
                          : Replacements.consequence(entry.type(), forcing).orElse(null)))
              .put("properties", new JsonArray(properties))
              .build());
    }
    List<JsonValue> outputs = new ArrayList<>();
    for (TemplateDiff.Entry entry : diff.outputs()) {
      outputs.add(
          JsonObject.builder().put("change", entry.kind().verb()).put("name", entry.id()).build());
    }
    return JsonObject.builder()
        .put("stack", stack)
        .put("changed", !diff.isEmpty())
        .put("resources", new JsonArray(resources))
        .put("outputs", new JsonArray(outputs))
        .build();
  }

  static JsonObject preview(String stack, ChangeSetSummary summary, ConfigLabels labels) {
    List<JsonValue> resources = new ArrayList<>();
    for (ChangeSetSummary.Entry entry : summary.entries()) {
      List<JsonValue> properties = new ArrayList<>();
      for (String name : entry.changedProperties()) {
        properties.add(
            JsonObject.builder()
                .put("name", name)
                .put(
                    "configProperty",
                    text(labels.property(entry.resourceType(), name).orElse(null)))
                .put("forcesReplacement", entry.replacedBy().contains(name))
                .build());
      }
      resources.add(
          JsonObject.builder()
              .put("change", entry.kind().verb())
              .put("logicalId", entry.logicalId())
              .put("type", entry.resourceType())
              .put("configResource", text(labels.owner(entry.logicalId()).orElse(null)))
              .put("conditional", entry.conditional())
              .put("replacedBy", JsonArray.ofStrings(entry.replacedBy()))
              .put(
                  "note",
                  text(
                      entry.kind() == ChangeSetSummary.Kind.REPLACE
                          ? Replacements.consequence(
                                  entry.resourceType(), new TreeSet<>(entry.replacedBy()))
                              .orElse(null)
                          : null))
              .put("dataLoss", entry.risky())
              .put("properties", new JsonArray(properties))
              .build());
    }
    JsonObject.Builder counts = JsonObject.builder();
    for (Map.Entry<ChangeSetSummary.Kind, Integer> count : summary.counts().entrySet()) {
      counts.put(count.getKey().verb(), count.getValue());
    }
    return JsonObject.builder()
        .put("stack", stack)
        .put("changed", !summary.isEmpty())
        .put("counts", counts.build())
        .put("resources", new JsonArray(resources))
        .build();
  }

  private static JsonValue text(String value) {
    return value == null ? JsonNull.INSTANCE : JsonValue.of(value);
  }
}
