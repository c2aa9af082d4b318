package dev.formwork.packager;

import dev.formwork.process.ProcessCommand;
import dev.formwork.process.ProcessResult;
import dev.formwork.process.ProcessRunner;
import dev.formwork.schema.artifact.ArtifactKind;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.Diagnostic;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Packages Java functions: one Maven or Gradle build per project (functions of one project share
 * it), run only when some function of the project misses the cache, then one reproducible zip per
 * function in Lambda's layout ({@link JavaLayout}).
 *
 * <p>The cache key covers every file of the project folder except build output, the build file, the
 * wrapper's location, the JDK (its {@code release} file) and the function's extra files, so a
 * lookup reads files only. Each function's zip is then checked for its handler class and for class
 * files newer than the runtime, on a hit as well as after a build.
 */
final class JavaFunctionPackager {

  /** The functions of one project, built together. */
  record Unit(JavaProject project, List<JavaFunctionBuild> functions) {}

  /** The dependency plugin that writes the runtime classpath; pinned so -o finds it locally. */
  static final String DEPENDENCY_PLUGIN =
      "org.apache.maven.plugins:maven-dependency-plugin:3.11.0:build-classpath";

  private static final String GRADLE_INIT_SCRIPT = "formwork-lambda-layout.gradle";

  /** Class file major version of Java 1.0 minus one: Java N writes N + 44. */
  private static final int CLASS_VERSION_OFFSET = 44;

  /** Build output, IDE and VCS folders: never inputs of a build. */
  private static final Set<String> NOT_SOURCES =
      Set.of(
          "target",
          "build",
          ".gradle",
          ".idea",
          ".git",
          ".formwork",
          "node_modules",
          "out",
          ".venv");

  private final Toolchains toolchains;

  /** How long one Maven or Gradle build may run (a cold local repository downloads a lot). */
  private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(20);

  private final ProcessRunner runner;
  private final ArtifactCache cache;
  private final ProgressListener progress;
  private final BuildOptions options;

