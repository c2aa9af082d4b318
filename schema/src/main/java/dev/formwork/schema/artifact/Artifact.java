package dev.formwork.schema.artifact;

/**
 * One packaged zip: the config resource it belongs to, the SHA-256 of its bytes (which is also its
 * S3 key), where it lies on disk, and its zipped and unzipped sizes.
 */
public record Artifact(
    String resourceName,
    ArtifactKind kind,
    String sha256,
    String file,
    long zippedBytes,
    long unzippedBytes) {

  /** The S3 object key: content-addressed, so an unchanged artifact is never uploaded twice. */
  public String s3Key() {
    return s3KeyFor(sha256);
  }

  public static String s3KeyFor(String sha256) {
    return "artifacts/" + sha256 + ".zip";
  }
}
