package dev.formwork.compiler.lint;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the pinned Python tools (cfn-lint) that scripts/setup-venv installs into .venv. */
public final class PythonTools {

  private PythonTools() {}

  /** The venv: $FORMWORK_VENV, else {@code <repo>/.venv}; fails with the fix when it is missing. */
  public static Path venv(Path repoRoot) {
    String configured = System.getenv("FORMWORK_VENV");
    Path venv =
        configured != null && !configured.isBlank()
            ? Path.of(configured)
            : repoRoot.resolve(".venv");
    if (!Files.isExecutable(venv.resolve("bin/cfn-lint"))) {
      throw new IllegalStateException(
          "cfn-lint is not installed in "
              + venv
              + "; run scripts/setup-venv (scripts/test does it for you).");
    }
    return venv;
  }
}
