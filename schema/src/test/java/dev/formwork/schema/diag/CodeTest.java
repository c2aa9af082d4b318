package dev.formwork.schema.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The catalogue's own rules: well-formed unique ids, one sentence each, families kept together. */
class CodeTest {

  private static final Pattern ID = Pattern.compile("[a-z]+\\.[a-z0-9]+(-[a-z0-9]+)*");

  @Test
  void idsAreWellFormedUniqueAndMatchTheConstantName() {
    Set<String> seen = new HashSet<>();
    for (Code code : Code.values()) {
      assertTrue(ID.matcher(code.id()).matches(), code + ": malformed id " + code.id());
      assertTrue(seen.add(code.id()), code + ": duplicate id " + code.id());
      assertEquals(
          code.id().toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'),
          code.name(),
          "the constant is named after its id");
    }
  }

  @Test
  void everySummaryIsOneSentenceAndEveryLinkIsAnAwsPage() {
    for (Code code : Code.values()) {
      String summary = code.summary();
      assertTrue(summary.endsWith("."), code + ": a summary ends with a full stop");
      assertFalse(summary.contains("\n") || summary.contains("|"), code + ": one table cell");
      assertTrue(summary.length() <= 140, code + ": a summary fits one line");
      code.link()
          .ifPresent(
              link ->
                  assertTrue(
                      link.startsWith("https://docs.aws.amazon.com/") && !link.contains(" "),
                      code + ": " + link));
    }
  }

  @Test
  void eachFamilyIsOneBlockOfTheCatalogue() {
    List<String> order = new ArrayList<>();
    for (Code code : Code.values()) {
      if (order.isEmpty() || !order.get(order.size() - 1).equals(code.family())) {
        assertFalse(order.contains(code.family()), code + " is apart from its family");
        order.add(code.family());
      }
    }
  }

  @Test
  void aCallThatContradictsTheCatalogueIsABug() {
    IllegalStateException asWarning =
        assertThrows(
            IllegalStateException.class,
            () -> Diagnostic.warning(Code.CONFIG_UNKNOWN_PROPERTY, ConfigPath.ROOT, "m"));
    assertEquals(
        "Bug: diagnostic config.unknown-property is reported as warning but the catalogue"
            + " (Code.CONFIG_UNKNOWN_PROPERTY) makes it an error.",
        asWarning.getMessage());
    IllegalStateException asError =
        assertThrows(
            IllegalStateException.class,
            () -> Diagnostic.error(Code.SECURITY_WILDCARD_ACTION, ConfigPath.ROOT, "m"));
    assertEquals(
        "Bug: diagnostic security.wildcard-action is reported as error but the catalogue"
            + " (Code.SECURITY_WILDCARD_ACTION) makes it a warning.",
        asError.getMessage());
  }

  @Test
  void aDiagnosticTakesItsSeverityFromItsCode() {
    Diagnostic warning =
        Diagnostic.warning(Code.DIRECTIVE_EXTRA_ARGUMENT, ConfigPath.ROOT, "ignored");
    assertSame(Severity.WARNING, warning.severity());
    assertFalse(warning.isError());
    Diagnostic error = Diagnostic.error(Code.YAML_SYNTAX, ConfigPath.ROOT, "broken");
    assertSame(Severity.ERROR, error.severity());
    assertTrue(error.isError());
  }
}
