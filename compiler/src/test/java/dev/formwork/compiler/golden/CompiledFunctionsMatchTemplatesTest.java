package dev.formwork.compiler.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.formwork.compiler.CompileResult;
import dev.formwork.compiler.CompiledFunction;
import dev.formwork.compiler.template.CfResource;
import dev.formwork.compiler.testing.SplitInliner;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.model.FormworkConfig;
import dev.formwork.schema.model.FunctionResource;
import dev.formwork.schema.node.ConfigNode;
import dev.formwork.schema.node.MapNode;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * For every golden template, {@code CompileResult.functions()} has one entry per config function,
 * and each says what its Lambda resource in the template says, except for properties that the
 * function's {@code overrides} patch (the summary is what formwork synthesized).
 */
class CompiledFunctionsMatchTemplatesTest {

  private static final List<String> COMPARED =
      List.of(
          "Architectures",
          "Environment",
          "FunctionName",
          "Handler",
          "MemorySize",
          "Runtime",
          "Timeout");

  @TestFactory
  Stream<DynamicTest> summariesAgreeWithTheWrittenLambdaResources() {
    return GoldenCases.all().stream()
        .filter(golden -> Files.exists(golden.expectedTemplate()))
        .map(golden -> DynamicTest.dynamicTest(golden.name(), () -> check(golden)));
  }

  private static void check(GoldenCase golden) throws Exception {
    CompileResult result = golden.compile().result();
    // A split app's functions are in its nested templates; put back together, each reads what it
    // reads in the merged view, which is what the summary says.
    Map<String, CfResource> resources =
        SplitInliner.of(result.template().orElseThrow(), result.nestedTemplates()).resources();
    FormworkConfig config = result.config().orElseThrow();
    Set<String> functionNames = new TreeSet<>();
    config
        .resources()
        .forEach(
            (name, resource) -> {
              if (resource instanceof FunctionResource) {
                functionNames.add(name);
              }
            });
    assertEquals(functionNames, result.functions().keySet());
    for (CompiledFunction function : result.functions().values()) {
      CfResource lambda = resources.get(function.logicalId());
      assertEquals(
          result.isSplit(),
          function.nestedStack().isPresent()
              && result
                  .nestedTemplates()
                  .get(function.nestedStack().get())
                  .template()
                  .resources()
                  .containsKey(function.logicalId()),
          function.name() + " says which nested stack holds it");
      assertEquals("AWS::Lambda::Function", lambda.type(), function.logicalId());
      Set<String> overridden =
          overriddenProperties(config.resources().get(function.name()).overrides(), function);
      Map<String, JsonValue> expected = new TreeMap<>();
      Map<String, JsonValue> actual = new TreeMap<>();
      for (String property : COMPARED) {
        if (!overridden.contains(property)) {
          expectedProperties(function).get(property).ifPresent(v -> expected.put(property, v));
          lambda.properties().get(property).ifPresent(v -> actual.put(property, v));
        }
      }
      assertEquals(expected, actual, function.name());
      JsonValue key =
          ((JsonObject) lambda.properties().get("Code").orElseThrow()).get("S3Key").get();
      if (function.codeKey().isPresent()) {
        assertEquals(new JsonString(function.codeKey().get()), key, function.name());
      } else if (result.isSplit()) {
        assertEquals(
            new JsonString("formwork-unpackaged/" + function.name() + ".zip"),
            key,
            function.name());
      } else {
        assertTrue(key instanceof JsonObject ref && ref.has("Ref"), function.name() + ": " + key);
      }
    }
  }

  private static JsonObject expectedProperties(CompiledFunction function) {
    JsonObject.Builder properties =
        JsonObject.builder()
            .put("FunctionName", function.physicalName())
            .put("Runtime", function.runtime().configValue())
            .put("Handler", function.handler())
            .put("MemorySize", function.memoryMb())
            .put("Timeout", function.timeoutSeconds())
            .put(
                "Architectures",
                JsonArray.ofStrings(List.of(function.architecture().configValue())));
    if (!function.environment().isEmpty()) {
      properties.put(
          "Environment", JsonObject.of("Variables", JsonObject.of(function.environment())));
    }
    return properties.build();
  }

  /** The top-level Lambda properties that the function's overrides of its Lambda resource set. */
  private static Set<String> overriddenProperties(
      Map<String, ConfigNode> overrides, CompiledFunction function) {
    Set<String> properties = new TreeSet<>();
    ConfigNode patch = overrides.get(function.logicalId());
    if (patch instanceof MapNode map) {
      map.entries().keySet().forEach(path -> properties.add(path.split("\\.")[0]));
    }
    return properties;
  }
}
