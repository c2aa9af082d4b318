package dev.formwork.schema.json;

/**
 * An immutable JSON value. Objects keep their keys sorted, so anything written from this model is
 * byte-for-byte deterministic. Used for templates, manifests and machine-readable output.
 */
public sealed interface JsonValue
    permits JsonObject, JsonArray, JsonString, JsonNumber, JsonBool, JsonNull {

  static JsonString of(String text) {
    return new JsonString(text);
  }

  static JsonNumber of(long number) {
    return JsonNumber.of(number);
  }

  static JsonBool of(boolean value) {
    return value ? JsonBool.TRUE : JsonBool.FALSE;
  }
}
