package dev.formwork.schema.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The repository's root folder, for tests that read files outside their module (golden cases,
 * examples, the committed JSON Schema, the Python venv). Shared by every module's tests through the
 * schema test-jar.
 */
public final class RepoRoot {

  private RepoRoot() {}

  /**
   * The nearest folder, upwards from {@code formwork.repoRoot} (which the parent pom gives
   * surefire) or else the working directory (an IDE), that holds both the parent {@code pom.xml}
   * and the {@code formwork} launcher.
   */
  public static Path path() {
    String configured = System.getProperty("formwork.repoRoot");
    Path start = (configured != null ? Path.of(configured) : Path.of("")).toAbsolutePath();
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("pom.xml"))
          && Files.isRegularFile(dir.resolve("formwork"))) {
        return dir;
      }
    }
    throw new IllegalStateException(
        "cannot find the repository root (a folder with pom.xml and formwork) above " + start);
  }

  /** A path inside the repository, e.g. {@code resolve("formwork.schema.json")}. */
  public static Path resolve(String relative) {
    return path().resolve(relative);
  }

  /** The pinned Python tools: {@code $FORMWORK_VENV}, else {@code <repo>/.venv}. */
  public static Path venv() {
    String configured = System.getenv("FORMWORK_VENV");
    return configured != null && !configured.isBlank() ? Path.of(configured) : resolve(".venv");
  }
}
