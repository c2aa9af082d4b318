package dev.formwork.schema.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.formwork.schema.testing.RepoRoot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A code named in the hand-written docs ({@code `config.unknown-resource`}) is catalogued. */
class DocumentedCodesTest {

  /** Backticked names that look like codes but are files, such as {@code `template.json`}. */
  private static final Set<String> FILE_EXTENSIONS = Set.of("json", "yml", "yaml", "md", "zip");

  @Test
  void everyCodeTheDocsNameIsCatalogued() throws IOException {
    Set<String> ids = Arrays.stream(Code.values()).map(Code::id).collect(Collectors.toSet());
    String families =
        Arrays.stream(Code.values()).map(Code::family).distinct().collect(Collectors.joining("|"));
    Pattern mention = Pattern.compile("`((?:" + families + ")\\.([a-z0-9]+(?:-[a-z0-9]+)*))`");
    List<String> unknown = new ArrayList<>();
    int mentions = 0;
    for (Path doc : handWrittenDocs()) {
      Matcher match = mention.matcher(Files.readString(doc));
      while (match.find()) {
        if (FILE_EXTENSIONS.contains(match.group(2))) {
          continue;
        }
        mentions++;
        if (!ids.contains(match.group(1))) {
          unknown.add(RepoRoot.path().relativize(doc) + ": " + match.group(1));
        }
      }
    }
    assertTrue(mentions > 50, "the docs should name many codes, found " + mentions);
    assertEquals(List.of(), unknown);
  }

  private static List<Path> handWrittenDocs() throws IOException {
    Path root = RepoRoot.path();
    try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
      List<Path> all =
          new ArrayList<>(
              docs.filter(doc -> doc.toString().endsWith(".md"))
                  .filter(doc -> !doc.getFileName().toString().equals("diagnostics.md"))
                  .sorted()
                  .toList());
      all.add(root.resolve("README.md"));
      return all;
    }
  }
}
