package dev.formwork.compiler.golden;

import dev.formwork.schema.testing.RepoRoot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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

  /** Set to true, expected files are rewritten instead of compared (scripts/golden update). */
  static final String UPDATE = "formwork.golden.update";

  /** Comma-separated names of the only cases GoldenTest runs (scripts/golden run, update). */
  static final String ONLY = "formwork.golden.only";

  static boolean updating() {
    return Boolean.getBoolean(UPDATE);
  }

  /** The names {@code -Dformwork.golden.only} gives, or empty when it is not set. */
  static Optional<Set<String>> only() {
    String names = System.getProperty(ONLY, "");
    Set<String> only = new TreeSet<>();
    for (String name : names.split(",")) {
      if (!name.isBlank()) {
        only.add(name.strip());
      }
    }
    return only.isEmpty() ? Optional.empty() : Optional.of(only);
  }

  /**
   * The cases {@code -Dformwork.golden.only} names, or all of them. A name that is no case fails,
   * so a typo cannot pass by running nothing.
   */
  static List<GoldenCase> selected() {
    List<GoldenCase> all = all();
    Optional<Set<String>> only = only();
    if (only.isEmpty()) {
      return all;
    }
    Set<String> unknown = new TreeSet<>(only.get());
    all.forEach(golden -> unknown.remove(golden.name()));
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          "-D"
              + ONLY
              + " names no golden case: "
              + String.join(", ", unknown)
              + " (a case is a folder of compiler/src/test/resources/golden, or examples/NAME)");
    }
    return all.stream().filter(golden -> only.get().contains(golden.name())).toList();
  }
}
