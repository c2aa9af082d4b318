package dev.formwork.schema.json;

import java.util.Iterator;
import java.util.Map;

/** Writes JSON deterministically: sorted keys, two-space indentation (or compact), UTF-8 text. */
public final class JsonWriter {

  private JsonWriter() {}

  /** Indented form with a trailing newline, as written to template files. */
  public static String pretty(JsonValue value) {
    StringBuilder out = new StringBuilder();
    write(value, out, 0, true);
    return out.append('\n').toString();
  }

  /** Single-line form without spaces. */
  public static String compact(JsonValue value) {
    StringBuilder out = new StringBuilder();
    write(value, out, 0, false);
    return out.toString();
  }

  private static void write(JsonValue value, StringBuilder out, int depth, boolean pretty) {
    if (value instanceof JsonObject object) {
      writeObject(object, out, depth, pretty);
    } else if (value instanceof JsonArray array) {
      writeArray(array, out, depth, pretty);
    } else if (value instanceof JsonString string) {
      quote(string.value(), out);
    } else if (value instanceof JsonNumber number) {
      out.append(number.text());
    } else if (value instanceof JsonBool bool) {
      out.append(bool.value());
    } else {
      out.append("null");
    }
  }

  private static void writeObject(JsonObject object, StringBuilder out, int depth, boolean pretty) {
    if (object.size() == 0) {
      out.append("{}");
      return;
    }
    out.append('{');
    Iterator<Map.Entry<String, JsonValue>> members = object.members().entrySet().iterator();
    while (members.hasNext()) {
      Map.Entry<String, JsonValue> member = members.next();
      newline(out, depth + 1, pretty);
      quote(member.getKey(), out);
      out.append(pretty ? ": " : ":");
      write(member.getValue(), out, depth + 1, pretty);
      if (members.hasNext()) {
        out.append(',');
      }
    }
    newline(out, depth, pretty);
    out.append('}');
  }

  private static void writeArray(JsonArray array, StringBuilder out, int depth, boolean pretty) {
    if (array.size() == 0) {
      out.append("[]");
      return;
    }
    out.append('[');
    for (int i = 0; i < array.size(); i++) {
      newline(out, depth + 1, pretty);
      write(array.get(i), out, depth + 1, pretty);
      if (i + 1 < array.size()) {
        out.append(',');
      }
    }
    newline(out, depth, pretty);
    out.append(']');
  }

  /** A line break and the indentation of the first depths, so most lines take one append. */
  private static final String[] NEWLINES = new String[32];

  static {
    StringBuilder line = new StringBuilder("\n");
    for (int depth = 0; depth < NEWLINES.length; depth++) {
      NEWLINES[depth] = line.toString();
      line.append("  ");
    }
  }

  private static void newline(StringBuilder out, int depth, boolean pretty) {
    if (!pretty) {
      return;
    }
    if (depth < NEWLINES.length) {
      out.append(NEWLINES[depth]);
      return;
    }
    out.append('\n');
    for (int i = 0; i < depth; i++) {
      out.append("  ");
    }
  }

  /** Appends a JSON string literal, escaping quotes, backslashes and control characters. */
  public static void quote(String text, StringBuilder out) {
    out.append('"');
    // Most strings need no escape: they are appended in one piece.
    int first = 0;
    while (first < text.length() && !needsEscape(text.charAt(first))) {
      first++;
    }
    out.append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || c == 0x2028 || c == 0x2029) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private static boolean needsEscape(char c) {
    return c == '"' || c == '\\' || c < 0x20 || c == 0x2028 || c == 0x2029;
  }

  public static String quote(String text) {
    StringBuilder out = new StringBuilder();
    quote(text, out);
    return out.toString();
  }
}
