package dev.formwork.packager;

import dev.formwork.schema.diag.ConfigPath;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A Go function: the {@code main} package holding the entry file is built with {@code go build}
 * into a {@code bootstrap} executable for Linux and the function's architecture, for the {@code
 * provided.al2023} runtime.
 *
 * @param entryFile a {@code .go} file of the main package, relative to the project folder or
 *     absolute; the module is the nearest folder above it with a {@code go.mod}
 * @param includeFiles globs (relative to the project folder) of extra files zipped beside bootstrap
 * @param excludeFiles globs of files kept out of those
 */
public record GoFunctionBuild(
    String resourceName,
    ConfigPath entryfilePath,
    Path entryFile,
    Architecture architecture,
    List<String> includeFiles,
    List<String> excludeFiles,
    List<String> layers)
    implements FunctionBuild {

  /** The name Lambda's OS-only runtimes run, and the only file they need. */
  public static final String EXECUTABLE = "bootstrap";

  public GoFunctionBuild {
    Objects.requireNonNull(resourceName);
    Objects.requireNonNull(entryfilePath);
    Objects.requireNonNull(entryFile);
    Objects.requireNonNull(architecture);
    includeFiles = List.copyOf(includeFiles);
    excludeFiles = List.copyOf(excludeFiles);
    layers = List.copyOf(layers);
  }

  /** A function with no extra files and no layers. */
  public static GoFunctionBuild of(
      String resourceName, ConfigPath entryfilePath, Path entryFile, Architecture architecture) {
    return new GoFunctionBuild(
        resourceName, entryfilePath, entryFile, architecture, List.of(), List.of(), List.of());
  }

  @Override
  public ConfigPath sourcePath() {
    return entryfilePath;
  }
}
