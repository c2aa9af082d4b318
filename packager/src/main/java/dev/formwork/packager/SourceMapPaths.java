package dev.formwork.packager;

import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonParseException;
import dev.formwork.schema.json.JsonParser;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.json.JsonWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites a source map's {@code sources} from "relative to esbuild's output folder" to "relative
 * to the project folder". esbuild writes paths relative to where it put the bundle, which is a
 * temporary folder, so without this the same project would give different maps (and zip digests)
 * per run.
 */
public final class SourceMapPaths {

  private SourceMapPaths() {}

  public static String relativize(String sourceMap, Path mapFolder, Path projectDir)
      throws JsonParseException {
    if (!(JsonParser.parse(sourceMap) instanceof JsonObject map)
        || !(map.get("sources").orElse(null) instanceof JsonArray sources)) {
      return sourceMap;
    }
    List<JsonValue> rewritten = new ArrayList<>();
    for (JsonValue source : sources.items()) {
      if (source instanceof JsonString text) {
        Path absolute = mapFolder.resolve(text.value()).normalize();
        String relative = projectDir.relativize(absolute).toString();
        rewritten.add(new JsonString(relative.replace('\\', '/')));
      } else {
        rewritten.add(source);
      }
    }
    return JsonWriter.compact(map.with("sources", new JsonArray(rewritten)));
  }
}
