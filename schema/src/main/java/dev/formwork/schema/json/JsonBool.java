package dev.formwork.schema.json;

/** A JSON boolean. */
public record JsonBool(boolean value) implements JsonValue {
  public static final JsonBool TRUE = new JsonBool(true);
  public static final JsonBool FALSE = new JsonBool(false);
}
