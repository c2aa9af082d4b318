package dev.formwork.packager;

import dev.formwork.process.ProcessRunner;
import dev.formwork.schema.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Bundles JS/TS functions as ES modules into a scratch folder to learn whether each one bundles and
 * what its entry file exports: esbuild's metafile lists exports for ESM output only, so this is how
 * a CommonJS bundle's handler, and every handler at {@code validate}, is checked. Nothing it writes
 * is kept.
 */
final class ExportsProbe {

  private final EsbuildBatch batch;

  ExportsProbe(EsbuildBinary esbuild, ProcessRunner runner) {
    this(new EsbuildBatch(esbuild, runner));
  }

  ExportsProbe(EsbuildBatch batch) {
    this.batch = batch;
  }

  /** esbuild's errors and missing handlers of the functions, in function order. */
  List<Diagnostic> check(Path projectDir, List<NodeFunctionBuild> functions, Path scratch)
      throws IOException {
    List<Diagnostic> diagnostics = new ArrayList<>();
    problems(projectDir, functions, scratch).values().forEach(diagnostics::addAll);
    return diagnostics;
  }

  /** The problems of each function (an empty list when it is fine), in function order. */
  Map<NodeFunctionBuild, List<Diagnostic>> problems(
      Path projectDir, List<NodeFunctionBuild> functions, Path scratch) throws IOException {
    Map<EsbuildOptions, List<NodeFunctionBuild>> groups = new LinkedHashMap<>();
    Map<NodeFunctionBuild, NodeFunctionBuild> original = new LinkedHashMap<>();
    for (NodeFunctionBuild function : functions) {
      NodeFunctionBuild probe =
          function.withFormat(ModuleFormat.ESM).withSourceMaps(false).withMinify(false);
      original.put(probe, function);
      groups
          .computeIfAbsent(EsbuildOptions.of(probe, projectDir), options -> new ArrayList<>())
          .add(probe);
    }
    Map<NodeFunctionBuild, List<Diagnostic>> found = new LinkedHashMap<>();
    int group = 0;
    for (Map.Entry<EsbuildOptions, List<NodeFunctionBuild>> entry : groups.entrySet()) {
      EsbuildBatch.Result result =
          batch.bundle(
              entry.getValue(), entry.getKey(), projectDir, scratch.resolve("probe-" + group++));
      for (NodeFunctionBuild probe : entry.getValue()) {
        NodeFunctionBuild function = original.get(probe);
        List<Diagnostic> problems = new ArrayList<>();
        List<EsbuildMessages.Error> errors = result.errors().get(probe);
        EsbuildBatch.Bundle bundle = result.bundles().get(probe);
        if (errors != null) {
          errors.forEach(error -> problems.add(BundleDiagnostics.esbuildFailed(function, error)));
        } else if (bundle != null && checkable(function, bundle)) {
          BundleDiagnostics.handlerNotExported(function, bundle.exports(), bundle.entryFormat())
              .ifPresent(problems::add);
        }
        found.put(function, problems);
      }
    }
    Map<NodeFunctionBuild, List<Diagnostic>> ordered = new LinkedHashMap<>();
    for (NodeFunctionBuild function : functions) {
      ordered.put(function, found.getOrDefault(function, List.of()));
    }
    return ordered;
  }

  /**
   * A CommonJS entry file ({@code module.exports}) bundled as CommonJS keeps its exports, which an
   * ES module bundle of it does not show; only its ESM bundles can be judged.
   */
  private static boolean checkable(NodeFunctionBuild function, EsbuildBatch.Bundle bundle) {
    return function.format() == ModuleFormat.ESM
        || !bundle.entryFormat().equals(Optional.of("cjs"));
  }
}
