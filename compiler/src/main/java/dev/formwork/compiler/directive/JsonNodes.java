package dev.formwork.compiler.directive;

import dev.formwork.schema.diag.SourceLocation;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonBool;
import dev.formwork.schema.json.JsonNull;
import dev.formwork.schema.json.JsonNumber;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.json.JsonWriter;
import dev.formwork.schema.node.ConfigNode;
import dev.formwork.schema.node.DeferredNode;
import dev.formwork.schema.node.ListNode;
import dev.formwork.schema.node.MapNode;
import dev.formwork.schema.node.ScalarKind;
import dev.formwork.schema.node.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Converts between JSON values (files, custom directive I/O) and config nodes. */
final class JsonNodes {

  private JsonNodes() {}

  /** The JSON value as config nodes, every node located at {@code location}. */
  static ConfigNode toNode(JsonValue value, SourceLocation location) {
    if (value instanceof JsonObject object) {
      List<MapNode.Entry> entries = new ArrayList<>();
      for (Map.Entry<String, JsonValue> member : object.members().entrySet()) {
        entries.add(
            new MapNode.Entry(member.getKey(), location, toNode(member.getValue(), location)));
      }
      return MapNode.of(entries, location);
    }
    if (value instanceof JsonArray array) {
      List<ConfigNode> items = new ArrayList<>();
      array.items().forEach(item -> items.add(toNode(item, location)));
      return new ListNode(items, location);
    }
    if (value instanceof JsonString string) {
      return ScalarNode.string(string.value(), location);
    }
    if (value instanceof JsonNumber number) {
      return new ScalarNode(
          number.text(), number.isIntegral() ? ScalarKind.INTEGER : ScalarKind.FLOAT, location);
    }
    if (value instanceof JsonBool bool) {
      return new ScalarNode(Boolean.toString(bool.value()), ScalarKind.BOOLEAN, location);
    }
    return new ScalarNode("null", ScalarKind.NULL, location);
  }

  /** The node as JSON; a template-time directive is written as its source text. */
  static JsonValue toJson(ConfigNode node) {
    if (node instanceof MapNode map) {
      JsonObject.Builder builder = JsonObject.builder();
      map.entries().values().forEach(entry -> builder.put(entry.key(), toJson(entry.value())));
      return builder.build();
    }
    if (node instanceof ListNode list) {
      List<JsonValue> items = new ArrayList<>();
      list.items().forEach(item -> items.add(toJson(item)));
      return new JsonArray(items);
    }
    if (node instanceof DeferredNode deferred) {
      return new JsonString(deferred.call().sourceText());
    }
    ScalarNode scalar = (ScalarNode) node;
    return switch (scalar.kind()) {
      case BOOLEAN -> ScalarText.of(scalar).equals("true") ? JsonBool.TRUE : JsonBool.FALSE;
      case NULL -> JsonNull.INSTANCE;
      case INTEGER, FLOAT ->
          JsNumbers.parseYaml(scalar.text())
              .<JsonValue>map(JsonNumber::new)
              .orElseGet(() -> new JsonString(scalar.text()));
      default -> new JsonString(scalar.text());
    };
  }

  /** Shortens JSON text for messages. */
  static String preview(ConfigNode node, int limit) {
    String text = JsonWriter.compact(toJson(node));
    return text.length() <= limit ? text : text.substring(0, limit) + "...";
  }
}
