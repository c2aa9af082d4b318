package dev.formwork.packager;

import dev.formwork.schema.io.TempSiblings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * {@code outputSourceMapsTo}: a bundle's source map goes to {@code
 * <folder>/<function>/<bundle>.map} instead of into the zip, for uploading to an error tracker
 * without shipping it to Lambda. The cache keeps the map beside the zip (as a one-entry zip under
 * the key {@code <key>-map}), so a cached build writes the same map as the build that made it.
 */
final class SourceMapOutput {

  private SourceMapOutput() {}

  /** Where the function's source map is written. */
  static Path target(Path projectDir, NodeFunctionBuild function) {
    return projectDir
        .resolve(function.sourceMapsTo().orElseThrow())
        .resolve(function.resourceName())
        .resolve(function.format().outputFile() + ".map");
  }

  /** Keeps the map in the cache under the build's key and writes it to its folder. */
  static void store(
      ArtifactCache cache, String key, Path projectDir, NodeFunctionBuild function, byte[] map)
      throws IOException {
    Path staging = cache.newStagingDir();
    try {
      SortedMap<String, ZipSource> entries = new TreeMap<>();
      entries.put(function.format().outputFile() + ".map", new ZipSource.FromBytes(map, false));
      ZipStats zip = ReproducibleZip.write(entries, staging.resolve("map.zip"));
      cache.store(mapKey(key), zip, projectDir, new HashSet<>());
    } finally {
      FileSets.deleteTree(staging);
    }
    write(target(projectDir, function), map);
  }

  /** Writes the cached map of a cached build; false when the cache does not hold it. */
  static boolean restore(
      ArtifactCache cache, String key, Path projectDir, NodeFunctionBuild function)
      throws IOException {
    Optional<ArtifactCache.Hit> hit = cache.lookup(mapKey(key), projectDir);
    if (hit.isEmpty()) {
      return false;
    }
    try (ZipFile zip = new ZipFile(hit.get().zip().toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      if (!entries.hasMoreElements()) {
        return false;
      }
      try (InputStream in = zip.getInputStream(entries.nextElement())) {
        write(target(projectDir, function), in.readAllBytes());
      }
    }
    return true;
  }

  private static String mapKey(String key) {
    return key + "-map";
  }

  private static void write(Path target, byte[] map) throws IOException {
    Files.createDirectories(target.getParent());
    Path temp = TempSiblings.file(target.getParent(), ".map", ".tmp");
    try {
      Files.write(temp, map);
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
