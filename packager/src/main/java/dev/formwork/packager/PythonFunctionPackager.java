package dev.formwork.packager;

import dev.formwork.process.ProcessCommand;
import dev.formwork.process.ProcessResult;
import dev.formwork.process.ProcessRunner;
import dev.formwork.schema.artifact.ArtifactKind;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Packages a Python function: the entry file's folder (less {@code excludeFiles} and what is never
 * packaged by default), its {@code includeFiles}, and its dependencies vendored by pip for Lambda's
 * platform ({@code manylinux2014_<arch>}, binary wheels only, the runtime's Python version) from
 * the declaration {@link PythonDependencies} finds: a requirements file as it is, a uv or Poetry
 * lock exported by that tool, a Pipfile.lock read by formwork.
 */
final class PythonFunctionPackager {

  private static final int PIP_ERROR_LINES = 8;

  /** Time for pip to download and unpack a function's wheels on a slow connection. */
  private static final Duration PIP_TIMEOUT = Duration.ofMinutes(10);

  /** Exporting a lock file reads it; it needs no network. */
  private static final Duration EXPORT_TIMEOUT = Duration.ofMinutes(2);

  private final String python;
  private final Toolchains toolchains;
  private final ProcessRunner runner;
  private final ArtifactCache cache;
  private final ProgressListener progress;

  PythonFunctionPackager(
      String python,
      Toolchains toolchains,
      ProcessRunner runner,
      ArtifactCache cache,
      ProgressListener progress) {
    this.python = python;
    this.toolchains = toolchains;
    this.runner = runner;
    this.cache = cache;
    this.progress = progress;
  }

  /**
   * A Python function is its whole folder (modules it imports), its {@code includeFiles} outside
   * that folder, and the files that declare its dependencies.
   */
  private static List<Path> watched(
      Path folder, SortedMap<String, Path> files, PythonDependencies dependencies) {
    Set<Path> sources = new TreeSet<>(List.of(folder));
    for (Path file : files.values()) {
      if (!file.toAbsolutePath().normalize().startsWith(folder)) {
        sources.add(file);
      }
    }
    sources.addAll(dependencies.inputs());
    return List.copyOf(sources);
  }

  Optional<BuiltArtifact> packageFunction(
      Path projectDir, PythonFunctionBuild function, List<Diagnostic> diagnostics)
      throws IOException {
    progress.started(function.resourceName(), ArtifactKind.FUNCTION);
    Path entry = projectDir.resolve(function.entryFile()).normalize();
    if (!Files.isRegularFile(entry)) {
      diagnostics.add(SourceChecks.entryMissing(projectDir, function, function.entryFile()));
      return failed(function);
    }
    PythonDependencies.Found found = PythonDependencies.find(projectDir, function);
    if (found.dependencies().isEmpty()) {
      diagnostics.add(
          Diagnostic.error(
                  Code.PACKAGING_REQUIREMENTS_MISSING,
                  function.entryfilePath(),
                  "Function '" + function.resourceName() + "': " + found.problem())
              .withHint(found.hint()));
      return failed(function);
    }
    PythonDependencies dependencies = found.dependencies().get();
    SortedMap<String, Path> files = files(projectDir, entry.getParent(), function);
    CacheKey key =
        cache
            .key()
            .put("kind", "python")
            .put("runtime", function.runtime())
            .put("architecture", function.architecture().lambdaName())
            .put("dependencies", dependencies.getClass().getSimpleName())
            .putFiles("files", files);
    for (Path input : dependencies.inputs()) {
      key.putFile("dependency:" + input.getFileName(), input);
    }
    String digest = key.digest();
    Optional<ArtifactCache.Hit> hit = cache.lookup(digest, projectDir);
    if (hit.isPresent()) {
      progress.finished(
          function.resourceName(),
          ArtifactKind.FUNCTION,
          ProgressListener.Outcome.CACHED,
          hit.get().zippedBytes());
      return Optional.of(
          BuiltArtifact.of(function.resourceName(), ArtifactKind.FUNCTION, hit.get())
              .withSources(watched(entry.getParent(), files, dependencies)));
    }
    Path staging = cache.newStagingDir();
    try {
      SortedMap<String, ZipSource> entries = new TreeMap<>();
      Optional<Path> requirements =
          requirementsFile(projectDir, function, dependencies, staging, diagnostics);
      if (requirements.isEmpty() && !(dependencies instanceof PythonDependencies.None)) {
        return failed(function);
      }
      if (requirements.isPresent()) {
        Path deps = staging.resolve("deps");
        List<String> command = pipCommand(function, requirements.get(), deps);
        ProcessResult pip = runner.run(ProcessCommand.of(command, projectDir, PIP_TIMEOUT));
        if (pip.timedOut()) {
          throw new IOException(
              command.get(0) + " did not finish within " + PIP_TIMEOUT.toMinutes() + " minutes");
        }
        if (!pip.succeeded()) {
          diagnostics.add(
              Diagnostic.error(
                  Code.PACKAGING_PIP_FAILED,
                  function.entryfilePath(),
                  "Function '"
                      + function.resourceName()
                      + "': pip could not install "
                      + describe(projectDir, dependencies)
                      + " for "
                      + function.runtime()
                      + " on "
                      + function.architecture().lambdaName()
                      + ": "
                      + lastLines(pip.stderr())));
          return failed(function);
        }
        if (Files.isDirectory(deps)) {
          FileSets.files(deps, Set.of("__pycache__"))
              .forEach((name, file) -> entries.put(name, ZipSource.FromFile.of(file)));
        }
      }
      // The function's own files win over a vendored file of the same name.
      files.forEach((name, file) -> entries.put(name, ZipSource.FromFile.of(file)));
      ZipStats zip = ReproducibleZip.write(entries, staging.resolve("artifact.zip"));
      ArtifactCache.Hit stored = cache.store(digest, zip, projectDir, new HashSet<>());
      progress.finished(
          function.resourceName(),
          ArtifactKind.FUNCTION,
          ProgressListener.Outcome.BUILT,
          stored.zippedBytes());
      return Optional.of(
          BuiltArtifact.of(function.resourceName(), ArtifactKind.FUNCTION, stored)
              .withSources(watched(entry.getParent(), files, dependencies)));
    } finally {
      FileSets.deleteTree(staging);
    }
  }

  /**
   * The zip's own files: the entry folder's files by their path in that folder, less {@code
   * excludeFiles} (matched against that path and the project-relative one) and what is never
   * packaged by default; then {@code includeFiles}, by project-relative path, exactly as for JS.
   */
  static SortedMap<String, Path> files(Path projectDir, Path folder, PythonFunctionBuild function)
      throws IOException {
    Set<String> skipped = new HashSet<>(FileSets.ALWAYS_SKIPPED);
    skipped.add("node_modules");
    List<PathMatcher> excluded = FileSets.matchers(function.excludeFiles());
    SortedMap<String, Path> files = new TreeMap<>();
    for (Map.Entry<String, Path> file : FileSets.files(folder, skipped).entrySet()) {
      String name = file.getKey();
      String projectRelative =
          projectDir.relativize(file.getValue().toAbsolutePath().normalize()).toString();
      if (FileSets.neverByDefault(name).isPresent()
          || FileSets.matchesAny(excluded, name)
          || FileSets.matchesAny(excluded, projectRelative)) {
        continue;
      }
      files.put(name, file.getValue());
    }
    files.putAll(FileSets.included(projectDir, function.includeFiles(), function.excludeFiles()));
    return files;
  }

  /** The requirements pip installs: the file itself, or one written from a lock; empty if none. */
  private Optional<Path> requirementsFile(
      Path projectDir,
      PythonFunctionBuild function,
      PythonDependencies dependencies,
      Path staging,
      List<Diagnostic> diagnostics)
      throws IOException {
    Path output = staging.resolve("requirements.txt");
    if (dependencies instanceof PythonDependencies.Requirements requirements) {
      return Optional.of(requirements.file());
    }
    if (dependencies instanceof PythonDependencies.PipfileLock lock) {
      PipfileLockReader.Read read =
          PipfileLockReader.read(Files.readString(lock.file(), StandardCharsets.UTF_8));
      if (!read.problem().isEmpty()) {
        diagnostics.add(
            Diagnostic.error(
                Code.PACKAGING_PIP_FAILED,
                function.entryfilePath(),
                "Function '"
                    + function.resourceName()
                    + "': "
                    + projectDir.relativize(lock.file())
                    + " cannot be vendored: "
                    + read.problem()));
        return Optional.empty();
      }
      Files.writeString(output, String.join("\n", read.requirements()) + "\n");
      return Optional.of(output);
    }
    if (dependencies instanceof PythonDependencies.UvProject uv) {
      return exported(projectDir, function, uv, uv.folder(), PythonTool.UV, output, diagnostics);
    }
    if (dependencies instanceof PythonDependencies.PoetryProject poetry) {
      return exported(
          projectDir, function, poetry, poetry.folder(), PythonTool.POETRY, output, diagnostics);
    }
    return Optional.empty();
  }

  private Optional<Path> exported(
      Path projectDir,
      PythonFunctionBuild function,
      PythonDependencies project,
      Path folder,
      PythonTool tool,
      Path output,
      List<Diagnostic> diagnostics)
      throws IOException {
    Optional<Path> executable =
        toolchains
            .variable("FORMWORK_" + tool.name())
            .map(Path::of)
            .or(() -> toolchains.onPath(tool.command()));
    if (executable.isEmpty()) {
      diagnostics.add(
          Diagnostic.error(
                  Code.PACKAGING_TOOLCHAIN_MISSING,
                  function.entryfilePath(),
                  "Function '"
                      + function.resourceName()
                      + "' declares its dependencies in "
                      + projectDir.relativize(folder.resolve("pyproject.toml"))
                      + " for "
                      + tool.command()
                      + ", but there is no `"
                      + tool.command()
                      + "` on PATH to export them.")
              .withHint(
                  tool == PythonTool.UV
                      ? "Install uv (https://docs.astral.sh/uv/), or set $FORMWORK_UV."
                      : "Install Poetry with the poetry-plugin-export plugin, or set"
                          + " $FORMWORK_POETRY."));
      return Optional.empty();
    }
    List<String> command =
        PythonDependencies.exportCommand(project, executable.get().toString(), output);
    ProcessResult export = runner.run(ProcessCommand.of(command, folder, EXPORT_TIMEOUT));
    if (export.timedOut()) {
      throw new IOException(
          command.get(0) + " did not finish within " + EXPORT_TIMEOUT.toMinutes() + " minutes");
    }
    if (!export.succeeded() || !Files.isRegularFile(output)) {
      diagnostics.add(
          Diagnostic.error(
              Code.PACKAGING_PIP_FAILED,
              function.entryfilePath(),
              "Function '"
                  + function.resourceName()
                  + "': `"
                  + tool.command()
                  + " export` failed: "
                  + lastLines(export.stderr() + "\n" + export.stdout())));
      return Optional.empty();
    }
    return Optional.of(output);
  }

  private static String describe(Path projectDir, PythonDependencies dependencies) {
    List<String> names = new ArrayList<>();
    for (Path input : dependencies.inputs()) {
      names.add(projectDir.relativize(input).toString());
    }
    return String.join(" and ", names);
  }

  /**
   * {@code --no-compile} keeps .pyc files (which embed timestamps) out of the zip; {@code
   * --platform} with {@code --only-binary} makes pip choose Amazon Linux wheels even on macOS.
   * https://docs.aws.amazon.com/lambda/latest/dg/python-package.html#python-package-native-libraries
   */
  private List<String> pipCommand(PythonFunctionBuild function, Path requirements, Path target) {
    List<String> command = new ArrayList<>(List.of(python, "-m", "pip", "install"));
    command.addAll(
        List.of(
            "--target",
            target.toString(),
            "--platform",
            function.architecture().pipPlatform(),
            "--implementation",
            "cp",
            "--python-version",
            function.pythonVersion(),
            "--only-binary=:all:",
            "--no-compile",
            "--no-input",
            "--disable-pip-version-check",
            "--quiet",
            "-r",
            requirements.toString()));
    return command;
  }

  private static String lastLines(String text) {
    List<String> lines = text.strip().lines().filter(line -> !line.isBlank()).toList();
    return String.join(
        " ", lines.subList(Math.max(0, lines.size() - PIP_ERROR_LINES), lines.size()));
  }

  private Optional<BuiltArtifact> failed(PythonFunctionBuild function) {
    progress.finished(
        function.resourceName(), ArtifactKind.FUNCTION, ProgressListener.Outcome.FAILED, 0);
    return Optional.empty();
  }
}
