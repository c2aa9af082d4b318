package dev.formwork.schema.jsonschema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import org.junit.jupiter.api.Test;

/**
 * The generated schema carries the model's descriptions, defaults, ranges, enums and required keys.
 */
class JsonSchemaGeneratorTest {

  private final JsonObject schema = JsonSchemaGenerator.generate();

  private JsonObject definition(String name) {
    return (JsonObject) ((JsonObject) schema.get("$defs").orElseThrow()).get(name).orElseThrow();
  }

  private static JsonObject property(JsonObject definition, String name) {
    return (JsonObject)
        ((JsonObject) definition.get("properties").orElseThrow()).get(name).orElseThrow();
  }

  @Test
  void functionDefaultsAndRangesComeFromTheModel() {
    JsonObject function = definition("FunctionProperties");
    JsonObject memory = property(function, "memory");
    assertEquals(
        "1024",
        memory.get("default").map(dev.formwork.schema.json.JsonWriter::compact).orElseThrow());
    JsonObject integer = (JsonObject) ((JsonArray) memory.get("anyOf").orElseThrow()).get(0);
    assertEquals(
        "128",
        integer.get("minimum").map(dev.formwork.schema.json.JsonWriter::compact).orElseThrow());
    assertEquals(
        "10240",
        integer.get("maximum").map(dev.formwork.schema.json.JsonWriter::compact).orElseThrow());
    assertEquals(
        "3",
        property(function, "timeout")
            .get("default")
            .map(dev.formwork.schema.json.JsonWriter::compact)
            .orElseThrow());
    assertEquals(
        "512",
        property(function, "storage")
            .get("default")
            .map(dev.formwork.schema.json.JsonWriter::compact)
            .orElseThrow());
    assertEquals(
        new JsonString("x86_64"), property(function, "architecture").get("default").orElseThrow());
    assertTrue(property(function, "memory").has("description"));
    assertEquals(
        JsonArray.ofStrings(java.util.List.of("packaging")),
        function.get("required").orElseThrow());
    assertEquals(JsonValue.of(false), function.get("additionalProperties").orElseThrow());
  }

  @Test
  void unionsAreOneOfWithConstantDiscriminators() {
    JsonArray events = (JsonArray) definition("FunctionEvent").get("oneOf").orElseThrow();
    assertEquals(12, events.size());
    JsonObject first = (JsonObject) events.get(0);
    JsonObject type = property(first, "type");
    assertEquals(new JsonString("http-api-gateway"), type.get("const").orElseThrow());
  }

  @Test
  void notSupportedPropertiesAreLeftOutOfTheSchema() {
    assertTrue(
        !((JsonObject) definition("FunctionProperties").get("properties").orElseThrow())
            .has("cdn"));
  }
}
