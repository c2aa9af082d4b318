package dev.formwork.packager;

import dev.formwork.process.ProcessRunner;
import dev.formwork.schema.artifact.Artifact;
import dev.formwork.schema.artifact.ArtifactKind;
import dev.formwork.schema.artifact.ArtifactManifest;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.diag.Diagnostic;
import dev.formwork.schema.io.TempSiblings;
import dev.formwork.schema.json.JsonParseException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.zip.ZipException;

/**
 * Turns a {@link PackagingPlan} into artifacts: reproducible zips named by their SHA-256 in the
 * output folder, plus {@code manifest.json}. When any error is found, nothing is written to the
 * output folder (the cache may still keep what did build).
 */
public final class Packager {

  private static final int BIGGEST_ENTRIES_KEPT = 5;

  private final EsbuildLocator esbuild;
  private final ProcessRunner runner;
  private final String python;
  private final Toolchains toolchains;
  private final BuildOptions options;
  private final int threads;

  public Packager(EsbuildLocator esbuild, ProcessRunner runner, String python) {
    this(
        esbuild,
        runner,
        python,
        Toolchains.fromSystem(),
        BuildOptions.DEFAULT,
        Runtime.getRuntime().availableProcessors());
  }

  /**
   * @param toolchains where go, mvn, gradle and the JDK are found
   * @param threads how many independent builds run at once (the machine's cores by default)
   */
  public Packager(
      EsbuildLocator esbuild,
      ProcessRunner runner,
      String python,
      Toolchains toolchains,
      BuildOptions options,
      int threads) {
    this.esbuild = esbuild;
    this.runner = runner;
    this.python = python;
    this.toolchains = toolchains;
    this.options = options;
    this.threads = threads;
  }

  /** This packager with other Go/Java build options (offline, tests). */
  public Packager withOptions(BuildOptions newOptions) {
    return new Packager(esbuild, runner, python, toolchains, newOptions, threads);
  }

  /** This packager looking for go, mvn, gradle and the JDK in another environment. */
  public Packager withToolchains(Toolchains newToolchains) {
    return new Packager(esbuild, runner, python, newToolchains, options, threads);
  }

  /**
   * The packager for this user: esbuild from the project or the per-user cache, Python from {@code
   * $FORMWORK_PYTHON} or {@code python3}.
   */
  public static Packager standard() {
    return withProcessHook(command -> {});
  }

  /**
   * Like {@link #standard()}, telling {@code onProcessStart} about every process it starts
   * (esbuild, pip, go, mvn, gradle); the hook may be called from several threads at once.
   */
  public static Packager withProcessHook(Consumer<List<String>> onProcessStart) {
    String python =
        Optional.ofNullable(System.getenv("FORMWORK_PYTHON"))
            .filter(value -> !value.isBlank())
            .orElse("python3");
    return new Packager(EsbuildLocator.forUser(), new ProcessRunner(onProcessStart), python);
  }

