package dev.formwork.schema.jsonschema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.formwork.schema.bind.Union;
import dev.formwork.schema.bind.Variant;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.json.JsonWriter;
import dev.formwork.schema.model.ResourceDefinition;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The generated schema carries the model's descriptions, defaults, ranges, enums and required keys,
 * and accepts YAML scalars, null and local directives where the binder does.
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

  private static String compact(JsonValue value) {
    return JsonWriter.compact(value);
  }

  @Test
  void aNumberIsInItsRangeOrANumericStringOrALocalDirectiveOrLeftOut() {
    assertEquals(
        "{\"anyOf\":[{\"maximum\":10240,\"minimum\":128,\"type\":\"integer\"},"
            + "{\"$ref\":\"#/$defs/NumericString\"},{\"$ref\":\"#/$defs/LocalDirective\"},"
            + "{\"type\":\"null\"}],\"default\":1024,"
            + "\"description\":\"Memory in MB; CPU scales with it.\"}",
        compact(property(definition("FunctionProperties"), "memory")));
  }

  @Test
  void requiredPropertiesAreRequiredAndUnknownOnesRefused() {
    JsonObject function = definition("FunctionProperties");
    assertEquals("[\"packaging\"]", compact(function.get("required").orElseThrow()));
    assertEquals(JsonValue.of(false), function.get("additionalProperties").orElseThrow());
  }

  @Test
  void aPatternStringAlsoTakesTheNumbersWhoseTextMatches() {
    assertEquals(
        "{\"anyOf\":[{\"pattern\":\"^(?:latest|[1-9][0-9]{0,9})$\","
            + "\"patternErrorMessage\":\"It must be 'latest' or a whole version number such as"
            + " 3.\",\"type\":\"string\"},"
            + "{\"maximum\":9999999999,\"minimum\":1,\"type\":\"integer\"},"
            + "{\"$ref\":\"#/$defs/LocalDirective\"}]",
        compact(property(definition("FunctionAlias"), "version")).split(",\"description\"")[0]);
  }

  @Test
  void everyResourceTypeIsOfferedAndItsVariantAppliesOnlyOnceItIsWritten() {
    JsonObject union = definition("ResourceDefinition");
    List<String> names = new ArrayList<>();
    for (Variant variant : ResourceDefinition.class.getAnnotation(Union.class).variants()) {
      names.add(variant.name());
    }
    assertEquals(17, names.size());
    assertEquals(JsonArray.ofStrings(names), property(union, "type").get("enum").orElseThrow());
    assertEquals("[\"type\"]", compact(union.get("required").orElseThrow()));
    JsonArray branches = (JsonArray) union.get("allOf").orElseThrow();
    assertEquals(18, branches.size());
    assertEquals(
        "{\"if\":{\"properties\":{\"type\":{\"const\":\"function\"}},\"required\":[\"type\"]},"
            + "\"then\":{\"$ref\":\"#/$defs/FunctionResource\"}}",
        compact(branches.get(0)));
    assertEquals(
        "{\"const\":\"function\"}", compact(property(definition("FunctionResource"), "type")));
    assertEquals(
        "[\"type\",\"properties\"]",
        compact(definition("FunctionResource").get("required").orElseThrow()));
  }

  @Test
  void anUnsupportedResourceTypeIsExplained() {
    JsonArray branches = (JsonArray) definition("ResourceDefinition").get("allOf").orElseThrow();
    JsonObject last = (JsonObject) branches.get(branches.size() - 1);
    String condition = compact(last.get("if").orElseThrow());
    assertEquals(true, condition.contains("\"web-service\""), condition);
    assertEquals(
        "{\"properties\":{\"type\":{\"deprecationMessage\":\"formwork does not support this type"
            + " yet. Supported: function, lambda-layer, bucket, http-api-gateway,"
            + " application-load-balancer, sqs-queue, sns-topic, event-bus, kinesis-stream,"
            + " dynamo-db-table, relational-database, redis-cluster, user-auth-pool,"
            + " state-machine, batch-job, upstash-redis, mongo-db-atlas-cluster.\"}}}",
        compact(last.get("then").orElseThrow()));
  }

  @Test
  void aNotSupportedPropertyIsRefusedWithItsReason() {
    assertEquals(
        "{\"deprecationMessage\":\"formwork does not support 'cdn' yet. CloudFront distributions"
            + " for buckets are not supported yet.\",\"description\":\"Not supported by formwork:"
            + " CloudFront distributions for buckets are not supported yet.\","
            + "\"doNotSuggest\":true,\"enum\":[null,false,\"false\",[],{}]}",
        compact(property(definition("BucketResourceProperties"), "cdn")));
  }

  @Test
  void resourceNamesAreCheckedAsPropertyNames() {
    JsonObject resources = property(schema, "resources");
    JsonObject map = (JsonObject) ((JsonArray) resources.get("anyOf").orElseThrow()).get(0);
    assertEquals(
        "{\"maxLength\":128,\"pattern\":\"^(?:[A-Za-z0-9]+)$\",\"patternErrorMessage\":\"Names"
            + " here must be alphanumeric (letters and digits only).\"}",
        compact(map.get("propertyNames").orElseThrow()));
  }

  @Test
  void aStringTakesAnyScalarButATemplateTimeDirective() {
    assertEquals(
        "{\"$ref\":\"#/$defs/CompileTimeText\"}",
        compact(property(definition("BuildpackPackagingProperties"), "entryfilePath"))
            .replaceAll(",\"description\":\"[^\"]*\"", ""));
    assertEquals(
        "[\"string\",\"number\",\"boolean\"]",
        compact(definition("CompileTimeText").get("type").orElseThrow()));
  }
}
