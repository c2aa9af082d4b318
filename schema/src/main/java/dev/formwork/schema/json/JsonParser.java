package dev.formwork.schema.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * A strict JSON parser (RFC 8259) into {@link JsonValue}; rejects duplicate keys and deep nesting.
 */
public final class JsonParser {

  private static final int MAX_DEPTH = 512;

  private final String text;
  private int pos;

  private JsonParser(String text) {
    this.text = text;
  }

  public static JsonValue parse(String text) throws JsonParseException {
    JsonParser parser = new JsonParser(text);
    parser.skipSpace();
    JsonValue value = parser.value(0);
    parser.skipSpace();
    if (parser.pos < text.length()) {
      throw parser.fail("unexpected text after the JSON value");
    }
    return value;
  }

  private JsonValue value(int depth) throws JsonParseException {
    if (depth > MAX_DEPTH) {
      throw fail("nesting is deeper than " + MAX_DEPTH);
    }
    if (pos >= text.length()) {
      throw fail("unexpected end of input");
    }
    char c = text.charAt(pos);
    return switch (c) {
      case '{' -> object(depth);
      case '[' -> array(depth);
      case '"' -> new JsonString(string());
      case 't' -> literal("true", JsonBool.TRUE);
      case 'f' -> literal("false", JsonBool.FALSE);
      case 'n' -> literal("null", JsonNull.INSTANCE);
      default -> {
        if (c == '-' || (c >= '0' && c <= '9')) {
          yield number();
        }
        throw fail("unexpected character '" + c + "'");
      }
    };
  }

  private JsonObject object(int depth) throws JsonParseException {
    pos++;
    TreeMap<String, JsonValue> members = new TreeMap<>();
    skipSpace();
    if (peek() == '}') {
      pos++;
      return JsonObject.of(members);
    }
    while (true) {
      skipSpace();
      if (peek() != '"') {
        throw fail("expected a string key");
      }
      int keyStart = pos;
      String key = string();
      skipSpace();
      expect(':');
      skipSpace();
      JsonValue value = value(depth + 1);
      if (members.put(key, value) != null) {
        pos = keyStart;
        throw fail("duplicate key \"" + key + "\"");
      }
      skipSpace();
      char c = peek();
      pos++;
      if (c == '}') {
        return JsonObject.of(members);
      }
      if (c != ',') {
        pos--;
        throw fail("expected ',' or '}'");
      }
    }
  }

  private JsonArray array(int depth) throws JsonParseException {
    pos++;
    List<JsonValue> items = new ArrayList<>();
    skipSpace();
    if (peek() == ']') {
      pos++;
      return new JsonArray(items);
    }
    while (true) {
      skipSpace();
      items.add(value(depth + 1));
      skipSpace();
      char c = peek();
      pos++;
      if (c == ']') {
        return new JsonArray(items);
      }
      if (c != ',') {
        pos--;
        throw fail("expected ',' or ']'");
      }
    }
  }

  private String string() throws JsonParseException {
    pos++;
    StringBuilder out = new StringBuilder();
    while (true) {
      if (pos >= text.length()) {
        throw fail("unterminated string");
      }
      char c = text.charAt(pos++);
      if (c == '"') {
        return out.toString();
      }
      if (c < 0x20) {
        pos--;
        throw fail("control character in string");
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      if (pos >= text.length()) {
        throw fail("unterminated escape");
      }
      char e = text.charAt(pos++);
      switch (e) {
        case '"', '\\', '/' -> out.append(e);
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> {
          if (pos + 4 > text.length()) {
            throw fail("short unicode escape");
          }
          try {
            out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
          } catch (NumberFormatException bad) {
            throw fail("bad unicode escape");
          }
          pos += 4;
        }
        default -> throw fail("bad escape '\\" + e + "'");
      }
    }
  }

  private JsonNumber number() throws JsonParseException {
    int start = pos;
    if (peek() == '-') {
      pos++;
    }
    while (pos < text.length() && "0123456789.eE+-".indexOf(text.charAt(pos)) >= 0) {
      pos++;
    }
    String token = text.substring(start, pos);
    if (!token.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
      pos = start;
      throw fail("malformed number '" + token + "'");
    }
    return new JsonNumber(new BigDecimal(token));
  }

  private JsonValue literal(String word, JsonValue value) throws JsonParseException {
    if (!text.startsWith(word, pos)) {
      throw fail("unexpected token");
    }
    pos += word.length();
    return value;
  }

  private void expect(char c) throws JsonParseException {
    if (peek() != c) {
      throw fail("expected '" + c + "'");
    }
    pos++;
  }

  private char peek() {
    return pos < text.length() ? text.charAt(pos) : '\0';
  }

  private void skipSpace() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        return;
      }
      pos++;
    }
  }

  private JsonParseException fail(String message) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < Math.min(pos, text.length()); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new JsonParseException(
        message + " at line " + line + ", column " + column, line, column);
  }
}