  /**
   * Packages every function and layer of the plan.
   *
   * @param outputDir receives {@code <sha256>.zip} per artifact and {@code manifest.json}; an
   *     artifact's {@code file} in the manifest is relative to this folder
   * @param cacheDir the artifact cache, e.g. {@code <project>/.formwork/cache}
   * @throws IOException for failures of the machine (disk, permissions), not of the user's input
   */
  public PackagingResult packageAll(
      PackagingPlan plan, Path outputDir, Path cacheDir, ProgressListener progress)
      throws IOException {
    List<Diagnostic> diagnostics = new ArrayList<>();
    checkNames(plan, diagnostics);
    ArtifactCache cache = new ArtifactCache(cacheDir);
    Path projectDir = plan.projectDir();
    FolderPackager folders = new FolderPackager(cache);
    Map<String, LayerBuild> layers = new LinkedHashMap<>();
    List<BuildTask> tasks = new ArrayList<>();
    for (LayerBuild layer : plan.layers()) {
      layers.put(layer.resourceName(), layer);
      tasks.add(found -> asList(packageLayer(projectDir, layer, folders, progress, found)));
    }
    List<NodeFunctionBuild> nodeFunctions = new ArrayList<>();
    List<JavaFunctionBuild> javaFunctions = new ArrayList<>();
    PythonFunctionPackager pythonPackager =
        new PythonFunctionPackager(python, toolchains, runner, cache, progress);
    GoFunctionPackager goPackager =
        new GoFunctionPackager(toolchains, runner, cache, progress, options);
    for (FunctionBuild function : plan.functions()) {
      // What validate checks is checked again here: nothing is built from missing sources.
      List<Diagnostic> sourceProblems = SourceChecks.check(projectDir, function);
      if (!sourceProblems.isEmpty()) {
        diagnostics.addAll(sourceProblems);
        progress.started(function.resourceName(), ArtifactKind.FUNCTION);
        progress.finished(
            function.resourceName(), ArtifactKind.FUNCTION, ProgressListener.Outcome.FAILED, 0);
        continue;
      }
      if (function instanceof NodeFunctionBuild node) {
        nodeFunctions.add(node);
      } else if (function instanceof PythonFunctionBuild pythonFunction) {
        tasks.add(
            found -> asList(pythonPackager.packageFunction(projectDir, pythonFunction, found)));
      } else if (function instanceof GoFunctionBuild go) {
        tasks.add(found -> asList(goPackager.packageFunction(projectDir, go, found)));
      } else if (function instanceof JavaFunctionBuild java) {
        javaFunctions.add(java);
      } else if (function instanceof CustomArtifactBuild custom) {
        tasks.add(found -> asList(packageCustom(projectDir, custom, folders, progress, found)));
      }
    }
    if (!nodeFunctions.isEmpty()) {
      // One task: esbuild batches the functions itself and uses every core.
      tasks.add(
          found ->
              new NodeFunctionPackager(esbuild, toolchains, runner, cache, progress)
                  .packageAll(projectDir, nodeFunctions, found));
    }
    JavaFunctionPackager javaPackager =
        new JavaFunctionPackager(toolchains, runner, cache, progress, options);
    for (JavaFunctionPackager.Unit unit :
        javaPackager.plan(projectDir, javaFunctions, diagnostics)) {
      tasks.add(found -> javaPackager.packageUnit(projectDir, unit, found));
    }
    List<BuiltArtifact> built = ParallelBuilds.run(tasks, threads, diagnostics);

    diagnostics.addAll(checkSizes(plan, built, layers));
    checkLayerReferences(plan, layers, diagnostics);

    Map<String, Artifact> artifacts = new TreeMap<>();
    for (BuiltArtifact artifact : built) {
      artifacts.put(
          artifact.resourceName(),
          new Artifact(
              artifact.resourceName(),
              artifact.kind(),
              artifact.sha256(),
              artifact.sha256() + ".zip",
              artifact.zippedBytes(),
              artifact.unzippedBytes()));
    }
    ArtifactManifest manifest = new ArtifactManifest(artifacts);
    PackagingResult result = new PackagingResult(manifest, diagnostics, sources(built));
    if (!result.hasErrors()) {
      write(
          built, plan.partial() ? merged(manifest, outputDir) : manifest, outputDir, cache.root());
    }
    return result;
  }

  /**
   * A partial plan's artifacts added to the manifest already in the output folder, so the other
   * functions keep their entries (an unreadable manifest is replaced).
   */
  private static ArtifactManifest merged(ArtifactManifest built, Path outputDir) {
    Path existing = outputDir.resolve(ArtifactManifest.FILE_NAME);
    Map<String, Artifact> artifacts = new TreeMap<>();
    if (Files.isRegularFile(existing)) {
      try {
        artifacts.putAll(ArtifactManifest.read(existing).artifacts());
      } catch (IOException | JsonParseException unreadable) {
        // Rebuilt from what this run built; the next full `formwork package` restores the rest.
      }
    }
    artifacts.putAll(built.artifacts());
    return new ArtifactManifest(artifacts);
  }

  /** The files and folders each built function was made from, for watching them. */
  private static Map<String, List<Path>> sources(List<BuiltArtifact> built) {
    Map<String, List<Path>> sources = new TreeMap<>();
    for (BuiltArtifact artifact : built) {
      if (artifact.kind() == ArtifactKind.FUNCTION) {
        sources.put(artifact.resourceName(), artifact.sources());
      }
    }
    return sources;
  }

