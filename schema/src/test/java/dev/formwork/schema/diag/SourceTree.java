package dev.formwork.schema.diag;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The repository checkout these tests run in: its root and the main sources of every module. */
final class SourceTree {

  private SourceTree() {}

  static Path root() {
    String configured = System.getProperty("formwork.repoRoot");
    Path start = configured != null ? Path.of(configured) : Path.of("");
    for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("schema"))) {
        return dir;
      }
    }
    throw new IllegalStateException("cannot find the repository root from " + start);
  }

  /** Every {@code *.java} file under {@code <module>/src/main/java}, for all modules. */
  static List<Path> mainJavaFiles() {
    try (Stream<Path> modules = Files.list(root())) {
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
