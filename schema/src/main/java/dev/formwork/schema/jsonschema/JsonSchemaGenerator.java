package dev.formwork.schema.jsonschema;

import dev.formwork.schema.bind.ConfigEnum;
import dev.formwork.schema.bind.Property;
import dev.formwork.schema.bind.RecordShape;
import dev.formwork.schema.bind.Union;
import dev.formwork.schema.bind.Variant;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonNumber;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.model.FormworkConfig;
import dev.formwork.schema.node.ConfigNode;
import dev.formwork.schema.value.TextValue;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Generates the JSON Schema (draft 2020-12) of the config language from the model records and their
 * annotations, so descriptions, defaults, ranges and enums come from the one source of truth.
 */
public final class JsonSchemaGenerator {

  /** Any string that starts like a directive, accepted wherever a typed value is expected. */
  private static final JsonObject DIRECTIVE_STRING =
      JsonObject.builder()
          .put("type", "string")
          .put("pattern", "^\\$[A-Za-z_][A-Za-z0-9_]*\\(")
          .build();

  private final Map<String, JsonValue> definitions = new TreeMap<>();

  private JsonSchemaGenerator() {}

  /** The schema of a whole config file. */
  public static JsonObject generate() {
    JsonSchemaGenerator generator = new JsonSchemaGenerator();
    JsonObject root = generator.recordSchema(FormworkConfig.class, Optional.empty());
    return root.toBuilder()
        .put("$schema", "https://json-schema.org/draft/2020-12/schema")
        .put("$id", "https://formwork.dev/schema/formwork.schema.json")
        .put("title", "formwork config")
        .put("$defs", JsonObject.of(generator.definitions))
        .build();
  }

  private JsonObject typeSchema(Type type, Optional<Property> rules) {
    Class<?> raw = Property.raw(type);
    if (raw == Optional.class) {
      return typeSchema(Property.argument(type, 0), rules);
    }
    if (raw == ConfigNode.class) {
      return JsonObject.EMPTY;
    }
    if (raw == TextValue.class) {
      return JsonObject.of("type", JsonArray.ofStrings(List.of("string", "number", "boolean")));
    }
    if (raw == String.class) {
      JsonObject.Builder string = JsonObject.builder().put("type", "string");
      rules
          .flatMap(Property::pattern)
          .ifPresent(p -> string.put("pattern", "^(?:" + p.regex() + ")$"));
      return string.build();
    }
    if (raw == int.class
        || raw == Integer.class
        || raw == long.class
        || raw == Long.class
        || raw == double.class
        || raw == Double.class) {
      boolean integral = raw != double.class && raw != Double.class;
      JsonObject.Builder number = JsonObject.builder().put("type", integral ? "integer" : "number");
      rules
          .flatMap(Property::range)
          .ifPresent(
              range -> {
                if (range.min() != Double.NEGATIVE_INFINITY) {
                  number.put("minimum", JsonNumber.of(range.min()));
                }
                if (range.max() != Double.POSITIVE_INFINITY) {
                  number.put("maximum", JsonNumber.of(range.max()));
                }
              });
      return orDirective(number.build());
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return orDirective(JsonObject.of("type", new JsonString("boolean")));
    }
    if (raw.isEnum()) {
      List<String> values = new ArrayList<>();
      for (Object constant : raw.getEnumConstants()) {
        values.add(((ConfigEnum) constant).configValue());
      }
      return orDirective(JsonObject.of("enum", JsonArray.ofStrings(values)));
    }
    if (raw == List.class) {
      return JsonObject.builder()
          .put("type", "array")
          .put("items", typeSchema(Property.argument(type, 0), rules))
          .build();
    }
    if (raw == Map.class) {
      return JsonObject.builder()
          .put("type", "object")
          .put("additionalProperties", typeSchema(Property.argument(type, 1), Optional.empty()))
          .build();
    }
    if (raw.isRecord()) {
      return reference(raw, () -> recordSchema(raw, Optional.empty()));
    }
    if (raw.isInterface() && raw.isAnnotationPresent(Union.class)) {
      return reference(raw, () -> unionSchema(raw));
    }
    throw new IllegalStateException("no JSON Schema mapping for " + type);
  }

  private static JsonObject orDirective(JsonObject typed) {
    return JsonObject.of("anyOf", JsonArray.of(typed, DIRECTIVE_STRING));
  }

  private JsonObject reference(Class<?> type, java.util.function.Supplier<JsonObject> schema) {
    String name = definitionName(type);
    if (!definitions.containsKey(name)) {
      definitions.put(name, JsonObject.EMPTY); // placeholder that breaks recursion
      definitions.put(name, schema.get());
    }
    return JsonObject.of("$ref", new JsonString("#/$defs/" + name));
  }

  private static String definitionName(Class<?> type) {
    StringBuilder name = new StringBuilder(type.getSimpleName());
    for (Class<?> outer = type.getEnclosingClass();
        outer != null;
        outer = outer.getEnclosingClass()) {
      name.insert(0, outer.getSimpleName());
    }
    return name.toString();
  }

  private JsonObject recordSchema(Class<?> type, Optional<Variant> tag) {
    RecordShape shape = RecordShape.of(type);
    JsonObject.Builder properties = JsonObject.builder();
    List<String> required = new ArrayList<>();
    tag.ifPresent(
        variant -> {
          Union union = variant.type().getInterfaces().length > 0 ? unionOf(variant.type()) : null;
          String discriminator = union == null ? "type" : union.discriminator();
          properties.put(discriminator, JsonObject.of("const", new JsonString(variant.name())));
          required.add(discriminator);
        });
    for (Property property : shape.properties()) {
      if (property.notSupported().isPresent()) {
        continue;
      }
      JsonObject.Builder schema = typeSchema(property.type(), Optional.of(property)).toBuilder();
      property.doc().ifPresent(doc -> schema.put("description", doc));
      property
          .defaultText()
          .ifPresent(text -> schema.put("default", defaultValue(property.type(), text)));
      properties.put(property.name(), schema.build());
      if (!property.isOptional()) {
        required.add(property.name());
      }
    }
    JsonObject.Builder schema =
        JsonObject.builder()
            .put("type", "object")
            .put("properties", properties.build())
            .put("additionalProperties", false);
    shape.doc().ifPresent(doc -> schema.put("description", doc));
    if (!required.isEmpty()) {
      schema.put("required", JsonArray.ofStrings(required));
    }
    return schema.build();
  }

  private static Union unionOf(Class<?> variant) {
    for (Class<?> candidate : variant.getInterfaces()) {
      Union union = candidate.getAnnotation(Union.class);
      if (union != null) {
        return union;
      }
    }
    return null;
  }

  private JsonObject unionSchema(Class<?> type) {
    Union union = type.getAnnotation(Union.class);
    List<JsonValue> variants = new ArrayList<>();
    for (Variant variant : union.variants()) {
      variants.add(recordSchema(variant.type(), Optional.of(variant)));
    }
    return JsonObject.of("oneOf", new JsonArray(variants));
  }

  private static JsonValue defaultValue(Type type, String text) {
    Class<?> raw = Property.raw(type);
    if (raw == boolean.class || raw == Boolean.class) {
      return JsonValue.of(Boolean.parseBoolean(text));
    }
    if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
      return JsonNumber.of(Long.parseLong(text));
    }
    if (raw == double.class || raw == Double.class) {
      return new JsonNumber(new java.math.BigDecimal(text));
    }
    return new JsonString(text);
  }
}
