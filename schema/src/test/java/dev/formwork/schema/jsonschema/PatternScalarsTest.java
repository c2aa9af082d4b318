package dev.formwork.schema.jsonschema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The numbers and booleans a string pattern accepts, as the binder reads their YAML text. */
class PatternScalarsTest {

  private static String forms(String regex) {
    return JsonWriter.compact(new JsonArray(List.copyOf(PatternScalars.of(regex))));
  }

  @Test
  void aVersionIsAWholeNumberFromOneToTenDigits() {
    assertEquals(
        "[{\"maximum\":9999999999,\"minimum\":1,\"type\":\"integer\"}]",
        forms("latest|[1-9][0-9]{0,9}"));
  }

  @Test
  void anAlphanumericNameTakesEveryUnsignedIntegerAndBothBooleans() {
    assertEquals(
        "[{\"minimum\":0,\"type\":\"integer\"},{\"type\":\"boolean\"}]",
        forms("[A-Za-z0-9]{1,255}"));
  }

  @Test
  void aNameThatMayNotBeOnlyDigitsStillTakesNegativeNumbers() {
    assertEquals(
        "[{\"maximum\":-1,\"type\":\"integer\"},{\"type\":\"boolean\"}]",
        forms("(?![0-9]+$)[A-Za-z0-9_-]{1,128}"));
  }

  @Test
  void aPatternThatNeedsALetterFirstTakesBooleansOnly() {
    assertEquals("[{\"type\":\"boolean\"}]", forms("[a-zA-Z][a-zA-Z0-9_]*"));
    assertEquals("[{\"const\":true}]", forms("true|yes"));
  }

  @Test
  void integersThatAreNotOneRangeOfLengthsAreRefused() {
    assertThrows(IllegalStateException.class, () -> PatternScalars.of("[0-9]{3}"));
  }
}
