package dev.formwork.compiler.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Compiles every golden case and compares the template and rendered diagnostics with the expected
 * files. Run with {@code -Dformwork.golden.update=true} to rewrite them, then review the diff.
 */
class GoldenTest {

  @TestFactory
  Stream<DynamicTest> everyCaseMatchesItsExpectedOutput() {
    return GoldenCases.all().stream()
        .map(golden -> DynamicTest.dynamicTest(golden.name(), () -> check(golden)));
  }

  @Test
  void thereAreEnoughCasesAndEachHasAnExpectation() {
    org.junit.jupiter.api.Assumptions.assumeFalse(
        GoldenCases.updating(), "expected files are being rewritten");
    List<GoldenCase> cases = GoldenCases.all();
    assertTrue(cases.size() >= 30, "expected at least 30 golden cases, found " + cases.size());
    for (GoldenCase golden : cases) {
      assertTrue(
          Files.exists(golden.expectedTemplate()) || Files.exists(golden.expectedDiagnostics()),
          golden.name() + " has neither expected.json nor expected.txt");
    }
  }

  private static void check(GoldenCase golden) throws IOException {
    GoldenCase.Outcome outcome = golden.compile();
    if (GoldenCases.updating()) {
      Files.createDirectories(golden.expectedFolder());
      write(golden.expectedTemplate(), outcome.template().orElse(null));
      write(
          golden.expectedDiagnostics(),
          outcome.diagnostics().isEmpty() ? null : outcome.diagnostics());
      return;
    }
    if (Files.exists(golden.expectedTemplate())) {
      assertTrue(
          outcome.template().isPresent(),
          golden.name() + ": expected a template, got errors:\n" + outcome.diagnostics());
      assertEquals(
          Files.readString(golden.expectedTemplate()),
          outcome.template().get(),
          golden.name() + ": template differs");
    } else {
      assertFalse(
          outcome.template().isPresent(),
          golden.name() + ": expected no template (errors), but compile succeeded");
    }
    String expectedDiagnostics =
        Files.exists(golden.expectedDiagnostics())
            ? Files.readString(golden.expectedDiagnostics())
            : "";
    assertEquals(
        expectedDiagnostics, outcome.diagnostics(), golden.name() + ": diagnostics differ");
  }

  private static void write(Path file, String content) throws IOException {
    if (content == null) {
      Files.deleteIfExists(file);
    } else {
      Files.writeString(file, content, StandardCharsets.UTF_8);
    }
  }
}
