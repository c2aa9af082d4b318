package dev.formwork.compiler.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.formwork.compiler.testing.CfnLint;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonBool;
import dev.formwork.schema.json.JsonNumber;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonParser;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.testing.RepoRoot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Checks every third-party registry resource in the expected templates against the registry schemas
 * that CfnLintTest hands to cfn-lint: known properties only (recursively), required ones present,
 * plain values of the declared JSON type, enums respected, and every Fn::GetAtt naming a read-only
 * property. cfn-lint 1.x reads those schemas only to accept the type names (no E3006), so without
 * this test a misspelled property of an Upstash or Atlas resource would pass unnoticed.
 */
class RegistrySchemaConformanceTest {

  @Test
  void registryResourcesMatchTheirSchemas() throws Exception {
    Path root = RepoRoot.path();
    Map<String, JsonObject> schemas = new HashMap<>();
    try (Stream<Path> files = Files.list(root.resolve(CfnLint.REGISTRY_SCHEMAS))) {
      for (Path file : files.sorted().toList()) {
        JsonObject schema = (JsonObject) JsonParser.parse(Files.readString(file));
        schemas.put(text(schema.get("typeName").orElseThrow()), schema);
      }
    }
    List<String> problems = new ArrayList<>();
    Set<String> typesSeen = new HashSet<>();
    try (Stream<Path> files = Files.walk(root.resolve("compiler/src/test/resources"))) {
      for (Path template :
          files.filter(f -> f.getFileName().toString().equals("expected.json")).sorted().toList()) {
        JsonObject parsed = (JsonObject) JsonParser.parse(Files.readString(template));
        JsonObject resources =
            parsed.get("Resources").map(JsonObject.class::cast).orElse(JsonObject.EMPTY);
        Map<String, JsonObject> registryResources = new HashMap<>();
        for (Map.Entry<String, JsonValue> entry : resources.members().entrySet()) {
          String type = text(((JsonObject) entry.getValue()).get("Type").orElseThrow());
          JsonObject schema = schemas.get(type);
          if (schema == null) {
            continue;
          }
          typesSeen.add(type);
          registryResources.put(entry.getKey(), schema);
          String where = root.relativize(template) + " " + entry.getKey();
          JsonObject properties =
              ((JsonObject) entry.getValue())
                  .get("Properties")
                  .map(JsonObject.class::cast)
                  .orElse(JsonObject.EMPTY);
          checkObject(schema, withoutReadOnly(schema), properties, where, problems);
        }
        checkGetAtts(parsed, registryResources, root.relativize(template).toString(), problems);
      }
    }
    assertEquals(List.of(), problems);
    assertEquals(
        schemas.keySet(),
        typesSeen,
        "every registry schema should be exercised by a golden template");
    assertTrue(schemas.size() >= 5);
  }

  /** The top-level schema with the read-only properties removed: a template must not set them. */
  private static JsonObject withoutReadOnly(JsonObject schema) {
    Set<String> readOnly = readOnly(schema);
    JsonObject.Builder properties = JsonObject.builder();
    for (Map.Entry<String, JsonValue> property :
        ((JsonObject) schema.get("properties").orElseThrow()).members().entrySet()) {
      if (!readOnly.contains("/properties/" + property.getKey())) {
        properties.put(property.getKey(), property.getValue());
      }
    }
    return schema.with("properties", properties.build());
  }

  private static Set<String> readOnly(JsonObject schema) {
    Set<String> paths = new HashSet<>();
    schema
        .get("readOnlyProperties")
        .ifPresent(list -> ((JsonArray) list).items().forEach(item -> paths.add(text(item))));
    return paths;
  }

  private static void checkObject(
      JsonObject root, JsonObject schema, JsonObject value, String where, List<String> problems) {
    JsonObject declared =
        schema.get("properties").map(JsonObject.class::cast).orElse(JsonObject.EMPTY);
    for (Map.Entry<String, JsonValue> member : value.members().entrySet()) {
      JsonValue propertySchema = declared.get(member.getKey()).orElse(null);
      if (propertySchema == null) {
        problems.add(where + ": unknown property " + member.getKey());
        continue;
      }
      checkValue(
          root,
          resolve(root, (JsonObject) propertySchema),
          member.getValue(),
          where + "." + member.getKey(),
          problems);
    }
    schema
        .get("required")
        .ifPresent(
            required ->
                ((JsonArray) required)
                    .items()
                    .forEach(
                        name -> {
                          if (!value.has(text(name))) {
                            problems.add(where + ": missing required property " + text(name));
                          }
                        }));
  }

