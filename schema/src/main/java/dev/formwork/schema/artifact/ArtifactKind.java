package dev.formwork.schema.artifact;

/** What an artifact is deployed as: a function's code or a Lambda layer's content. */
public enum ArtifactKind {
  FUNCTION,
  LAYER
}
