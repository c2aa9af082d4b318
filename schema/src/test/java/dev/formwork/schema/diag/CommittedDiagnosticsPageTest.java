package dev.formwork.schema.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.formwork.schema.testing.RepoRoot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/diagnostics.md} must equal the page generated from the catalogue; rewrite it with the
 * command in {@link DiagnosticsPage#REGENERATE} after changing {@link Code}.
 */
class CommittedDiagnosticsPageTest {

  @Test
  void committedPageIsUpToDate() throws IOException {
    Path file = RepoRoot.path().resolve("docs/diagnostics.md");
    String generated = DiagnosticsPage.render();
    if (Boolean.getBoolean("formwork.golden.update")) {
      Files.writeString(file, generated, StandardCharsets.UTF_8);
    }
    String committed = Files.exists(file) ? Files.readString(file) : "";
    assertEquals(
        committed, generated, "docs/diagnostics.md is stale: run " + DiagnosticsPage.REGENERATE);
  }

  @Test
  void everyFamilyHasAHeading() {
    Set<String> families =
        Arrays.stream(Code.values()).map(Code::family).collect(Collectors.toSet());
    assertEquals(
        families,
        DiagnosticsPage.FAMILIES.keySet(),
        "give a new family its heading in DiagnosticsPage.FAMILIES");
  }
}
