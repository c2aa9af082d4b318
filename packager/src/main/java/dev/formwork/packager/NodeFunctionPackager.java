package dev.formwork.packager;

import dev.formwork.process.ProcessRunner;
import dev.formwork.schema.artifact.ArtifactKind;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.diag.Diagnostic;
import dev.formwork.schema.io.TempSiblings;
import dev.formwork.schema.json.JsonParseException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Packages the JS/TS functions: cache lookups first, then one esbuild process per group of
 * functions with equal options for the misses, then one reproducible zip per function.
 */
final class NodeFunctionPackager {

  /**
   * A function whose declared inputs are known: its cache key, extra files and external packages.
   */
  private record Prepared(
      NodeFunctionBuild function,
      String key,
      SortedMap<String, Path> includes,
      SortedMap<String, ZipSource> externals) {}

  private final EsbuildLocator locator;
  private final ProcessRunner runner;
  private final ArtifactCache cache;
  private final ProgressListener progress;
  private final DecoratorMetadata decorators;

  NodeFunctionPackager(
      EsbuildLocator locator,
      Toolchains toolchains,
      ProcessRunner runner,
      ArtifactCache cache,
      ProgressListener progress) {
    this.locator = locator;
    this.runner = runner;
    this.cache = cache;
    this.progress = progress;
    this.decorators = new DecoratorMetadata(toolchains, runner);
  }

  List<BuiltArtifact> packageAll(
      Path projectDir, List<NodeFunctionBuild> functions, List<Diagnostic> diagnostics)
      throws IOException {
    List<BuiltArtifact> built = new ArrayList<>();
    if (functions.isEmpty()) {
      return built;
    }
    String esbuildVersion = locator.expectedVersion(projectDir);
    Map<EsbuildOptions, List<Prepared>> misses = new LinkedHashMap<>();
    for (NodeFunctionBuild function : functions) {
      progress.started(function.resourceName(), ArtifactKind.FUNCTION);
      Optional<Prepared> prepared = prepare(projectDir, function, esbuildVersion, diagnostics);
      if (prepared.isEmpty()) {
        failed(function);
        continue;
      }
      Optional<ArtifactCache.Hit> hit = cache.lookup(prepared.get().key(), projectDir);
      if (hit.isPresent()
          && function.sourceMapsTo().isPresent()
          && !SourceMapOutput.restore(cache, prepared.get().key(), projectDir, function)) {
        hit = Optional.empty();
      }
      if (hit.isPresent()) {
        built.add(BuiltArtifact.of(function.resourceName(), ArtifactKind.FUNCTION, hit.get()));
        progress.finished(
            function.resourceName(),
            ArtifactKind.FUNCTION,
            ProgressListener.Outcome.CACHED,
            hit.get().zippedBytes());
      } else {
        misses
            .computeIfAbsent(EsbuildOptions.of(function, projectDir), options -> new ArrayList<>())
            .add(prepared.get());
      }
    }
    if (misses.isEmpty()) {
      return built;
    }
    EsbuildBinary esbuild;
    locator.pendingDownload(projectDir).ifPresent(progress::step);
    try {
      esbuild = locator.locate(projectDir);
    } catch (EsbuildUnavailableException e) {
      diagnostics.add(
          Diagnostic.error(Code.PACKAGING_ESBUILD_UNAVAILABLE, ConfigPath.ROOT, e.getMessage()));
      misses.values().forEach(group -> group.forEach(prepared -> failed(prepared.function())));
      return built;
    }
    EsbuildBatch batch = new EsbuildBatch(esbuild, runner);
    for (Map.Entry<EsbuildOptions, List<Prepared>> group : misses.entrySet()) {
      built.addAll(bundleGroup(projectDir, batch, group.getKey(), group.getValue(), diagnostics));
    }
    return built;
  }

