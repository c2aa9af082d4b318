package dev.formwork.compiler.lint;

import dev.formwork.schema.testing.RepoRoot;
import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the pinned Python tools (cfn-lint) that scripts/setup-venv installs into .venv. */
public final class PythonTools {

  private PythonTools() {}

  /** The venv ({@link RepoRoot#venv()}); fails with the fix when cfn-lint is missing there. */
  public static Path venv() {
    Path venv = RepoRoot.venv();
    if (!Files.isExecutable(venv.resolve("bin/cfn-lint"))) {
      throw new IllegalStateException(
          "cfn-lint is not installed in "
              + venv
              + "; run scripts/setup-venv (scripts/test does it for you).");
    }
    return venv;
  }
}
