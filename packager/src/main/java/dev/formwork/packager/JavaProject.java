package dev.formwork.packager;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The Maven or Gradle project a Java function is built from: its build file and tool. Functions of
 * one project share one build.
 */
record JavaProject(Path buildFile, JavaBuildTool tool) {

  /** The project's folder, where the build runs. */
  Path folder() {
    return buildFile.getParent();
  }

  /**
   * The project of an entry file: the given build file, else the nearest folder at or above the
   * entry's with a build file of the requested tool (of either, Maven first, when none is
   * requested). Empty when there is none.
   */
  static Optional<JavaProject> locate(
      Path entry, Optional<Path> buildFile, Optional<JavaBuildTool> requested) {
    if (buildFile.isPresent()) {
      Path file = buildFile.get();
      return toolOf(file)
          .filter(tool -> Files.isRegularFile(file))
          .filter(tool -> requested.isEmpty() || requested.get() == tool)
          .map(tool -> new JavaProject(file, tool));
    }
    for (Path dir = entry.getParent(); dir != null; dir = dir.getParent()) {
      for (JavaBuildTool tool : JavaBuildTool.values()) {
        if (requested.isPresent() && requested.get() != tool) {
          continue;
        }
        for (String name : tool.buildFiles()) {
          if (Files.isRegularFile(dir.resolve(name))) {
            return Optional.of(new JavaProject(dir.resolve(name), tool));
          }
        }
      }
    }
    return Optional.empty();
  }

  /** The tool a build file belongs to, by its name. */
  static Optional<JavaBuildTool> toolOf(Path buildFile) {
    String name = buildFile.getFileName().toString();
    for (JavaBuildTool tool : JavaBuildTool.values()) {
      if (tool.buildFiles().contains(name)) {
        return Optional.of(tool);
      }
    }
    return Optional.empty();
  }

  /**
   * The project's wrapper script: in its folder or a folder above, up to the repository root (the
   * first folder with {@code .git}), since a multi-module build keeps it at the top.
   */
  Optional<Path> wrapper() {
    for (Path dir = folder(); dir != null; dir = dir.getParent()) {
      Path wrapper = dir.resolve(tool.wrapper());
      if (Files.isRegularFile(wrapper)) {
        return Optional.of(wrapper);
      }
      if (Files.exists(dir.resolve(".git"))) {
        break;
      }
    }
    return Optional.empty();
  }
}
