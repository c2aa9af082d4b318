package dev.formwork.schema.json;

import java.util.Iterator;
import java.util.Map;

/** Writes JSON deterministically: sorted keys, two-space indentation (or compact), UTF-8 text. */
public final class JsonWriter {

  /**
   * Pretty text and what was counted while writing it: its size in UTF-8 bytes and how often {@code
   * marker} occurs in its strings (keys and values), so a caller never rescans the text.
   */
  public record Measured(String text, int utf8Bytes, int markers) {}

  private final StringBuilder out = new StringBuilder();
  private final boolean pretty;
  private final String marker;
  private int extraUtf8Bytes;
  private int markers;

  private JsonWriter(boolean pretty, String marker) {
    this.pretty = pretty;
    this.marker = marker;
  }

  /** Indented form with a trailing newline, as written to template files. */
  public static String pretty(JsonValue value) {
    JsonWriter writer = new JsonWriter(true, "");
    writer.write(value, 0);
    return writer.out.append('\n').toString();
  }

  /** Single-line form without spaces. */
  public static String compact(JsonValue value) {
    JsonWriter writer = new JsonWriter(false, "");
    writer.write(value, 0);
    return writer.out.toString();
  }

  /**
   * The {@link #pretty} text, measured while it is written: UTF-8 size and occurrences of a
   * non-empty {@code marker} (which contains no character JSON escapes) within strings.
   */
  public static Measured prettyMeasured(JsonValue value, String marker) {
    if (marker.isEmpty()) {
      throw new IllegalArgumentException("the marker must not be empty");
    }
    JsonWriter writer = new JsonWriter(true, marker);
    writer.write(value, 0);
    String text = writer.out.append('\n').toString();
    return new Measured(text, text.length() + writer.extraUtf8Bytes, writer.markers);
  }

  private void write(JsonValue value, int depth) {
    if (value instanceof JsonObject object) {
      writeObject(object, depth);
    } else if (value instanceof JsonArray array) {
      writeArray(array, depth);
    } else if (value instanceof JsonString string) {
      string(string.value());
    } else if (value instanceof JsonNumber number) {
      out.append(number.text());
    } else if (value instanceof JsonBool bool) {
      out.append(bool.value());
    } else {
      out.append("null");
    }
  }

  private void writeObject(JsonObject object, int depth) {
    if (object.size() == 0) {
      out.append("{}");
      return;
    }
    out.append('{');
    Iterator<Map.Entry<String, JsonValue>> members = object.members().entrySet().iterator();
    while (members.hasNext()) {
      Map.Entry<String, JsonValue> member = members.next();
      newline(depth + 1);
      string(member.getKey());
      out.append(pretty ? ": " : ":");
      write(member.getValue(), depth + 1);
      if (members.hasNext()) {
        out.append(',');
      }
    }
    newline(depth);
    out.append('}');
  }

  private void writeArray(JsonArray array, int depth) {
    if (array.size() == 0) {
      out.append("[]");
      return;
    }
    out.append('[');
    for (int i = 0; i < array.size(); i++) {
      newline(depth + 1);
      write(array.get(i), depth + 1);
      if (i + 1 < array.size()) {
        out.append(',');
      }
    }
    newline(depth);
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

  private void newline(int depth) {
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

  private void string(String text) {
    extraUtf8Bytes += appendQuoted(text, out);
    if (!marker.isEmpty()) {
      // The marker has no character JSON escapes, so it occurs in the text as in its quoted form.
      for (int at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1)) {
        markers++;
      }
    }
  }

  /**
   * Appends a JSON string literal, escaping quotes, backslashes and control characters; returns how
   * many more bytes than characters the appended text takes in UTF-8.
   */
  private static int appendQuoted(String text, StringBuilder out) {
    int plain = 0;
    while (plain < text.length() && isPlainAscii(text.charAt(plain))) {
      plain++;
    }
    out.append('"');
    if (plain == text.length()) {
      // Most strings of a template (names, ARNs, types): written as they are.
      out.append(text).append('"');
      return 0;
    }
    out.append(text, 0, plain);
    int extra = 0;
    for (int i = plain; i < text.length(); i++) {
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
            extra += extraUtf8Bytes(text, i);
          }
        }
      }
    }
    out.append('"');
    return extra;
  }

  /** A character written as itself that takes one byte in UTF-8. */
  private static boolean isPlainAscii(char c) {
    return c >= 0x20 && c < 0x80 && c != '"' && c != '\\';
  }

  /**
   * Bytes beyond one that the character at {@code i} takes in UTF-8: a surrogate pair is 4 bytes
   * over 2 characters, and a lone surrogate is written as one '?' (as {@code String.getBytes}).
   */
  private static int extraUtf8Bytes(String text, int i) {
    char c = text.charAt(i);
    if (c < 0x80) {
      return 0;
    }
    if (c < 0x800) {
      return 1;
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)) ? 1 : 0;
    }
    if (Character.isLowSurrogate(c)) {
      return i > 0 && Character.isHighSurrogate(text.charAt(i - 1)) ? 1 : 0;
    }
    return 2;
  }

  /** Appends a JSON string literal, escaping quotes, backslashes and control characters. */
  public static void quote(String text, StringBuilder out) {
    appendQuoted(text, out);
  }

  public static String quote(String text) {
    StringBuilder out = new StringBuilder();
    appendQuoted(text, out);
    return out.toString();
  }
}
