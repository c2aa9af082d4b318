package dev.formwork.schema.diag;

import dev.formwork.schema.testing.RepoRoot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The main sources of every module of the repository checkout these tests run in. */
final class SourceTree {

  private SourceTree() {}

  /** Every {@code *.java} file under {@code <module>/src/main/java}, for all modules. */
  static List<Path> mainJavaFiles() {
    try (Stream<Path> modules = Files.list(RepoRoot.path())) {
      return modules
          .map(module -> module.resolve("src/main/java"))
          .filter(Files::isDirectory)
          .flatMap(SourceTree::javaFiles)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Stream<Path> javaFiles(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(file -> file.toString().endsWith(".java")).toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