  private List<BuiltArtifact> bundleGroup(
      Path projectDir,
      EsbuildBatch batch,
      EsbuildOptions options,
      List<Prepared> group,
      List<Diagnostic> diagnostics)
      throws IOException {
    List<BuiltArtifact> built = new ArrayList<>();
    Path staging = cache.newStagingDir();
    try {
      List<NodeFunctionBuild> functions = group.stream().map(Prepared::function).toList();
      EsbuildBatch.Result result;
      if (options.decoratorMetadata()) {
        Optional<EsbuildBatch.Result> compiled =
            bundleCompiledCopy(projectDir, batch, options, functions, staging, diagnostics);
        if (compiled.isEmpty()) {
          functions.forEach(this::failed);
          return built;
        }
        result = compiled.get();
      } else {
        result = batch.bundle(functions, options, projectDir, staging.resolve("esbuild"));
      }
      List<Prepared> usable = new ArrayList<>();
      for (Prepared prepared : group) {
        if (checkBundle(prepared.function(), result, diagnostics)) {
          usable.add(prepared);
        } else {
          failed(prepared.function());
        }
      }
      List<Prepared> bundled =
          options.format() == ModuleFormat.CJS && !usable.isEmpty()
              ? checkCommonJsExports(projectDir, batch, usable, staging, diagnostics)
              : usable;
      // Zipping is CPU-bound and independent per function, so it uses every core.
      List<ArtifactCache.Hit> hits;
      try {
        hits =
            IntStream.range(0, bundled.size())
                .parallel()
                .mapToObj(
                    i ->
                        zipAndStore(
                            projectDir,
                            bundled.get(i),
                            result.bundles().get(bundled.get(i).function()),
                            staging.resolve("artifact-" + i + ".zip")))
                .toList();
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      for (int i = 0; i < bundled.size(); i++) {
        NodeFunctionBuild function = bundled.get(i).function();
        built.add(BuiltArtifact.of(function.resourceName(), ArtifactKind.FUNCTION, hits.get(i)));
        progress.finished(
            function.resourceName(),
            ArtifactKind.FUNCTION,
            ProgressListener.Outcome.BUILT,
            hits.get(i).zippedBytes());
      }
    } finally {
      FileSets.deleteTree(staging);
    }
    return built;
  }

  /**
   * Reports esbuild's errors for the function, or a handler its ESM bundle does not export; true
   * when the bundle is usable. (A CommonJS bundle's exports are checked by {@link ExportsProbe}.)
   */
  private static boolean checkBundle(
      NodeFunctionBuild function, EsbuildBatch.Result result, List<Diagnostic> diagnostics) {
    List<EsbuildMessages.Error> errors = result.errors().get(function);
    EsbuildBatch.Bundle bundle = result.bundles().get(function);
    if (errors != null || bundle == null) {
      for (EsbuildMessages.Error error :
          errors == null
              ? List.of(
                  new EsbuildMessages.Error(Optional.empty(), 0, 0, "esbuild produced no bundle"))
              : errors) {
        diagnostics.add(BundleDiagnostics.esbuildFailed(function, error));
      }
      return false;
    }
    if (function.format() == ModuleFormat.ESM) {
      Optional<Diagnostic> notExported =
          BundleDiagnostics.handlerNotExported(function, bundle.exports(), bundle.entryFormat());
      notExported.ifPresent(diagnostics::add);
      return notExported.isEmpty();
    }
    return true;
  }

  /**
   * Bundles a copy of the functions' sources in which TypeScript compiled the files that use
   * decorators ({@link DecoratorMetadata}); the result names the original files, so the cache and
   * the diagnostics see the user's sources. Empty when the copy could not be made (reported).
   */
  private Optional<EsbuildBatch.Result> bundleCompiledCopy(
      Path projectDir,
      EsbuildBatch batch,
      EsbuildOptions options,
      List<NodeFunctionBuild> functions,
      Path staging,
      List<Diagnostic> diagnostics)
      throws IOException {
    Path copies = Files.createDirectories(projectDir.resolve(DecoratorMetadata.FOLDER));
    Path folder = TempSiblings.directory(copies, "build");
    try {
      DecoratorMetadata.Copy copy =
          decorators.copy(projectDir, functions, folder, staging.resolve("typescript"));
      if (copy.folder().isEmpty()) {
        diagnostics.addAll(copy.diagnostics());
        return Optional.empty();
      }
      String prefix = projectDir.relativize(folder).toString().replace('\\', '/') + "/";
      Map<NodeFunctionBuild, NodeFunctionBuild> originals = new LinkedHashMap<>();
      for (NodeFunctionBuild function : functions) {
        Path entry = projectDir.relativize(projectDir.resolve(function.entryFile()).normalize());
        originals.put(function.withEntryFile(folder.resolve(entry)), function);
      }
      EsbuildBatch.Result copied =
          batch.bundle(
              new ArrayList<>(originals.keySet()), options, projectDir, staging.resolve("esbuild"));
      Map<NodeFunctionBuild, EsbuildBatch.Bundle> bundles = new LinkedHashMap<>();
      copied
          .bundles()
          .forEach(
              (function, bundle) ->
                  bundles.put(
                      originals.get(function),
                      new EsbuildBatch.Bundle(
                          bundle.bundleFile(),
                          bundle.sourceMap(),
                          bundle.inputs().stream()
                              .map(
                                  input ->
                                      input.startsWith(prefix)
                                          ? input.substring(prefix.length())
                                          : input)
                              .toList(),
                          bundle.exports(),
                          bundle.entryFormat())));
      Map<NodeFunctionBuild, List<EsbuildMessages.Error>> errors = new LinkedHashMap<>();
      copied
          .errors()
          .forEach(
              (function, list) ->
                  errors.put(
                      originals.get(function),
                      list.stream()
                          .map(
                              error ->
                                  new EsbuildMessages.Error(
                                      error
                                          .file()
                                          .map(
                                              file ->
                                                  file.startsWith(prefix)
                                                      ? file.substring(prefix.length())
                                                      : file),
                                      error.line(),
                                      error.column(),
                                      error.message()))
                          .toList()));
      return Optional.of(new EsbuildBatch.Result(bundles, errors));
    } finally {
      FileSets.deleteTree(folder);
    }
  }

  /** The CommonJS bundles whose handler an ES module probe finds exported; the others fail. */
  private List<Prepared> checkCommonJsExports(
      Path projectDir,
      EsbuildBatch batch,
      List<Prepared> bundled,
      Path staging,
      List<Diagnostic> diagnostics)
      throws IOException {
    List<NodeFunctionBuild> functions = bundled.stream().map(Prepared::function).toList();
    Map<NodeFunctionBuild, List<Diagnostic>> problems =
        new ExportsProbe(batch).problems(projectDir, functions, staging.resolve("exports"));
    List<Prepared> usable = new ArrayList<>();
    for (Prepared prepared : bundled) {
      List<Diagnostic> found = problems.getOrDefault(prepared.function(), List.of());
      if (found.isEmpty()) {
        usable.add(prepared);
      } else {
        diagnostics.addAll(found);
        failed(prepared.function());
      }
    }
    return usable;
  }

  private ArtifactCache.Hit zipAndStore(
      Path projectDir, Prepared prepared, EsbuildBatch.Bundle bundle, Path target) {
    try {
      SortedMap<String, ZipSource> entries = entries(projectDir, prepared, bundle);
      NodeFunctionBuild function = prepared.function();
      if (function.sourceMapsTo().isPresent()) {
        ZipSource map = entries.remove(function.format().outputFile() + ".map");
        if (map instanceof ZipSource.FromBytes bytes) {
          SourceMapOutput.store(cache, prepared.key(), projectDir, function, bytes.bytes());
        }
      }
      ZipStats zip = ReproducibleZip.write(entries, target);
      // Deleted here, on the zipping threads, rather than all at the end with the staging folder.
      Files.delete(bundle.bundleFile());
      if (bundle.sourceMap().isPresent()) {
        Files.delete(bundle.sourceMap().get());
      }
      return cache.store(prepared.key(), zip, projectDir, new HashSet<>(bundle.inputs()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private SortedMap<String, ZipSource> entries(
      Path projectDir, Prepared prepared, EsbuildBatch.Bundle bundle) throws IOException {
    NodeFunctionBuild function = prepared.function();
    List<PathMatcher> excluded = FileSets.matchers(function.excludeFiles());
    SortedMap<String, ZipSource> entries = new TreeMap<>();
    prepared
        .externals()
        .forEach(
            (name, source) -> {
              if (!FileSets.matchesAny(excluded, name)) {
                entries.put(name, source);
              }
            });
    prepared.includes().forEach((name, file) -> entries.put(name, ZipSource.FromFile.of(file)));
    String bundleName = function.format().outputFile();
    entries.put(
        bundleName, new ZipSource.FromBytes(Files.readAllBytes(bundle.bundleFile()), false));
    if (bundle.sourceMap().isPresent()) {
      Path map = bundle.sourceMap().get();
      try {
        String rewritten =
            SourceMapPaths.relativize(
                Files.readString(map, StandardCharsets.UTF_8), map.getParent(), projectDir);
        entries.put(
            bundleName + ".map",
            new ZipSource.FromBytes(rewritten.getBytes(StandardCharsets.UTF_8), false));
      } catch (JsonParseException e) {
        throw new IOException("esbuild wrote a source map formwork cannot read: " + map, e);
      }
    }
    return entries;
  }

  private Optional<Prepared> prepare(
      Path projectDir,
      NodeFunctionBuild function,
      String esbuildVersion,
      List<Diagnostic> diagnostics)
      throws IOException {
    Path entry = projectDir.resolve(function.entryFile()).normalize();
    if (!Files.isRegularFile(entry)) {
      diagnostics.add(SourceChecks.entryMissing(projectDir, function, function.entryFile()));
      return Optional.empty();
    }
    if (function.decoratorMetadata() && DecoratorMetadata.typescriptVersion(projectDir).isEmpty()) {
      diagnostics.add(DecoratorMetadata.typescriptMissing(function));
      return Optional.empty();
    }
    NodeModules.Closure externals;
    try {
      externals = NodeModules.collect(projectDir, function.externals());
    } catch (NodeModules.MissingPackageException e) {
      diagnostics.add(
          Diagnostic.error(
                  Code.PACKAGING_EXTERNAL_NOT_INSTALLED,
                  function.entryfilePath(),
                  "Function '"
                      + function.resourceName()
                      + "' keeps package '"
                      + e.getMessage()
                      + "' out of the bundle, but it is not installed in node_modules.")
              .withHint("Install the project's dependencies from its lockfile first (npm ci)."));
      return Optional.empty();
    }
    SortedMap<String, Path> includes =
        FileSets.included(projectDir, function.includeFiles(), function.excludeFiles());
    Optional<Path> tsconfig = function.tsconfig().map(path -> projectDir.resolve(path).normalize());
    if (tsconfig.isPresent() && !Files.isRegularFile(tsconfig.get())) {
      diagnostics.add(
          Diagnostic.error(
              Code.PACKAGING_TSCONFIG_MISSING,
              function.entryfilePath(),
              "Function '"
                  + function.resourceName()
                  + "': the tsconfig file "
                  + function.tsconfig().get()
                  + " does not exist."));
      return Optional.empty();
    }
    String key =
        cache
            .key()
            .put("kind", "nodejs")
            .put("esbuild", esbuildVersion)
            .put("entry", projectDir.relativize(entry).toString())
            .put("handler", function.handlerExport())
            .put("target", function.esbuildTarget())
            .put("architecture", function.architecture().lambdaName())
            .put("format", function.format().name())
            .put("sourceMaps", function.sourceMaps())
            .put("minify", function.minify())
            .put("sourceMapsInZip", function.sourceMapsTo().isEmpty())
            .put(
                "decoratorMetadata",
                function.decoratorMetadata()
                    ? DecoratorMetadata.typescriptVersion(projectDir).orElse("none")
                    : "off")
            .putList("externals", List.copyOf(externals.packages()))
            .putList("runtimeProvided", function.runtimeProvided())
            .putList("excludeFiles", function.excludeFiles())
            .putFile("tsconfig", tsconfig.orElse(projectDir.resolve("tsconfig.json")))
            .putFile("packageJson", projectDir.resolve("package.json"))
            .putLockfile(projectDir)
            .putFiles("includes", includes)
            .digest();
    return Optional.of(new Prepared(function, key, includes, externals.entries()));
  }

  private void failed(NodeFunctionBuild function) {
    progress.finished(
        function.resourceName(), ArtifactKind.FUNCTION, ProgressListener.Outcome.FAILED, 0);
  }
}
