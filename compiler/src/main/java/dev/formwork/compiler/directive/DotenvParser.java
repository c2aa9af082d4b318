package dev.formwork.compiler.directive;

import dev.formwork.schema.diag.SourceLocation;
import dev.formwork.schema.node.MapNode;
import dev.formwork.schema.node.ScalarNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code .env} files the way Stacktape's $File does (dotenv rules): {@code KEY=value} lines,
 * surrounding quotes removed, {@code \n} expanded inside double quotes, other lines ignored.
 */
final class DotenvParser {

  private static final Pattern LINE = Pattern.compile("^\\s*([\\w.-]+)\\s*=\\s*(.*?)\\s*$");

  private DotenvParser() {}

  static MapNode parse(String text, SourceLocation location) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String line : text.split("\\r?\\n", -1)) {
      Matcher match = LINE.matcher(line);
      if (!match.matches()) {
        continue;
      }
      String value = match.group(2);
      int last = value.length() - 1;
      if (last > 0 && value.charAt(0) == '"' && value.charAt(last) == '"') {
        value = value.substring(1, last).replace("\\n", "\n");
      } else if (last > 0 && value.charAt(0) == '\'' && value.charAt(last) == '\'') {
        value = value.substring(1, last);
      }
      values.put(match.group(1), value);
    }
    var entries = new ArrayList<MapNode.Entry>();
    for (Map.Entry<String, String> entry : values.entrySet()) {
      entries.add(
          new MapNode.Entry(
              entry.getKey(), location, ScalarNode.string(entry.getValue(), location)));
    }
    return MapNode.of(entries, location);
  }
}
