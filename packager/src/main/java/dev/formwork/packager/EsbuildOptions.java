package dev.formwork.packager;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The esbuild settings that functions must share to be bundled in one process: target, format,
 * source maps, minification, externals and tsconfig, and whether the sources are compiled by
 * TypeScript first for decorator metadata. Functions with equal options form one batch.
 */
public record EsbuildOptions(
    String target,
    ModuleFormat format,
    boolean sourceMaps,
    boolean minify,
    List<String> externals,
    Optional<Path> tsconfig,
    boolean decoratorMetadata) {

  /**
   * Defines {@code require} in ESM bundles, so bundled CommonJS packages can still require Node's
   * built-ins and external packages (esbuild's {@code __require} shim throws otherwise).
   */
  static final String ESM_REQUIRE_BANNER =
      "import { createRequire as __formworkCreateRequire } from 'module'; "
          + "const require = __formworkCreateRequire(import.meta.url);";

  public EsbuildOptions {
    externals = List.copyOf(new TreeSet<>(externals));
  }

  /** The options of one function; tsconfig is resolved against the project folder. */
  public static EsbuildOptions of(NodeFunctionBuild function, Path projectDir) {
    List<String> externals = new ArrayList<>(function.externals());
    externals.addAll(function.runtimeProvided());
    return new EsbuildOptions(
        function.esbuildTarget(),
        function.format(),
        function.sourceMaps(),
        function.minify(),
        externals,
        function.tsconfig().map(path -> projectDir.resolve(path).normalize()),
        function.decoratorMetadata());
  }

  /**
   * The command-line flags for these options (entry points and output folder are added by the
   * batch).
   */
  public List<String> flags() {
    List<String> flags = new ArrayList<>();
    flags.add("--bundle");
    flags.add("--platform=node");
    flags.add("--target=" + target);
    flags.add("--format=" + format.esbuildName());
    if (format == ModuleFormat.ESM) {
      flags.add("--out-extension:.js=.mjs");
      flags.add("--main-fields=module,main");
      flags.add("--banner:js=" + ESM_REQUIRE_BANNER);
    }
    if (sourceMaps) {
      flags.add("--sourcemap");
    }
    if (minify) {
      flags.add("--minify");
    }
    if (decoratorMetadata) {
      // Decorator frameworks read class names (TypeORM names entities after them); esbuild renames
      // a class whose name collides in the bundle's scope unless told to keep names.
      flags.add("--keep-names");
    }
    for (String external : externals) {
      flags.add("--external:" + external);
      // A package's subpaths (pkg/sub) must stay external too; a pattern such as @aws-sdk/*
      // already covers them (esbuild allows one wildcard).
      if (!external.contains("*")) {
        flags.add("--external:" + external + "/*");
      }
    }
    tsconfig.ifPresent(path -> flags.add("--tsconfig=" + path));
    return flags;
  }
}
