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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Packages a Go function: {@code go build} of the entry file's main package for Linux and the
 * function's architecture into {@code bootstrap} (mode 0755), zipped alone with its included files.
 *
 * <p>Flags, per https://docs.aws.amazon.com/lambda/latest/dg/golang-package.html and for
 * reproducibility: {@code CGO_ENABLED=0} (a static binary for Amazon Linux), {@code -tags
 * lambda.norpc} (no RPC mode, which {@code provided.al2023} never uses), {@code -trimpath} (no
 * folder names), {@code -buildvcs=false} (no git state) and {@code -ldflags "-s -w -buildid="} (no
 * symbol tables and no build ID), so the same sources give the same bytes in any folder.
 *
 * <p>The cache key holds what a build declares (go.mod, go.sum, every {@code .go} file of the
 * module, the architecture, the toolchain's version and settings); the entry records the files
 * {@code go list -deps} names outside the module (local {@code replace} folders, embedded files),
 * whose digests a hit also checks. Versioned dependencies are pinned by go.sum.
 */
final class GoFunctionPackager {

  private static final Set<String> SKIPPED_FOLDERS =
      Set.of(".git", ".formwork", "node_modules", "testdata", ".venv", ".idea");
  private static final Pattern PACKAGE_CLAUSE = Pattern.compile("^\\s*package\\s+(\\w+)");

  /**
   * One line per non-standard package: folder, module kind (main, local, versioned), Go files and
   * embedded files.
   */
  private static final String LIST_FORMAT =
      "{{if not .Standard}}{{.Dir}}\t{{with .Module}}{{if .Main}}main{{else if .Replace}}"
          + "{{if .Replace.Version}}versioned{{else}}local{{end}}{{else}}versioned{{end}}"
          + "{{else}}none{{end}}\t{{join .GoFiles \"|\"}}\t{{join .EmbedFiles \"|\"}}{{end}}";

  private final Toolchains toolchains;

  /** How long one `go build` or `go list` may run (a cold module cache downloads dependencies). */
  private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(10);

  private final ProcessRunner runner;
  private final ArtifactCache cache;
  private final ProgressListener progress;
  private final BuildOptions options;

  GoFunctionPackager(
      Toolchains toolchains,
      ProcessRunner runner,
      ArtifactCache cache,
      ProgressListener progress,
      BuildOptions options) {
    this.toolchains = toolchains;
    this.runner = runner;
    this.cache = cache;
    this.progress = progress;
    this.options = options;
  }

  Optional<BuiltArtifact> packageFunction(
      Path projectDir, GoFunctionBuild function, List<Diagnostic> diagnostics) throws IOException {
    progress.started(function.resourceName(), ArtifactKind.FUNCTION);
    Path entry = projectDir.resolve(function.entryFile()).normalize();
    if (!Files.isRegularFile(entry)) {
      diagnostics.add(SourceChecks.entryMissing(projectDir, function, function.entryFile()));
      return failed(function);
    }
    Optional<Path> moduleRoot = moduleRoot(entry.getParent());
    if (moduleRoot.isEmpty()) {
      diagnostics.add(
          Diagnostic.error(
                  Code.PACKAGING_GO_MODULE_MISSING,
                  function.entryfilePath(),
                  "Function '"
                      + function.resourceName()
                      + "': there is no go.mod in the folder of "
                      + function.entryFile()
                      + " or above it, so go cannot build it.")
              .withHint("Create the module with `go mod init <module path>` and `go mod tidy`."));
      return failed(function);
    }
    String packageName = packageName(Files.readString(entry, StandardCharsets.UTF_8));
    if (!packageName.equals("main")) {
      diagnostics.add(
          Diagnostic.error(
                  Code.PACKAGING_GO_NOT_MAIN,
                  function.entryfilePath(),
                  "Function '"
                      + function.resourceName()
                      + "': "
                      + function.entryFile()
                      + " is in package '"
                      + packageName
                      + "', but Lambda runs an executable, which only package main builds.")
              .withHint(
                  "Point entryfilePath at the file with func main() that calls lambda.Start."));
      return failed(function);
    }
    Path module = moduleRoot.get();
    Optional<Path> go = toolchains.onPath("go");
    SortedMap<String, Path> includes =
        FileSets.included(projectDir, function.includeFiles(), function.excludeFiles());
    String key =
        cache
            .key()
            .put("kind", "go")
            .put("toolchain", go.map(Toolchains::goVersion).orElse("absent"))
            .put("settings", toolchains.goSettings())
            .put("architecture", function.architecture().goArch())
            .put("package", packagePath(module, entry.getParent()))
            .putFile("go.mod", module.resolve("go.mod"))
            .putFile("go.sum", module.resolve("go.sum"))
            .putFiles("sources", moduleSources(module))
            .putFiles("includes", includes)
            .digest();
    Optional<ArtifactCache.Hit> hit = cache.lookup(key, projectDir);
    if (hit.isPresent()) {
      progress.finished(
          function.resourceName(),
          ArtifactKind.FUNCTION,
          ProgressListener.Outcome.CACHED,
          hit.get().zippedBytes());
      return Optional.of(
          BuiltArtifact.of(function.resourceName(), ArtifactKind.FUNCTION, hit.get())
              .withSources(List.of(module)));
    }
    if (go.isEmpty()) {
      diagnostics.add(
          Diagnostic.error(
                  Code.PACKAGING_TOOLCHAIN_MISSING,
                  function.entryfilePath(),
                  "Function '"
                      + function.resourceName()
                      + "' is written in Go, but there is no `go` on PATH to build it.")
              .withHint("Install Go (https://go.dev/dl/) and put its bin folder on PATH."));
      return failed(function);
    }
    Path staging = cache.newStagingDir();
    try {
      Path executable = staging.resolve(GoFunctionBuild.EXECUTABLE);
      Map<String, String> environment = environment(function);
      String target = "./" + packagePath(module, entry.getParent());
      ProcessResult build =
          runner.run(
              ProcessCommand.of(buildCommand(go.get(), executable, target), module, BUILD_TIMEOUT)
                  .withEnvironment(environment));
      if (!build.succeeded()) {
        List<String> messages =
            build.timedOut()
                ? List.of("it did not finish within " + BUILD_TIMEOUT.toMinutes() + " minutes")
                : BuildMessages.go(build.stdout() + "\n" + build.stderr(), module, projectDir);
        for (String message : messages) {
          diagnostics.add(
              Diagnostic.error(
                  Code.PACKAGING_GO_BUILD_FAILED,
                  function.entryfilePath(),
                  "go build failed for function '" + function.resourceName() + "': " + message));
        }
        return failed(function);
      }
      Set<String> inputs = recordedInputs(go.get(), module, target, environment, projectDir);
      SortedMap<String, ZipSource> entries = new TreeMap<>();
      includes.forEach((name, file) -> entries.put(name, ZipSource.FromFile.of(file)));
      entries.put(GoFunctionBuild.EXECUTABLE, new ZipSource.FromFile(executable, true));
      ZipStats zip = ReproducibleZip.write(entries, staging.resolve("artifact.zip"));
      ArtifactCache.Hit stored = cache.store(key, zip, projectDir, inputs);
      progress.finished(
          function.resourceName(),
          ArtifactKind.FUNCTION,
          ProgressListener.Outcome.BUILT,
          stored.zippedBytes());
      // The module's packages may all go into the executable.
      return Optional.of(
          BuiltArtifact.of(function.resourceName(), ArtifactKind.FUNCTION, stored)
              .withSources(List.of(module)));
    } finally {
      FileSets.deleteTree(staging);
    }
  }

  private List<String> buildCommand(Path go, Path output, String target) {
    return List.of(
        go.toString(),
        "build",
        "-trimpath",
        "-buildvcs=false",
        "-tags",
        "lambda.norpc",
        "-ldflags=-s -w -buildid=",
        "-o",
        output.toString(),
        target);
  }

  private Map<String, String> environment(GoFunctionBuild function) {
    Map<String, String> environment = new TreeMap<>();
    environment.put("GOOS", "linux");
    environment.put("GOARCH", function.architecture().goArch());
    environment.put("CGO_ENABLED", "0");
    if (options.offline()) {
      environment.put("GOPROXY", "off");
      environment.put("GOTOOLCHAIN", "local");
    }
    return environment;
  }

  /**
   * The files a later hit must find unchanged besides the declared ones: Go and embedded files of
   * local replacements, and files the main module embeds.
   */
  private Set<String> recordedInputs(
      Path go, Path module, String target, Map<String, String> environment, Path projectDir)
      throws IOException {
    ProcessResult listed =
        runner.run(
            ProcessCommand.of(
                    List.of(
                        go.toString(),
                        "list",
                        "-deps",
                        "-tags",
                        "lambda.norpc",
                        "-f",
                        LIST_FORMAT,
                        target),
                    module,
                    BUILD_TIMEOUT)
                .withEnvironment(environment));
    if (!listed.succeeded()) {
      throw new IOException("go list failed after go build succeeded: " + listed.stderr());
    }
    Set<String> inputs = new TreeSet<>();
    for (String line : listed.stdout().lines().toList()) {
      String[] fields = line.split("\t", -1);
      if (fields.length < 4) {
        continue;
      }
      Path dir = Path.of(fields[0]);
      boolean local = fields[1].equals("local");
      List<String> files = new ArrayList<>();
      if (local) {
        files.addAll(split(fields[2]));
      }
      if (local || fields[1].equals("main")) {
        files.addAll(split(fields[3]));
      }
      for (String file : files) {
        Path path = dir.resolve(file).normalize();
        inputs.add(
            path.startsWith(projectDir)
                ? projectDir.relativize(path).toString().replace('\\', '/')
                : path.toString());
      }
    }
    return inputs;
  }

  private static List<String> split(String field) {
    return field.isEmpty() ? List.of() : List.of(field.split("\\|"));
  }

  /** The nearest folder at or above {@code folder} with a go.mod. */
  static Optional<Path> moduleRoot(Path folder) {
    for (Path dir = folder; dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("go.mod"))) {
        return Optional.of(dir);
      }
    }
    return Optional.empty();
  }

  /** Every non-test .go file of the module (nested modules included; they rarely exist). */
  private static SortedMap<String, Path> moduleSources(Path module) throws IOException {
    SortedMap<String, Path> sources = new TreeMap<>();
    FileSets.files(module, SKIPPED_FOLDERS)
        .forEach(
            (name, file) -> {
              if (name.endsWith(".go") && !name.endsWith("_test.go")) {
                sources.put(name, file);
              }
            });
    return sources;
  }

  private static String packagePath(Path module, Path folder) {
    String relative = module.relativize(folder).toString().replace('\\', '/');
    return relative.isEmpty() ? "." : relative;
  }

  /** The name in the file's package clause, after comments and build constraints. */
  static String packageName(String source) {
    boolean inBlock = false;
    for (String line : source.lines().toList()) {
      String rest = line;
      if (inBlock) {
        int end = rest.indexOf("*/");
        if (end < 0) {
          continue;
        }
        rest = rest.substring(end + 2);
        inBlock = false;
      }
      while (rest.strip().startsWith("/*")) {
        int start = rest.indexOf("/*");
        int end = rest.indexOf("*/", start + 2);
        if (end < 0) {
          inBlock = true;
          rest = "";
          break;
        }
        rest = rest.substring(end + 2);
      }
      if (rest.isBlank() || rest.strip().startsWith("//")) {
        continue;
      }
      Matcher clause = PACKAGE_CLAUSE.matcher(rest);
      return clause.find() ? clause.group(1) : "";
    }
    return "";
  }

  private Optional<BuiltArtifact> failed(GoFunctionBuild function) {
    progress.finished(
        function.resourceName(), ArtifactKind.FUNCTION, ProgressListener.Outcome.FAILED, 0);
    return Optional.empty();
  }
}
