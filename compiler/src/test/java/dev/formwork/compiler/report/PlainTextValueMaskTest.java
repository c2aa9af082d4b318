package dev.formwork.compiler.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.formwork.schema.diag.Code;
import org.junit.jupiter.api.Test;

class PlainTextValueMaskTest {

  @Test
  void masksTheValueAfterTheKeyUnderTheCaret() {
    assertEquals("    apiKey: ***", PlainTextValueMask.mask("    apiKey: 0f9e8d7c-upstash", 5));
    assertEquals(
        "    apiKey: ***  # old key",
        PlainTextValueMask.mask("    apiKey: 0f9e8d7c-upstash  # old key", 5));
  }

  @Test
  void masksFlowMappingValuesUpToTheirPunctuation() {
    assertEquals(
        "      credentials: {masterUserPassword: ***, masterUserName: admin}",
        PlainTextValueMask.mask(
            "      credentials: {masterUserPassword: hunter2, masterUserName: admin}", 21));
  }

  @Test
  void masksTheValueItselfWhenTheCaretPointsAtIt() {
    assertEquals(
        "      defaultUserPassword: ***",
        PlainTextValueMask.mask("      defaultUserPassword: hunter2", 28));
  }

  @Test
  void leavesLinesWithoutAValueAlone() {
    assertEquals("  mongoDbAtlas:", PlainTextValueMask.mask("  mongoDbAtlas:", 3));
  }

  @Test
  void appliesOnlyToPlainTextSecretCodes() {
    assertTrue(PlainTextValueMask.applies(Code.SECURITY_PLAIN_TEXT_SECRET_PARAMETER));
    assertTrue(PlainTextValueMask.applies(Code.SECURITY_PLAIN_TEXT_PASSWORD));
    assertFalse(PlainTextValueMask.applies(Code.SECURITY_PLAINTEXT_SECRET));
    assertFalse(PlainTextValueMask.applies(Code.CONFIG_UNKNOWN_PROPERTY));
  }
}
