package dev.formwork.packager;

import dev.formwork.schema.diag.ConfigPath;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A JS/TS function bundled by esbuild ({@code stacktape-lambda-buildpack}).
 *
 * @param entryfilePath config position of {@code entryfilePath}, for diagnostics
 * @param entryFile the entry file, relative to the project folder or absolute
 * @param handlerExport the export Lambda calls; the Lambda handler is {@code index.<handlerExport>}
 * @param runtime a Lambda runtime such as {@code nodejs24.x}; it decides esbuild's target
 * @param sourceMaps whether esbuild writes a source map
 * @param sourceMapsTo a folder (relative to the project folder or absolute) that receives the
 *     source map as {@code <function>/<bundle>.map} instead of the zip ({@code outputSourceMapsTo})
 * @param decoratorMetadata compile the files that use decorators with the project's TypeScript
 *     first, so {@code design:*} metadata is emitted ({@code emitTsDecoratorMetadata}; esbuild
 *     cannot emit it)
 * @param externals packages left out of the bundle and copied into {@code node_modules} of the zip
 *     from the project's lockfile install (native modules, packages that must not be bundled)
 * @param runtimeProvided packages left out of the bundle and the zip because the runtime has them
 * @param tsconfig a tsconfig file, relative to the project folder or absolute
 * @param includeFiles globs (relative to the project folder) of extra files copied into the zip
 * @param excludeFiles globs of files kept out of the zip
 */
