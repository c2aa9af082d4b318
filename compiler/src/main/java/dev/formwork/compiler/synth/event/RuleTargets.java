package dev.formwork.compiler.synth.event;

import dev.formwork.compiler.naming.PhysicalNames;
import dev.formwork.compiler.synth.SynthesisContext;
import dev.formwork.compiler.synth.function.FunctionAssembly;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonParseException;
import dev.formwork.schema.json.JsonParser;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.model.event.EventInput;
import dev.formwork.schema.node.ConfigNode;
import java.util.Map;
import java.util.Optional;

/**
 * The function target of an EventBridge rule (schedule and event-bus events), with the input
 * options: a fixed {@code input}, an {@code inputPath}, or an {@code inputTransformer}.
 */
final class RuleTargets {

  /** EventBridge target IDs are at most 64 characters. */
  static final int TARGET_ID_LIMIT = 64;

  private RuleTargets() {}

  static JsonObject.Builder target(
      FunctionAssembly function,
      Optional<ConfigNode> input,
      Optional<String> inputPath,
      Optional<EventInput.InputTransformer> transformer,
      ConfigPath propertiesPath,
      SynthesisContext context) {
    JsonObject.Builder target =
        JsonObject.builder()
            .put("Arn", function.endpoint())
            // One target per rule, so the function's name identifies it.
            .put("Id", PhysicalNames.fit(function.name(), TARGET_ID_LIMIT));
    if (input.isPresent()) {
      Optional<JsonValue> json = jsonInput(input.get(), propertiesPath.key("input"), context);
      target.putIfPresent("Input", json);
    }
    target.putIfPresent("InputPath", inputPath);
    if (transformer.isPresent()) {
      target.put(
          "InputTransformer",
          transformer(transformer.get(), propertiesPath.key("inputTransformer"), context));
    }
    return target;
  }

  /**
   * A fixed input: an object is serialised to JSON; a string must already be JSON and is sent as
   * written (Stacktape double-encodes strings for event-bus events; formwork does not).
   */
  private static Optional<JsonValue> jsonInput(
      ConfigNode input, ConfigPath path, SynthesisContext context) {
    JsonValue value = context.values().resolve(input, path);
    if (value instanceof JsonString text) {
      try {
        JsonParser.parse(text.value());
        return Optional.of(text);
      } catch (JsonParseException notJson) {
        context
            .diagnostics()
            .valueError(
                Code.CONFIG_INVALID_JSON,
                path,
                "input is a string but not valid JSON; EventBridge sends it to the function as"
                    + " JSON.",
                "Write the input as a YAML object, or quote valid JSON.");
        return Optional.empty();
      }
    }
    return Optional.of(JsonText.of(value));
  }

  private static JsonValue transformer(
      EventInput.InputTransformer transformer, ConfigPath path, SynthesisContext context) {
    JsonObject.Builder paths = JsonObject.builder();
    for (Map.Entry<String, String> entry : transformer.inputPathsMap().entrySet()) {
      paths.put(entry.getKey(), entry.getValue());
    }
    JsonValue template =
        context.values().resolve(transformer.inputTemplate(), path.key("inputTemplate"));
    // A string template is sent as written: it may be a quoted string with <placeholders>, not
    // JSON.
    JsonValue templateText = template instanceof JsonString ? template : JsonText.of(template);
    JsonObject.Builder json = JsonObject.builder().put("InputTemplate", templateText);
    if (!transformer.inputPathsMap().isEmpty()) {
      json.put("InputPathsMap", paths.build());
    }
    return json.build();
  }
}
