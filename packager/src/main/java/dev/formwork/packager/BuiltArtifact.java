package dev.formwork.packager;

import dev.formwork.schema.artifact.ArtifactKind;
import java.nio.file.Path;

/**
 * An artifact ready to be copied to the output folder: its zip (in the cache or the user's file)
 * and digest.
 */
record BuiltArtifact(
    String resourceName,
    ArtifactKind kind,
    Path zip,
    String sha256,
    long zippedBytes,
    long unzippedBytes) {

  static BuiltArtifact of(String resourceName, ArtifactKind kind, ArtifactCache.Hit hit) {
    return new BuiltArtifact(
        resourceName, kind, hit.zip(), hit.sha256(), hit.zippedBytes(), hit.unzippedBytes());
  }
}
