package dev.formwork.compiler.golden;

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

  static Path repoRoot() {
    String configured = System.getProperty("formwork.repoRoot");
    Path start = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath();
    for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("examples"))
          && Files.isRegularFile(dir.resolve("formwork"))) {
        return dir;
      }
    }
    throw new IllegalStateException("cannot find the repository root from " + start);
  }

  static Path casesRoot() {
    return repoRoot().resolve("compiler/src/test/resources/golden");
  }

  static Path examplesExpectedRoot() {
    return repoRoot().resolve("compiler/src/test/resources/examples");
  }

  static List<GoldenCase> all() {
    List<GoldenCase> cases = new ArrayList<>();
    for (Path folder : folders(casesRoot())) {
      cases.add(
          new GoldenCase(
              folder.getFileName().toString(), folder, folder.resolve("formwork.yml"), folder));
    }
    for (Path folder : folders(repoRoot().resolve("examples"))) {
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
