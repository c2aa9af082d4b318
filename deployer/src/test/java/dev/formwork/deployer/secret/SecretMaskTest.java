package dev.formwork.deployer.secret;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Canaries for each way a secret can reach a log line. */
class SecretMaskTest {

  private static final String PEM =
      """
      -----BEGIN PRIVATE KEY-----
      MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7canary
      q3Xh9Nw1canaryLineTwoOfTheKeyZ0e8=
      -----END PRIVATE KEY-----
      """;

  @Test
  void aMultiLineSecretIsMaskedLineByLineAsProgramsPrintIt() {
    SecretMask mask = new SecretMask();
    mask.add(PEM);
    for (String line : PEM.split("\n")) {
      assertEquals("****", mask.apply(line));
      assertEquals("  [hook] ****", mask.apply("  [hook] " + line));
    }
    // Printed whole as JSON (a handler logging its environment), it is one escaped string.
    assertEquals(
        "{\"KEY\":\"****\"}", mask.apply("{\"KEY\":\"" + PEM.replace("\n", "\\n") + "\"}"));
  }

  @Test
  void everyOccurrenceInsideALineIsMasked() {
    SecretMask mask = new SecretMask();
    mask.add("hunter22");
    assertEquals(
        "token=**** again **** and ****suffix",
        mask.apply("token=hunter22 again hunter22 and hunter22suffix"));
  }

  @Test
  void aShortSecretIsMaskedOnlyWhereItStandsAlone() {
    SecretMask mask = new SecretMask();
    mask.add("x9");
    assertEquals("pin: ****", mask.apply("pin: x9"));
    assertEquals("[****]", mask.apply("[x9]"));
    assertEquals("\"****\"", mask.apply("\"x9\""));
    // Inside a longer token it is left alone: masking every "x9" would garble ordinary output.
    assertEquals("ax9b x9y", mask.apply("ax9b x9y"));
  }

  @Test
  void theLongerOfTwoOverlappingSecretsIsMaskedWhole() {
    SecretMask mask = new SecretMask();
    mask.add("abcd");
    mask.add("abcdefgh");
    assertEquals("****", mask.apply("abcdefgh"));
  }

  @Test
  void aRecordingResolverAddsEveryValueItReads() {
    SecretMask mask = new SecretMask();
    assertTrue(mask.isEmpty());
    SecretResolver resolver = mask.recording(reference -> "s3cr3t-" + reference.secretId());
    String value =
        resolver.resolve(DynamicReference.findAll("{{resolve:secretsmanager:db}}").get(0));
    assertEquals("s3cr3t-db", value);
    assertEquals("password ****", mask.apply("password s3cr3t-db"));
  }

  @Test
  void blankValuesMaskNothing() {
    SecretMask mask = new SecretMask();
    mask.add("");
    mask.add("   ");
    assertTrue(mask.isEmpty());
    assertEquals("nothing to hide", mask.apply("nothing to hide"));
  }
}
