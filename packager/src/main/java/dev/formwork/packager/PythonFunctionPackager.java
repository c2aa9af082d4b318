package dev.formwork.packager;

import dev.formwork.process.ProcessCommand;
import dev.formwork.process.ProcessResult;
import dev.formwork.process.ProcessRunner;
import dev.formwork.schema.artifact.ArtifactKind;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Packages a Python function: the entry file's folder plus its requirements, vendored by pip for
 * Lambda's platform ({@code manylinux2014_<arch>}, binary wheels only, the runtime's Python
 * version).
 */
final class PythonFunctionPackager {

  private static final int PIP_ERROR_LINES = 8;

  /** Time for pip to download and unpack a function's wheels on a slow connection. */
  private static final Duration PIP_TIMEOUT = Duration.ofMinutes(10);

  private final String python;
  private final ProcessRunner runner;
  private final ArtifactCache cache;
  private final ProgressListener progress;

  PythonFunctionPackager(
      String python, ProcessRunner runner, ArtifactCache cache, ProgressListener progress) {
    this.python = python;
    this.runner = runner;
    this.cache = cache;
    this.progress = progress;
  }

  /** A Python function is its whole folder (modules it imports) and its requirements. */
  private static List<Path> watched(Path folder, Optional<Path> requirements) {
    List<Path> sources = new ArrayList<>(List.of(folder));
    requirements.ifPresent(sources::add);
    return sources;
  }

  Optional<BuiltArtifact> packageFunction(
      Path projectDir, PythonFunctionBuild function, List<Diagnostic> diagnostics)
      throws IOException {
    progress.started(function.resourceName(), ArtifactKind.FUNCTION);
    Path entry = projectDir.resolve(function.entryFile()).normalize();
    if (!Files.isRegularFile(entry)) {
      diagnostics.add(
          Diagnostic.error(
                  Code.PACKAGING_ENTRY_MISSING,
                  function.entryfilePath(),
                  "Function '"
                      + function.resourceName()
                      + "': the entry file "
                      + function.entryFile()
                      + " does not exist.")
              .withHint("entryfilePath is relative to the project folder " + projectDir + "."));
      return failed(function);
    }
    Optional<Path> requirements =
        function.requirementsFile().map(path -> projectDir.resolve(path).normalize());
    if (requirements.isPresent() && !Files.isRegularFile(requirements.get())) {
      diagnostics.add(
          Diagnostic.error(
              Code.PACKAGING_REQUIREMENTS_MISSING,
              function.entryfilePath(),
              "Function '"
                  + function.resourceName()
                  + "': the requirements file "
                  + function.requirementsFile().get()
                  + " does not exist."));
      return failed(function);
    }
    Path folder = entry.getParent();
    Set<String> skipped = new HashSet<>(FileSets.ALWAYS_SKIPPED);
    skipped.add("node_modules");
    SortedMap<String, Path> files = FileSets.files(folder, skipped);
    CacheKey key =
        new CacheKey()
            .put("kind", "python")
            .put("runtime", function.runtime())
            .put("architecture", function.architecture().lambdaName())
            .putFiles("files", files);
    requirements.ifPresent(file -> key.putFile("requirements", file));
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
              .withSources(watched(folder, requirements)));
    }
    Path staging = cache.newStagingDir();
    try {
      SortedMap<String, ZipSource> entries = new TreeMap<>();
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
                      + function.requirementsFile().get()
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
              .withSources(watched(folder, requirements)));
    } finally {
      FileSets.deleteTree(staging);
    }
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
