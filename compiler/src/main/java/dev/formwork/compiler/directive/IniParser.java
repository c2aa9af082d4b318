package dev.formwork.compiler.directive;

import dev.formwork.schema.diag.SourceLocation;
import dev.formwork.schema.node.ConfigNode;
import dev.formwork.schema.node.ListNode;
import dev.formwork.schema.node.MapNode;
import dev.formwork.schema.node.ScalarKind;
import dev.formwork.schema.node.ScalarNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code .ini} files with the rules of the npm {@code ini} package that Stacktape uses:
 * {@code [a.b]} sections nest, {@code key[]} collects a list, {@code ;}/{@code #} start comments,
 * and unquoted {@code true}/{@code false}/{@code null} become typed values.
 */
final class IniParser {

  private IniParser() {}

  static MapNode parse(String text, SourceLocation location) {
    Map<String, Object> root = new LinkedHashMap<>();
    Map<String, Object> section = root;
    for (String rawLine : text.split("\\r?\\n", -1)) {
      String line = rawLine.trim();
      if (line.isEmpty() || line.startsWith(";") || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("[") && line.endsWith("]")) {
        section = root;
        for (String part : line.substring(1, line.length() - 1).trim().split("\\.", -1)) {
          section = child(section, part.trim());
        }
        continue;
      }
      int equals = line.indexOf('=');
      String key = (equals < 0 ? line : line.substring(0, equals)).trim();
      Object value = equals < 0 ? true : value(line.substring(equals + 1).trim());
      if (key.endsWith("[]")) {
        String listKey = key.substring(0, key.length() - 2);
        Object existing = section.get(listKey);
        List<Object> list = existing instanceof List<?> ? castList(existing) : new ArrayList<>();
        list.add(value);
        section.put(listKey, list);
      } else {
        section.put(key, value);
      }
    }
    return (MapNode) toNode(root, location);
  }

  @SuppressWarnings("unchecked")
  private static List<Object> castList(Object list) {
    return (List<Object>) list;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> child(Map<String, Object> parent, String key) {
    Object existing = parent.get(key);
    if (existing instanceof Map<?, ?>) {
      return (Map<String, Object>) existing;
    }
    Map<String, Object> created = new LinkedHashMap<>();
    parent.put(key, created);
    return created;
  }

  private static Object value(String raw) {
    if (raw.length() >= 2
        && (raw.charAt(0) == '"' || raw.charAt(0) == '\'')
        && raw.charAt(raw.length() - 1) == raw.charAt(0)) {
      return raw.substring(1, raw.length() - 1);
    }
    String value = stripComment(raw);
    return switch (value) {
      case "true" -> true;
      case "false" -> false;
      case "null" -> null;
      default -> value;
    };
  }

  private static String stripComment(String raw) {
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if ((c == ';' || c == '#') && (i == 0 || raw.charAt(i - 1) != '\\')) {
        return raw.substring(0, i).trim();
      }
    }
    return raw;
  }

  private static ConfigNode toNode(Object value, SourceLocation location) {
    if (value instanceof Map<?, ?> map) {
      List<MapNode.Entry> entries = new ArrayList<>();
      map.forEach(
          (key, child) ->
              entries.add(new MapNode.Entry((String) key, location, toNode(child, location))));
      return MapNode.of(entries, location);
    }
    if (value instanceof List<?> list) {
      List<ConfigNode> items = new ArrayList<>();
      list.forEach(item -> items.add(toNode(item, location)));
      return new ListNode(items, location);
    }
    if (value instanceof Boolean bool) {
      return new ScalarNode(bool.toString(), ScalarKind.BOOLEAN, location);
    }
    if (value == null) {
      return new ScalarNode("null", ScalarKind.NULL, location);
    }
    return ScalarNode.string((String) value, location);
  }
}
