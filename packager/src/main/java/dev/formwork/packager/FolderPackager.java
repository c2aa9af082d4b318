package dev.formwork.packager;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Zips a folder reproducibly, under an optional prefix (a layer's {@code nodejs/}), through the
 * cache.
 */
final class FolderPackager {

  private final ArtifactCache cache;

  FolderPackager(ArtifactCache cache) {
    this.cache = cache;
  }

  /** Returns the cached zip when the folder's files are unchanged, else zips and caches it. */
  ArtifactCache.Hit zip(Path folder, String prefix, String kind, Set<String> skipped)
      throws IOException {
    SortedMap<String, Path> files = FileSets.files(folder, skipped);
    String key =
        cache.key().put("kind", kind).put("prefix", prefix).putFiles("files", files).digest();
    var hit = cache.lookup(key, folder);
    if (hit.isPresent()) {
      return hit.get();
    }
    SortedMap<String, ZipSource> entries = new TreeMap<>();
    for (Map.Entry<String, Path> file : files.entrySet()) {
      entries.put(prefix + file.getKey(), ZipSource.FromFile.of(file.getValue()));
    }
    Path staging = cache.newStagingDir();
    try {
      ZipStats stats = ReproducibleZip.write(entries, staging.resolve("artifact.zip"));
      return cache.store(key, stats, folder, new HashSet<>());
    } finally {
      FileSets.deleteTree(staging);
    }
  }

  /**
   * The layer prefix unless the folder already has it at its top (e.g. a prepared {@code python/}).
   */
  static String layerPrefix(Path folder, RuntimeFamily family) {
    String bare = family.layerPrefix().substring(0, family.layerPrefix().length() - 1);
    return Files.isDirectory(folder.resolve(bare)) ? "" : family.layerPrefix();
  }
}