  /**
   * What {@code formwork validate} checks without building: {@link SourceChecks}, then an ES module
   * bundle of every JS/TS function into a scratch folder ({@link ExportsProbe}), which shows
   * esbuild's errors and a handler the entry file does not export. esbuild is found as for a build
   * (the project's, the cache, the registry); when there is none, a warning says so.
   */
  public List<Diagnostic> validate(PackagingPlan plan) throws IOException {
    Path projectDir = plan.projectDir();
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<NodeFunctionBuild> probed = new ArrayList<>();
    for (FunctionBuild function : plan.functions()) {
      List<Diagnostic> problems = SourceChecks.check(projectDir, function);
      diagnostics.addAll(problems);
      if (problems.isEmpty() && function instanceof NodeFunctionBuild node) {
        probed.add(node);
      }
    }
    if (probed.isEmpty()) {
      return diagnostics;
    }
    EsbuildBinary binary;
    try {
      binary = esbuild.locate(projectDir);
    } catch (EsbuildUnavailableException unavailable) {
      diagnostics.add(
          Diagnostic.warning(
                  Code.PACKAGING_EXPORTS_UNCHECKED,
                  ConfigPath.ROOT,
                  "Handler exports of JS/TS functions were not checked: "
                      + unavailable.getMessage())
              .withHint("`formwork package` checks them when it bundles."));
      return diagnostics;
    }
    Path scratch = Files.createTempDirectory("formwork-validate");
    try {
      diagnostics.addAll(new ExportsProbe(binary, runner).check(projectDir, probed, scratch));
    } finally {
      FileSets.deleteTree(scratch);
    }
    return diagnostics;
  }

  private static List<BuiltArtifact> asList(Optional<BuiltArtifact> artifact) {
    return artifact.map(List::of).orElse(List.of());
  }

