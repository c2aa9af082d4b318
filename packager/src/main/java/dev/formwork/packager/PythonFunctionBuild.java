package dev.formwork.packager;

import dev.formwork.schema.diag.ConfigPath;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Python function: the folder holding the entry file is zipped, and the requirements file's
 * dependencies are vendored into the zip root with pip for Lambda's platform.
 *
 * @param entryFile the handler module, relative to the project folder or absolute; its folder is
 *     zipped
 * @param requirementsFile a pip requirements file ({@code packageManagerFile}), if any
 * @param runtime a Lambda runtime such as {@code python3.13}; it decides pip's {@code
 *     --python-version}
 */
public record PythonFunctionBuild(
    String resourceName,
    ConfigPath entryfilePath,
    Path entryFile,
    Optional<Path> requirementsFile,
    String runtime,
    Architecture architecture,
    List<String> layers)
    implements FunctionBuild {

  public PythonFunctionBuild {
    Objects.requireNonNull(resourceName);
    Objects.requireNonNull(entryfilePath);
    Objects.requireNonNull(entryFile);
    if (!runtime.matches("python3\\.\\d+")) {
      throw new IllegalArgumentException("not a Python runtime: " + runtime);
    }
    layers = List.copyOf(layers);
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
