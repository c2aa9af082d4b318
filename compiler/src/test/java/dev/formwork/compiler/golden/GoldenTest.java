package dev.formwork.compiler.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.formwork.schema.testing.RepoRoot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Compiles every golden case and compares the template and rendered diagnostics with the expected
 * files. {@code scripts/golden} runs or rewrites some or all of them (see its {@code --help}).
 */
class GoldenTest {

  @TestFactory
  Stream<DynamicTest> everyCaseMatchesItsExpectedOutput() {
    List<GoldenCase> cases = GoldenCases.selected();
    GoldenCases.only()
        .ifPresent(
            only ->
                System.out.printf(
                    "*** -D%s is set: GoldenTest runs %d of %d case(s): %s ***%n",
                    GoldenCases.ONLY,
                    cases.size(),
                    GoldenCases.all().size(),
                    String.join(", ", only)));
    if (GoldenCases.updating()) {
      System.out.printf(
          "*** -D%s is set: the expected files of %d case(s) are rewritten, not compared ***%n",
          GoldenCases.UPDATE, cases.size());
    }
    return cases.stream()
        .map(golden -> DynamicTest.dynamicTest(golden.name(), () -> check(golden)));
  }

  @Test
  void thereAreEnoughCasesAndEachHasAnExpectation() {
    assumeFalse(GoldenCases.updating(), "expected files are being rewritten");
    List<GoldenCase> cases = GoldenCases.all();
    assertThat(cases).hasSizeGreaterThanOrEqualTo(30);
    for (GoldenCase golden : cases) {
      assertThat(
              Files.exists(golden.expectedTemplate()) || Files.exists(golden.expectedDiagnostics()))
          .as("%s has expected.json or expected.txt", golden.name())
          .isTrue();
    }
  }

  /** Templates name the partition as ${AWS::Partition}, so they deploy to GovCloud and China. */
  @Test
  void noExpectedTemplateWritesThePartitionLiterally() throws IOException {
    assumeFalse(GoldenCases.updating(), "expected files are being rewritten");
    List<Path> templates;
    try (Stream<Path> files = Files.walk(RepoRoot.resolve("compiler/src/test/resources"))) {
      templates =
          files
              .filter(file -> file.getFileName().toString().matches("expected.*\\.json"))
              .sorted()
              .toList();
    }
    assertThat(templates).hasSizeGreaterThanOrEqualTo(60);
    for (Path template : templates) {
      assertThat(Files.readString(template)).as("%s", template).doesNotContain("arn:aws:");
    }
  }

  private static void check(GoldenCase golden) throws IOException {
    GoldenCase.Outcome outcome = golden.compile();
    if (GoldenCases.updating()) {
      Files.createDirectories(golden.expectedFolder());
      for (String stale : nestedFiles(golden)) {
        Files.delete(golden.expectedFolder().resolve(stale));
      }
      for (Map.Entry<String, String> nested : outcome.nested().entrySet()) {
        write(golden.expectedFolder().resolve(nested.getKey()), nested.getValue());
      }
      write(golden.expectedTemplate(), outcome.template().orElse(null));
      write(
          golden.expectedDiagnostics(),
          outcome.diagnostics().isEmpty() ? null : outcome.diagnostics());
      return;
    }
    if (Files.exists(golden.expectedTemplate())) {
      assertThat(outcome.template())
          .as("%s: expected a template, got errors:%n%s", golden.name(), outcome.diagnostics())
          .isPresent();
      assertThat(outcome.template().get())
          .as("%s: template differs", golden.name())
          .isEqualTo(Files.readString(golden.expectedTemplate()));
    } else {
      assertThat(outcome.template())
          .as("%s: expected no template (errors), but compile succeeded", golden.name())
          .isEmpty();
    }
    assertThat(outcome.nested().keySet())
        .as("%s: nested templates", golden.name())
        .containsExactlyElementsOf(nestedFiles(golden));
    for (Map.Entry<String, String> nested : outcome.nested().entrySet()) {
      assertThat(nested.getValue())
          .as("%s: %s differs", golden.name(), nested.getKey())
          .isEqualTo(Files.readString(golden.expectedFolder().resolve(nested.getKey())));
    }
    String expectedDiagnostics =
        Files.exists(golden.expectedDiagnostics())
            ? Files.readString(golden.expectedDiagnostics())
            : "";
    assertThat(outcome.diagnostics())
        .as("%s: diagnostics differ", golden.name())
        .isEqualTo(expectedDiagnostics);
  }

  /** The expected nested templates of a case ({@code expected.<NestedStack>.json}), sorted. */
  private static List<String> nestedFiles(GoldenCase golden) throws IOException {
    if (!Files.isDirectory(golden.expectedFolder())) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(golden.expectedFolder())) {
      return files
          .map(file -> file.getFileName().toString())
          .filter(name -> name.startsWith("expected.") && name.endsWith(".json"))
          .filter(name -> !name.equals(GoldenCase.TEMPLATE))
          .sorted()
          .toList();
    }
  }

  private static void write(Path file, String content) throws IOException {
    if (content == null) {
      Files.deleteIfExists(file);
    } else {
      Files.writeString(file, content, StandardCharsets.UTF_8);
    }
  }
}
