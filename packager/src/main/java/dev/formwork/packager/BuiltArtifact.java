package dev.formwork.packager;

import dev.formwork.schema.artifact.ArtifactKind;
import java.nio.file.Path;
import java.util.List;

/**
 * An artifact ready to be copied to the output folder: its zip (in the cache or the user's file),
 * digest and sizes, and the files and folders it was built from (what {@code formwork dev}
 * watches).
 */
record BuiltArtifact(
    String resourceName,
    ArtifactKind kind,
    Path zip,
    String sha256,
    long zippedBytes,
    long unzippedBytes,
    List<Path> sources) {

  BuiltArtifact {
    sources = List.copyOf(sources);
  }

  /** From a cache hit: its sources are the files the build read. */
  static BuiltArtifact of(String resourceName, ArtifactKind kind, ArtifactCache.Hit hit) {
    return new BuiltArtifact(
        resourceName,
        kind,
        hit.zip(),
        hit.sha256(),
        hit.zippedBytes(),
        hit.unzippedBytes(),
        hit.inputs());
  }

  /** The same artifact built from these files and folders (a folder stands for all it holds). */
  BuiltArtifact withSources(List<Path> newSources) {
    return new BuiltArtifact(
        resourceName, kind, zip, sha256, zippedBytes, unzippedBytes, newSources);
  }
}
