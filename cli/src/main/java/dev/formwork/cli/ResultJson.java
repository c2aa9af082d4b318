package dev.formwork.cli;

import dev.formwork.deployer.DeployResult;
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

/**
 * The JSON documents of {@code --output json}, one per command, with sorted keys. Field names are
 * part of formwork's interface: docs/cli.md lists them.
 */
final class ResultJson {

  private ResultJson() {}

  /** deploy and preview: the outcome, the change summary and the stack outputs. */
  static JsonObject deploy(String stack, DeployResult result) {
    return JsonObject.builder()
        .put("stack", stack)
        .put("outcome", result.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-'))
        .put("message", result.message())
        .put("exitCode", result.exitCode())
        .put("changes", result.changes().map(ResultJson::changes).orElse(JsonNull.INSTANCE))
        .put("outputs", strings(result.outputs()))
        .build();
  }

  static JsonValue changes(ChangeSetSummary summary) {
    List<JsonValue> entries = new ArrayList<>();
    for (ChangeSetSummary.Entry entry : summary.entries()) {
      entries.add(
          JsonObject.builder()
              .put("action", entry.kind().verb())
              .put("logicalId", entry.logicalId())
              .put("type", entry.resourceType())
              .put("conditional", entry.conditional())
              .put("dataLoss", entry.risky())
              .put("properties", texts(entry.changedProperties()))
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

  /** diff: each added, removed or changed resource and output, with the changed properties. */
  static JsonObject diff(String stack, TemplateDiff diff) {
    return JsonObject.builder()
        .put("stack", stack)
        .put("identical", diff.isEmpty())
        .put("resources", entries(diff.resources()))
        .put("outputs", entries(diff.outputs()))
        .build();
  }

  private static JsonValue entries(List<TemplateDiff.Entry> entries) {
    List<JsonValue> items = new ArrayList<>();
    for (TemplateDiff.Entry entry : entries) {
      List<JsonValue> changes = new ArrayList<>();
      for (TemplateDiff.PropertyChange change : entry.changes()) {
        changes.add(
            JsonObject.builder()
                .put("path", change.path())
                .put("before", optional(change.before()))
                .put("after", optional(change.after()))
                .build());
      }
      items.add(
          JsonObject.builder()
              .put("change", entry.kind().name().toLowerCase(Locale.ROOT))
              .put("id", entry.id())
              .put("type", entry.type())
              .put("properties", new JsonArray(changes))
              .build());
    }
    return new JsonArray(items);
  }

  static JsonValue optional(Optional<String> value) {
    return value.<JsonValue>map(JsonString::new).orElse(JsonNull.INSTANCE);
  }

  static JsonObject strings(Map<String, String> values) {
    JsonObject.Builder object = JsonObject.builder();
    values.forEach(object::put);
    return object.build();
  }

  private static JsonArray texts(List<String> values) {
    List<JsonValue> items = new ArrayList<>();
    values.forEach(value -> items.add(new JsonString(value)));
    return new JsonArray(items);
  }
}
