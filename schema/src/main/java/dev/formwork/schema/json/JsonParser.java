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

  /** Numbers need at most 10^±1000 (a double ends near 10^±308). */
  private static final int MAX_EXPONENT = 1000;

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
          int code = 0;
          for (int i = 0; i < 4; i++) {
            int digit = hexDigit(text.charAt(pos + i));
            if (digit < 0) {
              throw fail("bad unicode escape");
            }
            code = code * 16 + digit;
          }
          out.append((char) code);
          pos += 4;
        }
        default -> throw fail("bad escape '\\" + e + "'");
      }
    }
  }

  /**
   * The value of an ASCII hex digit, else -1 (Integer.parseInt would take "-001" as U+FFFF, and
   * Character.digit takes full-width digits).
   */
  private static int hexDigit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }

  private JsonNumber number() throws JsonParseException {
    int start = pos;
    if (peek() == '-') {
      pos++;
    }
    // The whole run of number characters is the token, so "01" or "1.2.3" is reported as one
    // malformed number rather than as a number followed by unexpected text.
    while (pos < text.length() && "0123456789.eE+-".indexOf(text.charAt(pos)) >= 0) {
      pos++;
    }
    String token = text.substring(start, pos);
    if (!isNumber(token)) {
      pos = start;
      throw fail("malformed number '" + token + "'");
    }
    BigDecimal value;
    try {
      value = new BigDecimal(token);
    } catch (NumberFormatException overflow) {
      pos = start;
      throw fail("number '" + token + "' is out of range");
    }
    // Writing 1e999999999 in plain notation would need a billion digits.
    if (Math.abs((long) value.precision() - value.scale() - 1) > MAX_EXPONENT) {
      pos = start;
      throw fail("number '" + token + "' is out of range");
    }
    return new JsonNumber(value);
  }

  /** RFC 8259's number grammar: {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?}. */
  private static boolean isNumber(String token) {
    int i = token.startsWith("-") ? 1 : 0;
    if (i < token.length() && token.charAt(i) == '0') {
      i++;
    } else {
      int digits = digits(token, i);
      if (digits == 0) {
        return false;
      }
      i += digits;
    }
    if (i < token.length() && token.charAt(i) == '.') {
      int digits = digits(token, i + 1);
      if (digits == 0) {
        return false;
      }
      i += 1 + digits;
    }
    if (i < token.length() && (token.charAt(i) == 'e' || token.charAt(i) == 'E')) {
      i++;
      if (i < token.length() && (token.charAt(i) == '+' || token.charAt(i) == '-')) {
        i++;
      }
      int digits = digits(token, i);
      if (digits == 0) {
        return false;
      }
      i += digits;
    }
    return i == token.length();
  }

  private static int digits(String token, int from) {
    int i = from;
    while (i < token.length() && token.charAt(i) >= '0' && token.charAt(i) <= '9') {
      i++;
    }
    return i - from;
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
