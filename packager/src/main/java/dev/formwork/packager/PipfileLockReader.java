package dev.formwork.packager;

import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonParseException;
import dev.formwork.schema.json.JsonParser;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns the {@code default} (non-development) packages of a Pipfile.lock into pip requirement lines
 * ({@code name==version ; markers}), so pipenv need not be installed: pip then installs them for
 * Lambda's platform like any requirements file. A git, path or URL dependency cannot be vendored
 * for another platform that way and is refused.
 */
final class PipfileLockReader {

  /** The requirement lines, or why the lock cannot be used. */
  record Read(List<String> requirements, String problem) {}

  private PipfileLockReader() {}

  static Read read(String json) {
    JsonObject lock;
    try {
      if (!(JsonParser.parse(json) instanceof JsonObject object)) {
        return new Read(List.of(), "it is not a JSON object.");
      }
      lock = object;
    } catch (JsonParseException broken) {
      return new Read(List.of(), "it is not valid JSON (" + broken.getMessage() + ").");
    }
    if (!(lock.get("default").orElse(JsonObject.EMPTY) instanceof JsonObject packages)) {
      return new Read(List.of(), "its 'default' section is not an object.");
    }
    List<String> lines = new ArrayList<>();
    for (Map.Entry<String, JsonValue> entry : packages.members().entrySet()) {
      String name = entry.getKey();
      if (!(entry.getValue() instanceof JsonObject spec)) {
        return new Read(List.of(), "the entry of '" + name + "' is not an object.");
      }
      for (String source : List.of("git", "path", "file", "editable")) {
        if (spec.get(source).isPresent()) {
          return new Read(
              List.of(),
              "'"
                  + name
                  + "' is a "
                  + source
                  + " dependency, which formwork cannot vendor for Lambda's platform; publish it"
                  + " as a package or vendor it yourself.");
        }
      }
      String line = name + text(spec, "version");
      String markers = text(spec, "markers");
      lines.add(markers.isEmpty() ? line : line + " ; " + markers);
    }
    return new Read(lines, "");
  }

  private static String text(JsonObject spec, String key) {
    return spec.get(key).orElse(null) instanceof JsonString value ? value.value() : "";
  }
}
