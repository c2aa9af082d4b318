package dev.formwork.packager;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything one {@code formwork package} run builds: the project folder, its functions and its
 * layers.
 */
public record PackagingPlan(
    Path projectDir, List<FunctionBuild> functions, List<LayerBuild> layers) {

  public PackagingPlan {
    projectDir = projectDir.toAbsolutePath().normalize();
    functions = List.copyOf(functions);
    layers = List.copyOf(layers);
  }

  /** Resolves a config-relative path against the project folder. */
  public Path resolve(Path path) {
    return projectDir.resolve(path).normalize();
  }
}
