package dev.formwork.schema.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The strict RFC 8259 parser: values, escapes, numbers, limits and error positions. */
class JsonParserTest {

  private static JsonValue parse(String text) throws JsonParseException {
    return JsonParser.parse(text);
  }

  private static String string(String json) throws JsonParseException {
    return ((JsonString) parse(json)).value();
  }

  private static JsonNumber number(String json) throws JsonParseException {
    return (JsonNumber) parse(json);
  }

  @Test
  void literalsWithSurroundingWhitespace() throws JsonParseException {
    assertThat(parse(" \t\r\n true \n")).isEqualTo(JsonBool.TRUE);
    assertThat(parse("false")).isEqualTo(JsonBool.FALSE);
    assertThat(parse("null")).isEqualTo(JsonNull.INSTANCE);
  }

  @Test
  void everyShortEscape() throws JsonParseException {
    assertThat(string("\"q\\\" b\\\\ s\\/ \\b\\f\\n\\r\\t\"")).isEqualTo("q\" b\\ s/ \b\f\n\r\t");
  }

  @Test
  void unicodeEscapesInEitherCaseAndSurrogatePairs() throws JsonParseException {
    assertThat(string("\"\\u00e9\\u00C9\"")).isEqualTo("éÉ");
    String grinning = string("\"\\uD83D\\ude00\"");
    assertThat(grinning.codePointAt(0)).isEqualTo(0x1F600);
    assertThat(grinning).hasSize(2).isEqualTo(string("\"😀\""));
    assertThat(string("\"\\u0000\"")).isEqualTo("\0");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\"\\u12\"       | short unicode escape at line 1, column 4",
        "\"\\u-001\"     | bad unicode escape at line 1, column 4",
        "\"\\u+0ff\"     | bad unicode escape at line 1, column 4",
        "\"\\u００ff\"    | bad unicode escape at line 1, column 4",
        "\"\\x\"         | bad escape '\\x' at line 1, column 4",
        "\"abc          | unterminated string at line 1, column 5",
        "\"a\tb\"       | control character in string at line 1, column 3",
      })
  void malformedStringsSayWhatAndWhere(String json, String message) {
    assertThatThrownBy(() -> parse(json))
        .isInstanceOf(JsonParseException.class)
        .hasMessage(message);
  }

  @Test
  void integersOfAnySizeStayExact() throws JsonParseException {
    assertThat(number("0")).isEqualTo(JsonNumber.of(0));
    assertThat(number("-17")).isEqualTo(JsonNumber.of(-17));
    assertThat(number("9223372036854775807").value().longValueExact()).isEqualTo(Long.MAX_VALUE);
    assertThat(number("-9223372036854775808").value().longValueExact()).isEqualTo(Long.MIN_VALUE);
    assertThat(number("123456789012345678901234567890").value())
        .isEqualTo(new BigDecimal("123456789012345678901234567890"));
  }

  @Test
  void decimalsAndExponentsKeepTheirValue() throws JsonParseException {
    assertThat(number("1.5").text()).isEqualTo("1.5");
    assertThat(number("-0.25").text()).isEqualTo("-0.25");
    assertThat(number("1e3")).isEqualTo(JsonNumber.of(1000));
    assertThat(number("2.5E+2")).isEqualTo(JsonNumber.of(250));
    assertThat(number("1E-2").text()).isEqualTo("0.01");
    assertThat(number("0.1").value()).isEqualTo(new BigDecimal("0.1"));
    assertThat(number("1e308").text()).hasSize(309);
  }

  @Test
  void negativeZeroIsZero() throws JsonParseException {
    assertThat(number("-0")).isEqualTo(JsonNumber.of(0));
    assertThat(number("-0.0e5").text()).isEqualTo("0");
  }

  @ParameterizedTest
  @ValueSource(strings = {"01", "-", "1.", "1.e5", "1e", "1e+", "--1", "1.2.3", "-01", "1e5.5"})
  void malformedNumbersAreReportedWhole(String token) {
    assertThatThrownBy(() -> parse("[" + token + "]"))
        .isInstanceOf(JsonParseException.class)
        .hasMessage("malformed number '" + token + "' at line 1, column 2");
  }

  @ParameterizedTest
  @ValueSource(strings = {".5", "+1", "NaN", "Infinity"})
  void whatCannotStartANumberIsAnUnexpectedCharacter(String token) {
    assertThatThrownBy(() -> parse(token))
        .isInstanceOf(JsonParseException.class)
        .hasMessageStartingWith("unexpected character '" + token.charAt(0) + "'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e99999999999", "1e1001", "1e-1002", "-1E999999999"})
  void numbersNoDocumentNeedsAreOutOfRangeInsteadOfExhaustingMemory(String token) {
    assertThatThrownBy(() -> parse(token))
        .isInstanceOf(JsonParseException.class)
        .hasMessage("number '" + token + "' is out of range at line 1, column 1");
  }

  @Test
  void nestedValuesWithKeysSorted() throws JsonParseException {
    JsonValue parsed = parse("{\"b\": [1, {\"y\": null, \"x\": []}], \"a\": {}}");

    assertThat(parsed)
        .isEqualTo(
            JsonObject.builder()
                .put("a", JsonObject.EMPTY)
                .put(
                    "b",
                    JsonArray.of(
                        JsonNumber.of(1),
                        JsonObject.builder()
                            .put("x", JsonArray.EMPTY)
                            .put("y", JsonNull.INSTANCE)
                            .build()))
                .build());
    assertThat(((JsonObject) parsed).members().keySet()).containsExactly("a", "b");
  }

  @Test
  void nestingIsLimited() throws JsonParseException {
    assertThat(parse("[".repeat(500) + "]".repeat(500))).isInstanceOf(JsonArray.class);
    assertThatThrownBy(() -> parse("[".repeat(600) + "]".repeat(600)))
        .isInstanceOf(JsonParseException.class)
        .hasMessageStartingWith("nesting is deeper than 512");
  }

  @Test
  void aDuplicateKeyIsAnErrorAtTheSecondKey() {
    assertThatThrownBy(() -> parse("{\"a\": 1,\n \"a\": 2}"))
        .isInstanceOfSatisfying(
            JsonParseException.class,
            duplicate -> {
              assertThat(duplicate).hasMessage("duplicate key \"a\" at line 2, column 2");
              assertThat(duplicate.line()).isEqualTo(2);
              assertThat(duplicate.column()).isEqualTo(2);
            });
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "''                | unexpected end of input at line 1, column 1",
        "'{\"a\" 1}'       | expected ':' at line 1, column 6",
        "'{\"a\": 1,}'     | expected a string key at line 1, column 9",
        "'[1, 2,]'         | unexpected character ']' at line 1, column 7",
        "'[1 2]'           | expected ',' or ']' at line 1, column 4",
        "'{\"a\": 1 \"b\"}' | expected ',' or '}' at line 1, column 9",
        "'{} {}'           | unexpected text after the JSON value at line 1, column 4",
        "'tru'             | unexpected token at line 1, column 1",
        "'{\"a\":\n  tru}' | unexpected token at line 2, column 3",
      })
  void structuralErrorsSayWhatAndWhere(String json, String message) {
    assertThatThrownBy(() -> parse(json))
        .isInstanceOf(JsonParseException.class)
        .hasMessage(message);
  }
}
