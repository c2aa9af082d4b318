package dev.formwork.compiler.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    assertTrue(PlainTextValueMask.applies("security.plain-text-api-key"));
    assertTrue(PlainTextValueMask.applies("security.plain-text-password"));
    assertFalse(PlainTextValueMask.applies("security.plaintext-secret"));
    assertFalse(PlainTextValueMask.applies("config.unknown-property"));
  }
}
