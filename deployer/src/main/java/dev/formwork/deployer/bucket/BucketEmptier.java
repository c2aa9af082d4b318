package dev.formwork.deployer.bucket;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.DeleteMarkerEntry;
import software.amazon.awssdk.services.s3.model.ListObjectVersionsResponse;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.ObjectVersion;

/**
 * Empties a bucket completely, so CloudFormation or S3 can delete it: every object version and
 * every delete marker, listed page by page and deleted in batches of at most 1,000 keys (the
 * DeleteObjects limit). Listing only current objects leaves versions behind and the delete fails
 * with "The bucket you tried to delete is not empty" (serverless/serverless#13878).
 */
public final class BucketEmptier {

  static final int BATCH = 1000;

  private BucketEmptier() {}

  public static int empty(S3Client s3, String bucket) {
    return deleteVersions(s3, bucket, "", key -> true);
  }

  /**
   * Deletes every version and delete marker of the keys under {@code prefix} that {@code which}
   * accepts; returns how many were removed.
   */
  public static int deleteVersions(
      S3Client s3, String bucket, String prefix, Predicate<String> which) {
    int deleted = 0;
    for (ListObjectVersionsResponse page :
        s3.listObjectVersionsPaginator(b -> b.bucket(bucket).prefix(prefix))) {
      List<ObjectIdentifier> ids = new ArrayList<>();
      for (ObjectVersion version : page.versions()) {
        if (which.test(version.key())) {
          ids.add(
              ObjectIdentifier.builder().key(version.key()).versionId(version.versionId()).build());
        }
      }
      for (DeleteMarkerEntry marker : page.deleteMarkers()) {
        if (which.test(marker.key())) {
          ids.add(
              ObjectIdentifier.builder().key(marker.key()).versionId(marker.versionId()).build());
        }
      }
      for (int from = 0; from < ids.size(); from += BATCH) {
        List<ObjectIdentifier> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
        s3.deleteObjects(b -> b.bucket(bucket).delete(d -> d.objects(batch).quiet(true)));
        deleted += batch.size();
      }
    }
    return deleted;
  }
}