  private static void write(
      List<BuiltArtifact> built, ArtifactManifest manifest, Path outputDir, Path cacheRoot)
      throws IOException {
    Files.createDirectories(outputDir);
    Set<String> written = new HashSet<>();
    for (BuiltArtifact artifact : built) {
      Path target = outputDir.resolve(artifact.sha256() + ".zip");
      // Only a hard link to the verified blob is kept as it is; any other file of that name (a
      // copy, possibly damaged since) is written again, so a rerun of package repairs the folder.
      if (!written.add(artifact.sha256())
          || (Files.isRegularFile(target) && Files.isSameFile(target, artifact.zip()))) {
        continue;
      }
      Files.deleteIfExists(target);
      if (!artifact.zip().startsWith(cacheRoot) || !link(target, artifact.zip())) {
        Path temp = TempSiblings.file(outputDir, ".artifact", ".tmp");
        Files.copy(artifact.zip(), temp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(
            temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      }
    }
    manifest.write(outputDir.resolve(ArtifactManifest.FILE_NAME));
  }

  /**
   * Hard-links a cache blob into the output folder: one system call instead of a copy. Blobs are
   * content-addressed and never written again, so sharing the inode is safe. A user's own zip
   * (custom-artifact) is copied instead, since the user may rewrite it in place.
   */
  private static boolean link(Path target, Path blob) {
    try {
      Files.createLink(target, blob);
      return true;
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }

  private static Optional<BuiltArtifact> packageLayer(
      Path projectDir,
      LayerBuild layer,
      FolderPackager folders,
      ProgressListener progress,
      List<Diagnostic> diagnostics)
      throws IOException {
    progress.started(layer.resourceName(), ArtifactKind.LAYER);
    Path folder = projectDir.resolve(layer.folder()).normalize();
    if (!Files.isDirectory(folder)) {
      diagnostics.add(
          Diagnostic.error(
              Code.PACKAGING_LAYER_FOLDER_MISSING,
              layer.folderPath(),
              "Layer '"
                  + layer.resourceName()
                  + "': the folder "
                  + layer.folder()
                  + " does not exist."));
      progress.finished(
          layer.resourceName(), ArtifactKind.LAYER, ProgressListener.Outcome.FAILED, 0);
      return Optional.empty();
    }
    ArtifactCache.Hit hit =
        folders.zip(
            folder,
            FolderPackager.layerPrefix(folder, layer.family()),
            "layer",
            FileSets.ALWAYS_SKIPPED);
    progress.finished(
        layer.resourceName(),
        ArtifactKind.LAYER,
        ProgressListener.Outcome.BUILT,
        hit.zippedBytes());
    return Optional.of(BuiltArtifact.of(layer.resourceName(), ArtifactKind.LAYER, hit));
  }

  private static Optional<BuiltArtifact> packageCustom(
      Path projectDir,
      CustomArtifactBuild custom,
      FolderPackager folders,
      ProgressListener progress,
      List<Diagnostic> diagnostics)
      throws IOException {
    progress.started(custom.resourceName(), ArtifactKind.FUNCTION);
    Path path = projectDir.resolve(custom.path()).normalize();
    Optional<BuiltArtifact> artifact = Optional.empty();
    if (Files.isDirectory(path)) {
      ArtifactCache.Hit hit = folders.zip(path, "", "custom", FileSets.ALWAYS_SKIPPED);
      artifact =
          Optional.of(
              BuiltArtifact.of(custom.resourceName(), ArtifactKind.FUNCTION, hit)
                  .withSources(List.of(path)));
    } else if (Files.isRegularFile(path)) {
      try {
        long unzipped = ZipContents.unzippedBytes(path);
        artifact =
            Optional.of(
                new BuiltArtifact(
                    custom.resourceName(),
                    ArtifactKind.FUNCTION,
                    path,
                    Digests.ofFile(path),
                    Files.size(path),
                    unzipped,
                    List.of(path)));
      } catch (ZipException e) {
        diagnostics.add(
            Diagnostic.error(
                    Code.PACKAGING_NOT_A_ZIP,
                    custom.packagePath(),
                    "Function '"
                        + custom.resourceName()
                        + "': "
                        + custom.path()
                        + " is not a zip or jar file.")
                .withHint("packagePath must name a .zip or .jar archive, or a folder to zip."));
      }
    } else {
      diagnostics.add(
          Diagnostic.error(
              Code.PACKAGING_PACKAGE_PATH_MISSING,
              custom.packagePath(),
              "Function '"
                  + custom.resourceName()
                  + "': the package path "
                  + custom.path()
                  + " does not exist."));
    }
    progress.finished(
        custom.resourceName(),
        ArtifactKind.FUNCTION,
        artifact.isPresent() ? ProgressListener.Outcome.BUILT : ProgressListener.Outcome.FAILED,
        artifact.map(BuiltArtifact::zippedBytes).orElse(0L));
    return artifact;
  }

  /**
   * Checks the limits on sizes alone, and reads the zips' entry lists (to name the biggest files)
   * only when a limit is crossed.
   */
  private static List<Diagnostic> checkSizes(
      PackagingPlan plan, List<BuiltArtifact> built, Map<String, LayerBuild> layers)
      throws IOException {
    List<Diagnostic> found = List.of();
    for (boolean withEntries : new boolean[] {false, true}) {
      Map<String, ArtifactSizes> functionSizes = new TreeMap<>();
      Map<String, ArtifactSizes> layerSizes = new TreeMap<>();
      for (BuiltArtifact artifact : built) {
        (artifact.kind() == ArtifactKind.LAYER ? layerSizes : functionSizes)
            .put(artifact.resourceName(), sizes(artifact, withEntries));
      }
      found = SizeLimits.check(plan.functions(), functionSizes, layerSizes, layers);
      if (found.isEmpty()) {
        break;
      }
    }
    return found;
  }

  private static ArtifactSizes sizes(BuiltArtifact artifact, boolean withEntries)
      throws IOException {
    List<ZipContents.Entry> entries = withEntries ? ZipContents.entries(artifact.zip()) : List.of();
    return new ArtifactSizes(
        artifact.resourceName(),
        artifact.zippedBytes(),
        artifact.unzippedBytes(),
        entries.subList(0, Math.min(BIGGEST_ENTRIES_KEPT, entries.size())));
  }

  private static void checkNames(PackagingPlan plan, List<Diagnostic> diagnostics) {
    Set<String> seen = new HashSet<>();
    for (FunctionBuild function : plan.functions()) {
      if (!seen.add(function.resourceName())) {
        diagnostics.add(
            Diagnostic.error(
                Code.PACKAGING_DUPLICATE_NAME,
                function.sourcePath(),
                "Two artifacts are named '"
                    + function.resourceName()
                    + "'; resource names must be unique."));
      }
    }
    for (LayerBuild layer : plan.layers()) {
      if (!seen.add(layer.resourceName())) {
        diagnostics.add(
            Diagnostic.error(
                Code.PACKAGING_DUPLICATE_NAME,
                layer.folderPath(),
                "Two artifacts are named '"
                    + layer.resourceName()
                    + "'; resource names must be unique."));
      }
    }
  }

  /** A layer reference is either a layer of this plan or an ARN; anything else is a typo. */
  private static void checkLayerReferences(
      PackagingPlan plan, Map<String, LayerBuild> layers, List<Diagnostic> diagnostics) {
    for (FunctionBuild function : plan.functions()) {
      for (String layer : function.layers()) {
        if (!layers.containsKey(layer) && !layer.startsWith("arn:")) {
          Diagnostic error =
              Diagnostic.error(
                  Code.PACKAGING_UNKNOWN_LAYER,
                  function.sourcePath(),
                  "Function '"
                      + function.resourceName()
                      + "' uses layer '"
                      + layer
                      + "', which is neither a lambda-layer resource nor a layer ARN.");
          diagnostics.add(
              layers.isEmpty()
                  ? error
                  : error.withHint(
                      "Layers defined here: " + String.join(", ", layers.keySet()) + "."));
        }
      }
    }
  }
}
