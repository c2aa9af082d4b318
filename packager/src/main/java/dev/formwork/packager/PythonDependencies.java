package dev.formwork.packager;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where a Python function's dependencies are declared, and so which tool turns the declaration into
 * the requirements pip installs: a requirements file (pip), a pyproject.toml with uv.lock (uv) or
 * poetry.lock (poetry), or a Pipfile.lock (read by formwork). Found from {@code packageManagerFile}
 * and {@code packageManager}, or by looking beside the entry file (requirements.txt) and in the
 * folders from it up to the project folder (pyproject.toml with a lock file, Pipfile.lock).
 */
public sealed interface PythonDependencies {

  /** The files whose content decides what is vendored (part of the cache key). */
  List<Path> inputs();

  /** No dependencies to vendor. */
  record None() implements PythonDependencies {
    @Override
    public List<Path> inputs() {
      return List.of();
    }
  }

  /** A pip requirements file. */
  record Requirements(Path file) implements PythonDependencies {
    @Override
    public List<Path> inputs() {
      return List.of(file);
    }
  }

  /** A uv project: pyproject.toml and uv.lock in {@code folder}. */
  record UvProject(Path folder) implements PythonDependencies {
    @Override
    public List<Path> inputs() {
      return List.of(folder.resolve("pyproject.toml"), folder.resolve("uv.lock"));
    }
  }

  /** A Poetry project: pyproject.toml and poetry.lock in {@code folder}. */
  record PoetryProject(Path folder) implements PythonDependencies {
    @Override
    public List<Path> inputs() {
      return List.of(folder.resolve("pyproject.toml"), folder.resolve("poetry.lock"));
    }
  }

  /** A Pipenv lock file. */
  record PipfileLock(Path file) implements PythonDependencies {
    @Override
    public List<Path> inputs() {
      return List.of(file);
    }
  }

  /** What was found, or why the declaration cannot be used (one sentence and a hint). */
  record Found(Optional<PythonDependencies> dependencies, String problem, String hint) {

    static Found of(PythonDependencies dependencies) {
      return new Found(Optional.of(dependencies), "", "");
    }

    static Found problem(String problem, String hint) {
      return new Found(Optional.empty(), problem, hint);
    }
  }

  /** The dependency declaration of a function. */
  static Found find(Path project, PythonFunctionBuild function) throws IOException {
    Path projectDir = project.toAbsolutePath().normalize();
    Path entry = projectDir.resolve(function.entryFile()).normalize();
    Path folder = entry.getParent();
    if (function.dependencyFile().isPresent()) {
      return given(projectDir.resolve(function.dependencyFile().get()).normalize(), function);
    }
    Optional<PythonTool> tool = function.tool();
    Path requirements = folder.resolve("requirements.txt");
    if (tool.isEmpty() || tool.get() == PythonTool.PIP) {
      if (Files.isRegularFile(requirements)) {
        return Found.of(new Requirements(requirements));
      }
      if (tool.isPresent()) {
        return Found.problem(
            "packageManager is pip, but there is no requirements.txt beside the entry file.",
            "Add one, or name the requirements file with packageManagerFile.");
      }
    }
    for (Path dir = folder; dir != null && dir.startsWith(projectDir); dir = dir.getParent()) {
      Path pyproject = dir.resolve("pyproject.toml");
      boolean wantsPyproject =
          tool.isEmpty() || tool.get() == PythonTool.UV || tool.get() == PythonTool.POETRY;
      if (wantsPyproject && Files.isRegularFile(pyproject)) {
        Optional<PythonTool> lockTool = lockedBy(dir);
        if (tool.isPresent()) {
          return pyproject(pyproject, tool.get());
        }
        if (lockTool.isPresent()) {
          return pyproject(pyproject, lockTool.get());
        }
        // A pyproject.toml without a lock file often only configures tools (ruff, pytest).
      }
      boolean wantsPipfile = tool.isEmpty() || tool.get() == PythonTool.PIPENV;
      if (wantsPipfile
          && (Files.isRegularFile(dir.resolve("Pipfile"))
              || Files.isRegularFile(dir.resolve("Pipfile.lock")))) {
        return pipfile(dir);
      }
      if (dir.equals(projectDir)) {
        break;
      }
    }
    if (tool.isPresent()) {
      return Found.problem(
          "packageManager is "
              + tool.get().command()
              + ", but no "
              + (tool.get() == PythonTool.PIPENV ? "Pipfile" : "pyproject.toml")
              + " was found from the entry file's folder up to the project folder.",
          "Name it with packageManagerFile.");
    }
    return Found.of(new None());
  }

