package dev.formwork.packager;

/**
 * The Python package managers whose dependency declarations formwork vendors: pip reads a
 * requirements file itself; uv and poetry export their lock file as one first; a Pipfile.lock is
 * read by formwork. The wheels are always installed by pip, for Lambda's platform.
 */
public enum PythonTool {
  PIP("pip"),
  UV("uv"),
  POETRY("poetry"),
  PIPENV("pipenv");

  private final String command;

  PythonTool(String command) {
    this.command = command;
  }

  /** The executable's name. */
  public String command() {
    return command;
  }
}
