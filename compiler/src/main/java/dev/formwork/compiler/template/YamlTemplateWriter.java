package dev.formwork.compiler.template;

import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonBool;
import dev.formwork.schema.json.JsonNumber;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.json.JsonWriter;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a template as YAML (on request; JSON is the default). Every string value is double-quoted,
 * so YAML 1.1 readers never turn "no", "on" or "010" into booleans or numbers.
 */
public final class YamlTemplateWriter {

  private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_:.-]*");

  private static final Set<String> AMBIGUOUS_KEYS =
      Set.of(
          "y", "n", "yes", "no", "on", "off", "true", "false", "null", "~", "Y", "N", "Yes", "No",
          "On", "Off", "True", "False", "Null", "YES", "NO", "ON", "OFF", "TRUE", "FALSE", "NULL");

  private YamlTemplateWriter() {}

  public static String write(JsonValue value) {
    StringBuilder out = new StringBuilder();
    if (value instanceof JsonObject object && object.size() > 0) {
      writeMembers(object, out, 0);
    } else {
      out.append(scalar(value)).append('\n');
    }
    return out.toString();
  }

  private static void writeMembers(JsonObject object, StringBuilder out, int indent) {
    for (Map.Entry<String, JsonValue> member : object.members().entrySet()) {
      out.append("  ".repeat(indent)).append(key(member.getKey())).append(':');
      writeNested(member.getValue(), out, indent);
    }
  }

  private static void writeNested(JsonValue value, StringBuilder out, int indent) {
    if (value instanceof JsonObject object && object.size() > 0) {
      out.append('\n');
      writeMembers(object, out, indent + 1);
    } else if (value instanceof JsonArray array && array.size() > 0) {
      out.append('\n');
      for (JsonValue item : array.items()) {
        out.append("  ".repeat(indent + 1)).append('-');
        if (item instanceof JsonObject object && object.size() > 0) {
          StringBuilder nested = new StringBuilder();
          writeMembers(object, nested, indent + 2);
          out.append(' ').append(nested.substring((indent + 2) * 2));
        } else if (item instanceof JsonArray inner && inner.size() > 0) {
          writeNested(item, out, indent + 1);
        } else {
          out.append(' ').append(scalar(item)).append('\n');
        }
      }
    } else {
      out.append(' ').append(scalar(value)).append('\n');
    }
  }

  private static String key(String key) {
    return PLAIN_KEY.matcher(key).matches() && !AMBIGUOUS_KEYS.contains(key) && !key.endsWith(":")
        ? key
        : JsonWriter.quote(key);
  }

  private static String scalar(JsonValue value) {
    if (value instanceof JsonString string) {
      return JsonWriter.quote(string.value());
    }
    if (value instanceof JsonNumber number) {
      return number.text();
    }
    if (value instanceof JsonBool bool) {
      return String.valueOf(bool.value());
    }
    if (value instanceof JsonObject) {
      return "{}";
    }
    if (value instanceof JsonArray) {
      return "[]";
    }
    return "null";
  }
}
