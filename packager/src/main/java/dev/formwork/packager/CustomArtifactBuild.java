package dev.formwork.packager;

import dev.formwork.schema.diag.ConfigPath;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A {@code custom-artifact} function (for example a Java jar): a zip or jar is used as it is, a
 * folder is zipped reproducibly.
 *
 * @param packagePath config position of {@code packagePath}, for diagnostics
 * @param path the file or folder, relative to the project folder or absolute
 */
public record CustomArtifactBuild(
    String resourceName, ConfigPath packagePath, Path path, List<String> layers)
    implements FunctionBuild {

  public CustomArtifactBuild {
    Objects.requireNonNull(resourceName);
    Objects.requireNonNull(packagePath);
    Objects.requireNonNull(path);
    layers = List.copyOf(layers);
  }

  @Override
  public ConfigPath sourcePath() {
    return packagePath;
  }
}
