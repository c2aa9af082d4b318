package dev.formwork.schema.json;

/** The JSON null literal, as a value so that the model itself never holds Java null. */
public enum JsonNull implements JsonValue {
  INSTANCE
}
