package dev.formwork.compiler.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.formwork.compiler.testing.CfnLint;
import dev.formwork.schema.testing.RepoRoot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs the official CloudFormation linter over every expected template in one process ({@link
 * CfnLint}) and fails on any error, or any warning not listed in {@link
 * CfnLint#DOCUMENTED_WARNINGS} with its reason.
 */
class CfnLintTest {

  @Test
  void everyExpectedTemplatePassesCfnLint() throws Exception {
    Path root = RepoRoot.path();
    List<Path> templates = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root.resolve("compiler/src/test/resources"))) {
      files
          // expected.json, and the nested templates of split apps (expected.NestedStack01.json).
          .filter(
              file -> file.getFileName().toString().matches("expected(\\.[A-Za-z0-9]+)?\\.json"))
          .sorted()
          .forEach(templates::add);
    }
    assertThat(templates).as("expected golden templates to lint").hasSizeGreaterThanOrEqualTo(15);
    assertThat(CfnLint.problems(templates)).as("cfn-lint findings").isEmpty();
  }
}
