package dev.formwork.packager;

import dev.formwork.schema.artifact.ArtifactKind;

/** Receives one start and one finish event per artifact, for the CLI's progress display. */
public interface ProgressListener {

  /** How an artifact was produced. */
  enum Outcome {
    BUILT,
    CACHED,
    FAILED
  }

  ProgressListener SILENT =
      new ProgressListener() {
        @Override
        public void started(String resourceName, ArtifactKind kind) {}

        @Override
        public void finished(
            String resourceName, ArtifactKind kind, Outcome outcome, long zippedBytes) {}
      };

  void started(String resourceName, ArtifactKind kind);

  void finished(String resourceName, ArtifactKind kind, Outcome outcome, long zippedBytes);

  /** A long step that belongs to no one artifact, such as the first esbuild download. */
  default void step(String message) {}
}