  private static void checkValue(
      JsonObject root, JsonObject schema, JsonValue value, String where, List<String> problems) {
    if (value instanceof JsonObject object
            && object.size() == 1
            && object.members().firstKey().startsWith("Fn::")
        || value instanceof JsonObject ref && ref.size() == 1 && ref.has("Ref")) {
      return; // an intrinsic: its type is known only at deploy time
    }
    String type = schema.get("type").map(RegistrySchemaConformanceTest::text).orElse("");
    switch (type) {
      case "object" -> {
        if (value instanceof JsonObject object) {
          checkObject(root, schema, object, where, problems);
        } else {
          problems.add(where + ": expected an object");
        }
      }
      case "array" -> {
        if (value instanceof JsonArray array) {
          JsonObject items = resolve(root, (JsonObject) schema.get("items").orElseThrow());
          for (int i = 0; i < array.items().size(); i++) {
            checkValue(root, items, array.items().get(i), where + "[" + i + "]", problems);
          }
        } else {
          problems.add(where + ": expected an array");
        }
      }
      case "string" -> {
        if (!(value instanceof JsonString)) {
          problems.add(where + ": expected a string");
        } else if (schema.has("enum")
            && !((JsonArray) schema.get("enum").orElseThrow()).items().contains(value)) {
          problems.add(
              where + ": " + text(value) + " is not one of " + schema.get("enum").orElseThrow());
        }
      }
      case "boolean" -> {
        if (!(value instanceof JsonBool)) {
          problems.add(where + ": expected a boolean");
        }
      }
      case "integer", "number" -> {
        if (!(value instanceof JsonNumber)) {
          problems.add(where + ": expected a number");
        }
      }
      default -> problems.add(where + ": schema without a type");
    }
  }

  private static JsonObject resolve(JsonObject root, JsonObject schema) {
    if (!schema.has("$ref")) {
      return schema;
    }
    String name = text(schema.get("$ref").orElseThrow()).substring("#/definitions/".length());
    return (JsonObject)
        ((JsonObject) root.get("definitions").orElseThrow()).get(name).orElseThrow();
  }

  /** Every Fn::GetAtt on a registry resource names one of its read-only properties. */
  private static void checkGetAtts(
      JsonValue node,
      Map<String, JsonObject> registryResources,
      String where,
      List<String> problems) {
    if (node instanceof JsonObject object) {
      object
          .get("Fn::GetAtt")
          .ifPresent(
              getAtt -> {
                List<JsonValue> parts = ((JsonArray) getAtt).items();
                JsonObject schema = registryResources.get(text(parts.get(0)));
                if (schema != null
                    && !readOnly(schema)
                        .contains("/properties/" + text(parts.get(1)).replace('.', '/'))) {
                  problems.add(
                      where
                          + ": "
                          + text(parts.get(0))
                          + " has no attribute "
                          + text(parts.get(1)));
                }
              });
      object
          .get("Fn::Sub")
          .ifPresent(
              sub -> {
                String template =
                    sub instanceof JsonArray array ? text(array.items().get(0)) : text(sub);
                java.util.regex.Matcher matcher =
                    java.util.regex.Pattern.compile("\\$\\{([A-Za-z0-9]+)\\.([A-Za-z0-9.]+)}")
                        .matcher(template);
                while (matcher.find()) {
                  JsonObject schema = registryResources.get(matcher.group(1));
                  if (schema != null
                      && !readOnly(schema)
                          .contains("/properties/" + matcher.group(2).replace('.', '/'))) {
                    problems.add(
                        where + ": " + matcher.group(1) + " has no attribute " + matcher.group(2));
                  }
                }
              });
      object
          .members()
          .values()
          .forEach(child -> checkGetAtts(child, registryResources, where, problems));
    } else if (node instanceof JsonArray array) {
      array.items().forEach(child -> checkGetAtts(child, registryResources, where, problems));
    }
  }

  private static String text(JsonValue value) {
    return ((JsonString) value).value();
  }
}
