package dev.formwork.compiler.golden;

import dev.formwork.schema.testing.RepoRoot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the golden cases: {@code compiler/src/test/resources/golden/*} and every {@code
 * examples/*}.
 */
final class GoldenCases {

  private GoldenCases() {}

  static Path casesRoot() {
    return RepoRoot.resolve("compiler/src/test/resources/golden");
  }

  static Path examplesExpectedRoot() {
    return RepoRoot.resolve("compiler/src/test/resources/examples");
  }

  static List<GoldenCase> all() {
    List<GoldenCase> cases = new ArrayList<>();
    for (Path folder : folders(casesRoot())) {
      cases.add(
          new GoldenCase(
              folder.getFileName().toString(), folder, folder.resolve("formwork.yml"), folder));
    }
    for (Path folder : folders(RepoRoot.resolve("examples"))) {
      Path config = folder.resolve("formwork.yml");
      if (Files.isRegularFile(config)) {
        String name = folder.getFileName().toString();
        cases.add(
            new GoldenCase(
                "examples/" + name, folder, config, examplesExpectedRoot().resolve(name)));
      }
    }
    return cases;
  }

  private static List<Path> folders(Path root) {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> children = Files.list(root)) {
      return children.filter(Files::isDirectory).sorted().toList();
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }

  /** Whether to rewrite expected files instead of comparing (-Dformwork.golden.update=true). */
  static boolean updating() {
    return Boolean.getBoolean("formwork.golden.update")
        || "1".equals(System.getenv("FORMWORK_UPDATE_GOLDEN"));
  }
}