public record NodeFunctionBuild(
    String resourceName,
    ConfigPath entryfilePath,
    Path entryFile,
    String handlerExport,
    String runtime,
    Architecture architecture,
    ModuleFormat format,
    boolean sourceMaps,
    Optional<Path> sourceMapsTo,
    boolean minify,
    boolean decoratorMetadata,
    List<String> externals,
    List<String> runtimeProvided,
    Optional<Path> tsconfig,
    List<String> includeFiles,
    List<String> excludeFiles,
    List<String> layers)
    implements FunctionBuild {

  private static final Pattern NODE_RUNTIME = Pattern.compile("nodejs\\d+\\.x");

  public NodeFunctionBuild {
    Objects.requireNonNull(resourceName);
    Objects.requireNonNull(entryfilePath);
    Objects.requireNonNull(entryFile);
    if (!NODE_RUNTIME.matcher(runtime).matches()) {
      throw new IllegalArgumentException("not a Node.js runtime: " + runtime);
    }
    externals = List.copyOf(externals);
    runtimeProvided = List.copyOf(runtimeProvided);
    includeFiles = List.copyOf(includeFiles);
    excludeFiles = List.copyOf(excludeFiles);
    layers = List.copyOf(layers);
  }

  /**
   * A function with Stacktape's defaults: export {@code default}, nodejs24.x, x86_64, CJS, source
   * maps in the zip, no minification.
   */
  public static NodeFunctionBuild of(
      String resourceName, ConfigPath entryfilePath, Path entryFile) {
    return new NodeFunctionBuild(
        resourceName,
        entryfilePath,
        entryFile,
        "default",
        "nodejs24.x",
        Architecture.X86_64,
        ModuleFormat.CJS,
        true,
        Optional.empty(),
        false,
        false,
        List.of(),
        List.of(),
        Optional.empty(),
        List.of(),
        List.of(),
        List.of());
  }

  @Override
  public ConfigPath sourcePath() {
    return entryfilePath;
  }

  /** The Lambda {@code Handler} value for this bundle. */
  public String handler() {
    return "index." + handlerExport;
  }

  /** esbuild's {@code --target}, from the runtime: {@code nodejs22.x} gives {@code node22}. */
  public String esbuildTarget() {
    return "node" + runtime.substring("nodejs".length(), runtime.length() - ".x".length());
  }

  public NodeFunctionBuild withHandlerExport(String value) {
    return new NodeFunctionBuild(
        resourceName,
        entryfilePath,
        entryFile,
        value,
        runtime,
        architecture,
        format,
        sourceMaps,
        sourceMapsTo,
        minify,
        decoratorMetadata,
        externals,
        runtimeProvided,
        tsconfig,
        includeFiles,
        excludeFiles,
        layers);
  }

  public NodeFunctionBuild withRuntime(String value) {
    return new NodeFunctionBuild(
        resourceName,
        entryfilePath,
        entryFile,
        handlerExport,
        value,
        architecture,
        format,
        sourceMaps,
        sourceMapsTo,
        minify,
        decoratorMetadata,
        externals,
        runtimeProvided,
        tsconfig,
        includeFiles,
        excludeFiles,
        layers);
  }

  public NodeFunctionBuild withArchitecture(Architecture value) {
    return new NodeFunctionBuild(
        resourceName,
        entryfilePath,
        entryFile,
        handlerExport,
        runtime,
        value,
        format,
        sourceMaps,
        sourceMapsTo,
        minify,
        decoratorMetadata,
        externals,
        runtimeProvided,
        tsconfig,
        includeFiles,
        excludeFiles,
        layers);
  }

  public NodeFunctionBuild withFormat(ModuleFormat value) {
    return new NodeFunctionBuild(
        resourceName,
        entryfilePath,
        entryFile,
        handlerExport,
        runtime,
        architecture,
        value,
        sourceMaps,
        sourceMapsTo,
        minify,
        decoratorMetadata,
        externals,
        runtimeProvided,
        tsconfig,
        includeFiles,
        excludeFiles,
        layers);
  }

  public NodeFunctionBuild withSourceMaps(boolean value) {
    return new NodeFunctionBuild(
        resourceName,
        entryfilePath,
        entryFile,
        handlerExport,
        runtime,
        architecture,
        format,
        value,
        sourceMapsTo,
        minify,
        decoratorMetadata,
        externals,
        runtimeProvided,
        tsconfig,
        includeFiles,
        excludeFiles,
        layers);
  }

  public NodeFunctionBuild withMinify(boolean value) {
    return new NodeFunctionBuild(
        resourceName,
        entryfilePath,
        entryFile,
        handlerExport,
        runtime,
        architecture,
        format,
        sourceMaps,
        sourceMapsTo,
        value,
        decoratorMetadata,
        externals,
        runtimeProvided,
        tsconfig,
        includeFiles,
        excludeFiles,
        layers);
  }

  public NodeFunctionBuild withDecoratorMetadata(boolean value) {
    return new NodeFunctionBuild(
        resourceName,
        entryfilePath,
        entryFile,
        handlerExport,
        runtime,
        architecture,
        format,
        sourceMaps,
        sourceMapsTo,
        minify,
        value,
        externals,
        runtimeProvided,
        tsconfig,
        includeFiles,
        excludeFiles,
        layers);
  }

  public NodeFunctionBuild withExternals(List<String> value) {
    return new NodeFunctionBuild(
        resourceName,
        entryfilePath,
        entryFile,
        handlerExport,
        runtime,
        architecture,
        format,
        sourceMaps,
        sourceMapsTo,
        minify,
        decoratorMetadata,
        value,
        runtimeProvided,
        tsconfig,
        includeFiles,
        excludeFiles,
        layers);
  }

  public NodeFunctionBuild withRuntimeProvided(List<String> value) {
    return new NodeFunctionBuild(
        resourceName,
        entryfilePath,
        entryFile,
        handlerExport,
        runtime,
        architecture,
        format,
        sourceMaps,
        sourceMapsTo,
        minify,
        decoratorMetadata,
        externals,
        value,
        tsconfig,
        includeFiles,
        excludeFiles,
        layers);
  }

  public NodeFunctionBuild withIncludeFiles(List<String> value) {
    return new NodeFunctionBuild(
        resourceName,
        entryfilePath,
        entryFile,
        handlerExport,
        runtime,
        architecture,
        format,
        sourceMaps,
        sourceMapsTo,
        minify,
        decoratorMetadata,
        externals,
        runtimeProvided,
        tsconfig,
        value,
        excludeFiles,
        layers);
  }

  public NodeFunctionBuild withExcludeFiles(List<String> value) {
    return new NodeFunctionBuild(
        resourceName,
        entryfilePath,
        entryFile,
        handlerExport,
        runtime,
        architecture,
        format,
        sourceMaps,
        sourceMapsTo,
        minify,
        decoratorMetadata,
        externals,
        runtimeProvided,
        tsconfig,
        includeFiles,
        value,
        layers);
  }

  public NodeFunctionBuild withLayers(List<String> value) {
    return new NodeFunctionBuild(
        resourceName,
        entryfilePath,
        entryFile,
        handlerExport,
        runtime,
        architecture,
        format,
        sourceMaps,
        sourceMapsTo,
        minify,
        decoratorMetadata,
        externals,
        runtimeProvided,
        tsconfig,
        includeFiles,
        excludeFiles,
        value);
  }

  public NodeFunctionBuild withTsconfig(Path value) {
    return new NodeFunctionBuild(
        resourceName,
        entryfilePath,
        entryFile,
        handlerExport,
        runtime,
        architecture,
        format,
        sourceMaps,
        sourceMapsTo,
        minify,
        decoratorMetadata,
        externals,
        runtimeProvided,
        Optional.of(value),
        includeFiles,
        excludeFiles,
        layers);
  }

  public NodeFunctionBuild withSourceMapsTo(Path value) {
    return new NodeFunctionBuild(
        resourceName,
        entryfilePath,
        entryFile,
        handlerExport,
        runtime,
        architecture,
        format,
        sourceMaps,
        Optional.of(value),
        minify,
        decoratorMetadata,
        externals,
        runtimeProvided,
        tsconfig,
        includeFiles,
        excludeFiles,
        layers);
  }

  /** The same function bundled from another copy of its entry file. */
  public NodeFunctionBuild withEntryFile(Path value) {
    return new NodeFunctionBuild(
        resourceName,
        entryfilePath,
        value,
        handlerExport,
        runtime,
        architecture,
        format,
        sourceMaps,
        sourceMapsTo,
        minify,
        decoratorMetadata,
        externals,
        runtimeProvided,
        tsconfig,
        includeFiles,
        excludeFiles,
        layers);
  }
}
