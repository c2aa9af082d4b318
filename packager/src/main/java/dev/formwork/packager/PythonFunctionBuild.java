package dev.formwork.packager;

import dev.formwork.schema.diag.ConfigPath;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Python function: the files of the entry file's folder (and {@code includeFiles}) are zipped,
 * less {@code excludeFiles} and what is never packaged by default ({@link
 * FileSets#neverByDefault}), and its dependencies are vendored into the zip root with pip for
 * Lambda's platform ({@link PythonDependencies} says where they are declared).
 *
 * @param entryFile the handler module, relative to the project folder or absolute; its folder is
 *     zipped
 * @param handlerFunction the module-level function Lambda calls
 * @param dependencyFile {@code packageManagerFile}: a requirements file, a pyproject.toml or a
 *     Pipfile(.lock); empty to look for one
 * @param tool {@code packageManager}, when the config names one
 * @param runtime a Lambda runtime such as {@code python3.13}; it decides pip's {@code
 *     --python-version}
 */
public record PythonFunctionBuild(
    String resourceName,
    ConfigPath entryfilePath,
    Path entryFile,
    String handlerFunction,
    Optional<Path> dependencyFile,
    Optional<PythonTool> tool,
    String runtime,
    Architecture architecture,
    List<String> includeFiles,
    List<String> excludeFiles,
    List<String> layers)
    implements FunctionBuild {

  /** The function Lambda calls when handlerFunction is not given. */
  public static final String DEFAULT_HANDLER = "handler";

  public PythonFunctionBuild {
    Objects.requireNonNull(resourceName);
    Objects.requireNonNull(entryfilePath);
    Objects.requireNonNull(entryFile);
    if (!runtime.matches("python3\\.\\d+")) {
      throw new IllegalArgumentException("not a Python runtime: " + runtime);
    }
    includeFiles = List.copyOf(includeFiles);
    excludeFiles = List.copyOf(excludeFiles);
    layers = List.copyOf(layers);
  }

  /** A function with the handler {@code handler}, no declared dependency file and no extras. */
  public static PythonFunctionBuild of(
      String resourceName,
      ConfigPath entryfilePath,
      Path entryFile,
      String runtime,
      Architecture architecture) {
    return new PythonFunctionBuild(
        resourceName,
        entryfilePath,
        entryFile,
        DEFAULT_HANDLER,
        Optional.empty(),
        Optional.empty(),
        runtime,
        architecture,
        List.of(),
        List.of(),
        List.of());
  }

  @Override
  public ConfigPath sourcePath() {
    return entryfilePath;
  }

  /** pip's {@code --python-version}: {@code python3.13} gives {@code 3.13}. */
  public String pythonVersion() {
    return runtime.substring("python".length());
  }
}
