package dev.formwork.packager;

import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything one {@code formwork package} run builds: the project folder, its functions and its
 * layers. A partial plan ({@link #only}) builds some functions and adds them to the manifest
 * already in the output folder instead of replacing it.
 */
public record PackagingPlan(
    Path projectDir, List<FunctionBuild> functions, List<LayerBuild> layers, boolean partial) {

  public PackagingPlan {
    projectDir = projectDir.toAbsolutePath().normalize();
    functions = List.copyOf(functions);
    layers = List.copyOf(layers);
  }

  /** A plan of every function and layer of a project. */
  public PackagingPlan(Path projectDir, List<FunctionBuild> functions, List<LayerBuild> layers) {
    this(projectDir, functions, layers, false);
  }

  /**
   * The plan for only these functions and the layers they use (invoke --local packages the one it
   * runs; dev rebuilds the ones whose sources changed).
   */
  public PackagingPlan only(Collection<String> functionNames) {
    List<FunctionBuild> chosen =
        functions.stream().filter(f -> functionNames.contains(f.resourceName())).toList();
    Set<String> used = new HashSet<>();
    chosen.forEach(function -> used.addAll(function.layers()));
    return new PackagingPlan(
        projectDir,
        chosen,
        layers.stream().filter(layer -> used.contains(layer.resourceName())).toList(),
        true);
  }

  /** Resolves a config-relative path against the project folder. */
  public Path resolve(Path path) {
    return projectDir.resolve(path).normalize();
  }
}