  private static Found given(Path file, PythonFunctionBuild function) throws IOException {
    if (!Files.isRegularFile(file)) {
      return Found.problem(
          "the package manager file " + function.dependencyFile().get() + " does not exist.",
          "packageManagerFile is relative to the config file.");
    }
    String name = file.getFileName().toString();
    if (name.equals("Pipfile") || name.equals("Pipfile.lock")) {
      return pipfile(file.getParent());
    }
    if (name.equals("pyproject.toml")) {
      Optional<PythonTool> tool =
          function.tool().filter(t -> t == PythonTool.UV || t == PythonTool.POETRY);
      if (tool.isEmpty()) {
        tool = lockedBy(file.getParent());
      }
      if (tool.isEmpty()) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        tool =
            text.contains("[tool.poetry")
                ? Optional.of(PythonTool.POETRY)
                : text.contains("[tool.uv") ? Optional.of(PythonTool.UV) : Optional.empty();
      }
      if (tool.isEmpty()) {
        return Found.problem(
            "formwork cannot tell whether uv or Poetry manages "
                + function.dependencyFile().get()
                + ".",
            "Set languageSpecificConfig.packageManager to uv or poetry.");
      }
      return pyproject(file, tool.get());
    }
    return Found.of(new Requirements(file));
  }

  private static Optional<PythonTool> lockedBy(Path folder) {
    if (Files.isRegularFile(folder.resolve("uv.lock"))) {
      return Optional.of(PythonTool.UV);
    }
    if (Files.isRegularFile(folder.resolve("poetry.lock"))) {
      return Optional.of(PythonTool.POETRY);
    }
    return Optional.empty();
  }

  private static Found pyproject(Path pyproject, PythonTool tool) {
    Path folder = pyproject.getParent();
    String lock = tool == PythonTool.UV ? "uv.lock" : "poetry.lock";
    if (!Files.isRegularFile(folder.resolve(lock))) {
      return Found.problem(
          pyproject + " has no " + lock + " beside it, so the versions to vendor are not pinned.",
          "Run `" + tool.command() + " lock` and commit " + lock + ".");
    }
    return Found.of(tool == PythonTool.UV ? new UvProject(folder) : new PoetryProject(folder));
  }

  private static Found pipfile(Path folder) {
    Path lock = folder.resolve("Pipfile.lock");
    if (!Files.isRegularFile(lock)) {
      return Found.problem(
          folder.resolve("Pipfile") + " has no Pipfile.lock beside it.",
          "Run `pipenv lock` and commit Pipfile.lock.");
    }
    return Found.of(new PipfileLock(lock));
  }

  /**
   * The command that writes a uv or Poetry project's locked, non-development dependencies as a
   * requirements file, run in the project's folder: {@code uv export --frozen} never re-resolves,
   * and {@code poetry export} (the poetry-plugin-export plugin on Poetry 2) reads poetry.lock.
   */
  static List<String> exportCommand(PythonDependencies project, String executable, Path output) {
    if (project instanceof UvProject) {
      return List.of(
          executable,
          "export",
          "--frozen",
          "--no-dev",
          "--no-emit-project",
          "--no-hashes",
          "--format",
          "requirements-txt",
          "--output-file",
          output.toString());
    }
    if (project instanceof PoetryProject) {
      return List.of(
          executable,
          "export",
          "--format",
          "requirements.txt",
          "--without-hashes",
          "--only",
          "main",
          "--output",
          output.toString());
    }
    throw new IllegalArgumentException("no export command for " + project);
  }
}
