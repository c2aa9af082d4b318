package dev.formwork.schema.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.formwork.schema.testing.RepoRoot;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The deterministic writer: sorted keys, exact layout, escapes, numbers, and round trips. */
class JsonWriterTest {

  private static final JsonObject DOCUMENT =
      JsonObject.builder()
          .put("zeta", JsonArray.of(JsonNumber.of(1), JsonValue.of("x"), JsonNull.INSTANCE))
          .put("alpha", JsonObject.builder().put("on", true).put("off", false).build())
          .put("empty", JsonObject.EMPTY)
          .put("none", JsonArray.EMPTY)
          .build();

  @Test
  void compactHasNoSpacesAndSortedKeys() {
    assertThat(JsonWriter.compact(DOCUMENT))
        .isEqualTo(
            "{\"alpha\":{\"off\":false,\"on\":true},\"empty\":{},\"none\":[],"
                + "\"zeta\":[1,\"x\",null]}");
  }

  @Test
  void prettyIndentsTwoSpacesKeepsEmptyContainersOnOneLineAndEndsWithANewline() {
    assertThat(JsonWriter.pretty(DOCUMENT))
        .isEqualTo(
            """
            {
              "alpha": {
                "off": false,
                "on": true
              },
              "empty": {},
              "none": [],
              "zeta": [
                1,
                "x",
                null
              ]
            }
            """);
  }

  @Test
  void scalarsAtTheTop() {
    assertThat(JsonWriter.compact(JsonValue.of("a"))).isEqualTo("\"a\"");
    assertThat(JsonWriter.pretty(JsonNumber.of(7))).isEqualTo("7\n");
  }

  @Test
  void escapesWhatJsonAndJavaScriptNeedAndNothingElse() {
    assertThat(JsonWriter.quote("\" \\ \n \r \t \b \f \u0001 \u001f \u2028 \u2029"))
        .isEqualTo("\"\\\" \\\\ \\n \\r \\t \\b \\f \\u0001 \\u001f \\u2028 \\u2029\"");
    assertThat(JsonWriter.quote("/ é 😀 \u007f")).isEqualTo("\"/ é 😀 \u007f\"");
  }

  @Test
  void measuredTextIsThePrettyTextWithItsUtf8SizeAndMarkersCounted() {
    JsonObject document =
        DOCUMENT.toBuilder()
            .put("é {{m:", JsonArray.of(JsonValue.of("{{m:a}} {{m:b}}"), JsonValue.of("{{m")))
            .put("text", "ascii é ü ß € 😀 \u2028 \u0001 lone \uD800 and \uDC00")
            .put("{{m:key", ":m}} {{M:")
            .build();
    JsonWriter.Measured measured = JsonWriter.prettyMeasured(document, "{{m:");
    assertThat(measured.text()).isEqualTo(JsonWriter.pretty(document));
    assertThat(measured.utf8Bytes())
        .isEqualTo(measured.text().getBytes(StandardCharsets.UTF_8).length);
    assertThat(measured.markers()).isEqualTo(4);
  }

  @Test
  void loneSurrogatesCountAsUtf8DoesThem() {
    for (String text : List.of("\uD800", "\uDC00", "a\uD800b", "\uDC00\uD800", "😀\uD800")) {
      JsonWriter.Measured measured = JsonWriter.prettyMeasured(JsonValue.of(text), "{{");
      assertThat(measured.utf8Bytes())
          .as(text)
          .isEqualTo(measured.text().getBytes(StandardCharsets.UTF_8).length);
    }
  }

  @Test
  void numbersAreWrittenPlainWithoutTrailingZeros() {
    assertThat(JsonWriter.compact(new JsonNumber(new BigDecimal("1.50")))).isEqualTo("1.5");
    assertThat(JsonWriter.compact(new JsonNumber(new BigDecimal("1E+2")))).isEqualTo("100");
    assertThat(JsonWriter.compact(new JsonNumber(new BigDecimal("1E-7")))).isEqualTo("0.0000001");
    assertThat(JsonWriter.compact(new JsonNumber(new BigDecimal("-0.0")))).isEqualTo("0");
    assertThat(JsonWriter.compact(JsonNumber.of(Long.MIN_VALUE))).isEqualTo("-9223372036854775808");
    assertThat(JsonWriter.compact(JsonNumber.of(0.1))).isEqualTo("0.1");
  }

  @Test
  void whatIsWrittenParsesBackToTheSameValue() throws JsonParseException {
    JsonObject tricky =
        DOCUMENT.toBuilder()
            .put("text", "quote \" backslash \\ line\nbreak \u0000 é 😀 \u2028")
            .put("numbers", new JsonArray(List.of(JsonNumber.of(-0.5), JsonNumber.of(12e20))))
            .put("ключ", "значение")
            .build();
    for (String written : List.of(JsonWriter.compact(tricky), JsonWriter.pretty(tricky))) {
      assertThat(JsonParser.parse(written)).isEqualTo(tricky);
    }
  }

  @Test
  void aCommittedTemplateIsRewrittenByteForByte() throws IOException, JsonParseException {
    String template =
        Files.readString(
            RepoRoot.resolve("compiler/src/test/resources/examples/orders/expected.json"));
    assertThat(template).hasSizeGreaterThan(10_000);

    assertThat(JsonWriter.pretty(JsonParser.parse(template))).isEqualTo(template);
  }
}
