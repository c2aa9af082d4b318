package dev.formwork.packager;

import dev.formwork.schema.diag.ConfigPath;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A {@code lambda-layer} resource built from a folder: its files go under {@code nodejs/} or {@code
 * python/} in the zip, where Lambda looks for them.
 *
 * @param folderPath config position of the folder property, for diagnostics
 * @param folder the layer's content, relative to the project folder or absolute
 * @param compatibleRuntimes for the compiler's {@code CompatibleRuntimes}; the packager only
 *     carries them
 * @param architectures for the compiler's {@code CompatibleArchitectures}
 */
public record LayerBuild(
    String resourceName,
    ConfigPath folderPath,
    Path folder,
    RuntimeFamily family,
    List<String> compatibleRuntimes,
    List<Architecture> architectures) {

  public LayerBuild {
    Objects.requireNonNull(resourceName);
    Objects.requireNonNull(folderPath);
    Objects.requireNonNull(folder);
    Objects.requireNonNull(family);
    compatibleRuntimes = List.copyOf(compatibleRuntimes);
    architectures = List.copyOf(architectures);
  }
}
