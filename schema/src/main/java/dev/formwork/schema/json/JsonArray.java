package dev.formwork.schema.json;

import java.util.ArrayList;
import java.util.List;

/** A JSON array; keeps the order it was built in. */
public record JsonArray(List<JsonValue> items) implements JsonValue {
  public static final JsonArray EMPTY = new JsonArray(List.of());

  public JsonArray {
    items = List.copyOf(items);
  }

  public static JsonArray of(JsonValue... items) {
    return new JsonArray(List.of(items));
  }

  public static JsonArray ofStrings(List<String> texts) {
    List<JsonValue> items = new ArrayList<>(texts.size());
    for (String text : texts) {
      items.add(new JsonString(text));
    }
    return new JsonArray(items);
  }

  public int size() {
    return items.size();
  }

  public JsonValue get(int index) {
    return items.get(index);
  }
}
