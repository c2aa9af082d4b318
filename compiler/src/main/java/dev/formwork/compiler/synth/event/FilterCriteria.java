package dev.formwork.compiler.synth.event;

import dev.formwork.compiler.synth.SynthesisContext;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonParseException;
import dev.formwork.schema.json.JsonParser;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.json.JsonWriter;
import dev.formwork.schema.node.ConfigNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An event source mapping's FilterCriteria: each filter pattern (an object, or a JSON string)
 * becomes one {@code {Pattern: "<json>"}} entry, see
 * https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventfiltering.html.
 */
final class FilterCriteria {

  private FilterCriteria() {}

  static Optional<JsonValue> of(
      List<ConfigNode> patterns, ConfigPath path, SynthesisContext context) {
    if (patterns.isEmpty()) {
      return Optional.empty();
    }
    List<JsonValue> filters = new ArrayList<>();
    for (int i = 0; i < patterns.size(); i++) {
      ConfigPath patternPath = path.index(i);
      JsonValue pattern = context.values().resolve(patterns.get(i), patternPath);
      if (pattern instanceof JsonString text) {
        try {
          pattern = JsonParser.parse(text.value());
        } catch (JsonParseException notJson) {
          context
              .diagnostics()
              .valueError(
                  Code.CONFIG_INVALID_JSON,
                  patternPath,
                  "This filter pattern is a string but not valid JSON.");
          continue;
        }
      }
      if (!(pattern instanceof JsonObject)) {
        context
            .diagnostics()
            .valueError(
                Code.CONFIG_WRONG_TYPE,
                patternPath,
                "A filter pattern must be an object (or a JSON string of one).");
        continue;
      }
      filters.add(JsonObject.of("Pattern", new JsonString(JsonWriter.compact(pattern))));
    }
    return Optional.of(JsonObject.of("Filters", new JsonArray(filters)));
  }
}
