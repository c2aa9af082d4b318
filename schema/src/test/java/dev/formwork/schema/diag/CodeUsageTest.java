package dev.formwork.schema.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.formwork.schema.testing.RepoRoot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Scans the main sources of every module: each catalogued code is reported somewhere, and each call
 * that names a severity ({@code error(Code.X, …)}, {@code valueWarning(Code.X, …)}, …) agrees with
 * the catalogue, so a contradiction fails here even on a path no other test takes.
 */
class CodeUsageTest {

  private static final Pattern REFERENCE = Pattern.compile("\\bCode\\.([A-Z][A-Z0-9_]*)\\b");

  private static final Pattern SEVERITY_CALL =
      Pattern.compile(
          "\\b(error|valueError|failure|warning|valueWarning|ModelConstraintException)\\(\\s*"
              + "Code\\.([A-Z][A-Z0-9_]*)\\b");

  private static final Set<String> WARNING_CALLS = Set.of("warning", "valueWarning");

  @Test
  void everyCodeIsReportedByMainCode() throws IOException {
    Set<Code> unused = EnumSet.allOf(Code.class);
    for (Path file : SourceTree.mainJavaFiles()) {
      if (file.getFileName().toString().equals("Code.java")) {
        continue;
      }
      Matcher reference = REFERENCE.matcher(Files.readString(file));
      while (reference.find()) {
        unused.remove(Code.valueOf(reference.group(1)));
      }
    }
    assertEquals(EnumSet.noneOf(Code.class), unused, "catalogued codes that nothing reports");
  }

  @Test
  void everyCallStatesTheCataloguedSeverity() throws IOException {
    List<String> contradictions = new ArrayList<>();
    int calls = 0;
    for (Path file : SourceTree.mainJavaFiles()) {
      String text = Files.readString(file);
      Matcher call = SEVERITY_CALL.matcher(text);
      while (call.find()) {
        calls++;
        Severity stated = WARNING_CALLS.contains(call.group(1)) ? Severity.WARNING : Severity.ERROR;
        Code code = Code.valueOf(call.group(2));
        if (code.severity() != stated) {
          contradictions.add(
              RepoRoot.path().relativize(file)
                  + ":"
                  + lineOf(text, call.start())
                  + " reports "
                  + code.id()
                  + " as "
                  + stated.label());
        }
      }
    }
    assertTrue(calls > 150, "the scan should see the reporting calls, saw " + calls);
    assertEquals(List.of(), contradictions);
  }

  private static int lineOf(String text, int offset) {
    return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
  }
}