  JavaFunctionPackager(
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

  /**
   * Checks each function's entry file and finds its project, reporting what is missing, and groups
   * the rest by project.
   */
  List<Unit> plan(
      Path projectDir, List<JavaFunctionBuild> functions, List<Diagnostic> diagnostics) {
    Map<JavaProject, List<JavaFunctionBuild>> units = new LinkedHashMap<>();
    for (JavaFunctionBuild function : functions) {
      progress.started(function.resourceName(), ArtifactKind.FUNCTION);
      Path entry = projectDir.resolve(function.entryFile()).normalize();
      if (!Files.isRegularFile(entry)) {
        diagnostics.add(SourceChecks.entryMissing(projectDir, function, function.entryFile()));
        failed(function);
        continue;
      }
      Optional<Path> buildFile =
          function.buildFile().map(file -> projectDir.resolve(file).normalize());
      Optional<JavaProject> project = JavaProject.locate(entry, buildFile, function.tool());
      if (project.isEmpty()) {
        diagnostics.add(projectMissing(function, buildFile));
        failed(function);
        continue;
      }
      units.computeIfAbsent(project.get(), key -> new ArrayList<>()).add(function);
    }
    List<Unit> planned = new ArrayList<>();
    units.forEach((project, members) -> planned.add(new Unit(project, members)));
    return planned;
  }

  /** Builds the unit's project when a function misses the cache, and zips each function. */
  List<BuiltArtifact> packageUnit(Path projectDir, Unit unit, List<Diagnostic> diagnostics)
      throws IOException {
    JavaProject project = unit.project();
    SortedMap<String, Path> sources = FileSets.files(project.folder(), NOT_SOURCES);
    Optional<Path> wrapper = project.wrapper();
    String jdk = toolchains.jdkIdentity();
    Map<JavaFunctionBuild, String> keys = new LinkedHashMap<>();
    Map<JavaFunctionBuild, SortedMap<String, Path>> includes = new LinkedHashMap<>();
    Map<JavaFunctionBuild, ArtifactCache.Hit> zips = new LinkedHashMap<>();
    List<JavaFunctionBuild> misses = new ArrayList<>();
    for (JavaFunctionBuild function : unit.functions()) {
      SortedMap<String, Path> extra =
          FileSets.included(projectDir, function.includeFiles(), function.excludeFiles());
      String key =
          cache
              .key()
              .put("kind", "java")
              .put("tool", project.tool().name())
              .put("jdk", jdk)
              .put("buildFile", relative(projectDir, project.buildFile()))
              .put("wrapper", wrapper.map(path -> relative(projectDir, path)).orElse("none"))
              .putFiles("sources", sources)
              .putFiles("includes", extra)
              .putList("excludeFiles", function.excludeFiles())
              .digest();
      keys.put(function, key);
      includes.put(function, extra);
      Optional<ArtifactCache.Hit> hit = cache.lookup(key, projectDir);
      if (hit.isPresent()) {
        zips.put(function, hit.get());
      } else {
        misses.add(function);
      }
    }
    if (!misses.isEmpty()) {
      Optional<JavaLayout> layout = build(projectDir, project, wrapper, misses, diagnostics);
      if (layout.isPresent()) {
        Path staging = cache.newStagingDir();
        try {
          for (JavaFunctionBuild function : misses) {
            ZipStats zip =
                ReproducibleZip.write(
                    entries(layout.get(), function, includes.get(function)),
                    staging.resolve(function.resourceName() + ".zip"));
            zips.put(function, cache.store(keys.get(function), zip, projectDir, Set.of()));
          }
        } finally {
          FileSets.deleteTree(staging);
        }
      }
    }
    List<BuiltArtifact> built = new ArrayList<>();
    for (JavaFunctionBuild function : unit.functions()) {
      ArtifactCache.Hit zip = zips.get(function);
      if (zip == null || !handlerLoads(project, function, zip.zip(), diagnostics)) {
        failed(function);
        continue;
      }
      progress.finished(
          function.resourceName(),
          ArtifactKind.FUNCTION,
          misses.contains(function)
              ? ProgressListener.Outcome.BUILT
              : ProgressListener.Outcome.CACHED,
          zip.zippedBytes());
      built.add(
          BuiltArtifact.of(function.resourceName(), ArtifactKind.FUNCTION, zip)
              .withSources(List.of(project.folder())));
    }
    return built;
  }

  /** Runs the project's build once; empty (with diagnostics) when it cannot run or fails. */
  private Optional<JavaLayout> build(
      Path projectDir,
      JavaProject project,
      Optional<Path> wrapper,
      List<JavaFunctionBuild> functions,
      List<Diagnostic> diagnostics)
      throws IOException {
    Optional<List<String>> tool = toolCommand(project.tool(), wrapper);
    if (tool.isEmpty()) {
      for (JavaFunctionBuild function : functions) {
        diagnostics.add(toolMissing(function, project.tool()));
      }
      return Optional.empty();
    }
    Path staging = cache.newStagingDir();
    try {
      Path described = staging.resolve("layout.txt");
      List<String> command = new ArrayList<>(tool.get());
      if (project.tool() == JavaBuildTool.MAVEN) {
        command.addAll(mavenArguments(project, described));
      } else {
        Path initScript = staging.resolve(GRADLE_INIT_SCRIPT);
        Files.writeString(initScript, initScript(), StandardCharsets.UTF_8);
        command.addAll(gradleArguments(project, initScript, described));
      }
      ProcessResult outcome =
          runner.run(ProcessCommand.of(command, project.folder(), BUILD_TIMEOUT));
      if (!outcome.succeeded()) {
        JavaFunctionBuild first = functions.get(0);
        List<String> messages =
            outcome.timedOut()
                ? List.of("it did not finish within " + BUILD_TIMEOUT.toMinutes() + " minutes")
                : BuildMessages.java(
                    outcome.stdout() + "\n" + outcome.stderr(), project.folder(), projectDir);
        for (String message : messages) {
          diagnostics.add(
              Diagnostic.error(
                  Code.PACKAGING_JAVA_BUILD_FAILED,
                  first.entryfilePath(),
                  "The "
                      + project.tool().displayName()
                      + " build of "
                      + relative(projectDir, project.buildFile())
                      + " (function "
                      + String.join(
                          ", ", functions.stream().map(JavaFunctionBuild::resourceName).toList())
                      + ") failed: "
                      + message));
        }
        return Optional.empty();
      }
      return Optional.of(
          project.tool() == JavaBuildTool.MAVEN
              ? JavaLayout.ofMaven(project.folder(), described)
              : JavaLayout.ofGradle(described));
    } finally {
      FileSets.deleteTree(staging);
    }
  }

  /**
   * {@code package} runs the project's own build (a shade plugin included); the dependency plugin
   * then writes the runtime classpath, whose jars go under lib/. Tests are skipped unless asked.
   */
  private List<String> mavenArguments(JavaProject project, Path classpathFile) {
    List<String> arguments = new ArrayList<>(List.of("-B", "-ntp", "-q", "-Dstyle.color=never"));
    if (options.offline()) {
      arguments.add("-o");
    }
    if (!options.runTests()) {
      arguments.add("-DskipTests");
    }
    arguments.addAll(
        List.of(
            "-f",
            project.buildFile().toString(),
            "package",
            DEPENDENCY_PLUGIN,
            "-Dmdep.outputFile=" + classpathFile,
            "-Dmdep.includeScope=runtime"));
    return arguments;
  }

  private List<String> gradleArguments(JavaProject project, Path initScript, Path layoutFile) {
    List<String> arguments =
        new ArrayList<>(
            List.of(
                "--quiet",
                "--console=plain",
                // The init script's task reads the project at execution time.
                "--no-configuration-cache",
                "--init-script",
                initScript.toString(),
                "--project-dir",
                project.folder().toString(),
                "-Pformwork.projectDir=" + project.folder(),
                "-Pformwork.layoutFile=" + layoutFile));
    if (options.offline()) {
      arguments.add("--offline");
    }
    if (options.runTests()) {
      arguments.add("test");
    }
    arguments.add("formworkLambdaLayout");
    return arguments;
  }

  /** The wrapper (run with sh when it lost its x bit), else the tool on PATH. */
  private Optional<List<String>> toolCommand(JavaBuildTool tool, Optional<Path> wrapper) {
    if (wrapper.isPresent()) {
      return Optional.of(
          Files.isExecutable(wrapper.get())
              ? List.of(wrapper.get().toString())
              : List.of("sh", wrapper.get().toString()));
    }
    return toolchains.onPath(tool.command()).map(path -> List.of(path.toString()));
  }

  private static SortedMap<String, ZipSource> entries(
      JavaLayout layout, JavaFunctionBuild function, SortedMap<String, Path> includes) {
    List<PathMatcher> excluded = FileSets.matchers(function.excludeFiles());
    SortedMap<String, ZipSource> entries = new TreeMap<>();
    layout
        .entries()
        .forEach(
            (name, source) -> {
              if (!FileSets.matchesAny(excluded, name)) {
                entries.put(name, source);
              }
            });
    includes.forEach((name, file) -> entries.put(name, ZipSource.FromFile.of(file)));
    return entries;
  }

  /**
   * Whether the zip holds the handler class in a class file version the runtime loads; reports why
   * not. https://docs.oracle.com/javase/specs/jvms/se21/html/jvms-4.html#jvms-4.1
   */
  private static boolean handlerLoads(
      JavaProject project, JavaFunctionBuild function, Path zip, List<Diagnostic> diagnostics)
      throws IOException {
    try (ZipFile archive = new ZipFile(zip.toFile())) {
      ZipEntry entry = archive.getEntry(function.handlerClassFile());
      if (entry == null) {
        diagnostics.add(
            Diagnostic.error(
                    Code.PACKAGING_JAVA_HANDLER_MISSING,
                    function.entryfilePath(),
                    "Function '"
                        + function.resourceName()
                        + "': the "
                        + project.tool().displayName()
                        + " build of "
                        + project.buildFile().getFileName()
                        + " produced no "
                        + function.handlerClassFile()
                        + ".")
                .withHint(
                    "The entry file must be one of the project's main sources (src/main/java),"
                        + " and its package declaration must match its folder."));
        return false;
      }
      byte[] header;
      try (InputStream in = archive.getInputStream(entry)) {
        header = in.readNBytes(8);
      }
      int major = header.length == 8 ? ((header[6] & 0xFF) << 8) | (header[7] & 0xFF) : 0;
      int compiledFor = major - CLASS_VERSION_OFFSET;
      if (compiledFor > function.javaVersion()) {
        diagnostics.add(
            Diagnostic.error(
                    Code.PACKAGING_JAVA_CLASS_VERSION,
                    function.entryfilePath(),
                    "Function '"
                        + function.resourceName()
                        + "': "
                        + function.handlerClassFile()
                        + " is compiled for Java "
                        + compiledFor
                        + " (class file version "
                        + major
                        + "), but runtime "
                        + function.runtime()
                        + " runs Java "
                        + function.javaVersion()
                        + " classes at most.")
                .withHint(
                    "Compile for Java "
                        + function.javaVersion()
                        + " (Maven: <maven.compiler.release>"
                        + function.javaVersion()
                        + "</maven.compiler.release>; Gradle: options.release = "
                        + function.javaVersion()
                        + "), or set languageSpecificConfig.javaVersion to "
                        + compiledFor
                        + " or newer."));
        return false;
      }
      return true;
    }
  }

  private static Diagnostic projectMissing(JavaFunctionBuild function, Optional<Path> buildFile) {
    String tools =
        function
            .tool()
            .map(tool -> String.join(" or ", tool.buildFiles()))
            .orElse("pom.xml or build.gradle(.kts)");
    if (buildFile.isPresent()) {
      return Diagnostic.error(
              Code.PACKAGING_JAVA_PROJECT_MISSING,
              function.entryfilePath(),
              "Function '"
                  + function.resourceName()
                  + "': the build file "
                  + function.buildFile().get()
                  + " does not exist or is not a "
                  + tools
                  + ".")
          .withHint(
              "languageSpecificConfig.packageManagerFile names the project's pom.xml or"
                  + " build.gradle(.kts); useMaven must agree with it.");
    }
    return Diagnostic.error(
            Code.PACKAGING_JAVA_PROJECT_MISSING,
            function.entryfilePath(),
            "Function '"
                + function.resourceName()
                + "': there is no "
                + tools
                + " in the folder of "
                + function.entryFile()
                + " or above it, so formwork cannot build it.")
        .withHint(
            "Java functions are built by their Maven or Gradle project; create one, or name its"
                + " build file with languageSpecificConfig.packageManagerFile.");
  }

  private static Diagnostic toolMissing(JavaFunctionBuild function, JavaBuildTool tool) {
    return Diagnostic.error(
            Code.PACKAGING_TOOLCHAIN_MISSING,
            function.entryfilePath(),
            "Function '"
                + function.resourceName()
                + "' is built with "
                + tool.displayName()
                + ", but the project has no ./"
                + tool.wrapper()
                + " and there is no `"
                + tool.command()
                + "` on PATH.")
        .withHint(
            tool == JavaBuildTool.MAVEN
                ? "Install Maven (https://maven.apache.org/install.html) and put it on PATH, or add"
                    + " the Maven wrapper to the project."
                : "Install Gradle (https://gradle.org/install/) and put it on PATH, or add the"
                    + " Gradle wrapper to the project (gradle wrapper).");
  }

  private static String initScript() throws IOException {
    try (InputStream in = JavaFunctionPackager.class.getResourceAsStream(GRADLE_INIT_SCRIPT)) {
      if (in == null) {
        throw new IllegalStateException(GRADLE_INIT_SCRIPT + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String relative(Path projectDir, Path path) {
    return path.startsWith(projectDir)
        ? projectDir.relativize(path).toString().replace('\\', '/')
        : path.toString();
  }

  private void failed(JavaFunctionBuild function) {
    progress.finished(
        function.resourceName(), ArtifactKind.FUNCTION, ProgressListener.Outcome.FAILED, 0);
  }
}
