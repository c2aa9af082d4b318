package dev.formwork.deployer.bucket;

import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonParseException;
import dev.formwork.schema.json.JsonParser;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.json.JsonWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The deployments recorded in the deployment bucket, and the pruning that {@code
 * deploymentConfig.previousVersionsToKeep} asks for. Each deploy that executes a change set records
 * {@code deployments/<time>.json}, listing the artifact and template keys it used; after a
 * successful deploy the newest N records are kept and every artifact or template none of them (nor
 * the live stack) uses is deleted, all versions included. Pruning runs only after success, so a
 * rollback always finds the previous deployment's artifacts (failure mode D3).
 */
public final class DeploymentHistory {

  static final String RECORDS = "deployments/";
  static final List<String> CONTENT = List.of("artifacts/", "templates/");

  private final S3Client s3;
  private final String bucket;
  private final Clock clock;

  public DeploymentHistory(S3Client s3, String bucket, Clock clock) {
    this.s3 = s3;
    this.bucket = bucket;
    this.clock = clock;
  }

  /** Records a deployment about to execute; returns the record's key. */
  public String record(Set<String> keys) {
    // Zero-padded milliseconds sort as text in time order.
    String key = RECORDS + String.format(Locale.ROOT, "%015d", clock.millis()) + ".json";
    JsonObject record =
        JsonObject.of("keys", JsonArray.ofStrings(new ArrayList<>(new TreeSet<>(keys))));
    s3.putObject(
        b -> b.bucket(bucket).key(key).contentType("application/json"),
        RequestBody.fromString(JsonWriter.compact(record)));
    return key;
  }

  /** What {@link #prune} removed: object keys (every version of each) and old records. */
  public record Pruned(List<String> objects, List<String> records) {}

  /**
   * Keeps the newest {@code keep} deployments and whatever {@code live} names (the keys the stack
   * now uses); deletes older records and every artifact or template no kept deployment uses. While
   * fewer than {@code keep} deployments are recorded, objects no record names (uploaded by a
   * preview, or before formwork recorded deployments) are kept too.
   */
  public Pruned prune(int keep, Set<String> live) {
    List<String> records = listKeys(RECORDS);
    records.sort(Comparator.reverseOrder());
    List<String> kept = records.subList(0, Math.min(keep, records.size()));
    List<String> older = records.subList(kept.size(), records.size());
    SortedSet<String> used = new TreeSet<>(live);
    kept.forEach(record -> used.addAll(keysOf(record)));
    SortedSet<String> recorded = new TreeSet<>(used);
    older.forEach(record -> recorded.addAll(keysOf(record)));
    boolean windowFull = records.size() >= keep;
    List<String> objects = new ArrayList<>();
    for (String prefix : CONTENT) {
      for (String key : listKeys(prefix)) {
        boolean unrecorded = !recorded.contains(key);
        if (!used.contains(key) && (windowFull || !unrecorded)) {
          objects.add(key);
        }
      }
    }
    Set<String> doomed = new TreeSet<>(objects);
    doomed.addAll(older);
    for (String prefix : List.of(RECORDS, CONTENT.get(0), CONTENT.get(1))) {
      BucketEmptier.deleteVersions(s3, bucket, prefix, doomed::contains);
    }
    return new Pruned(List.copyOf(objects), List.copyOf(older));
  }

  private List<String> listKeys(String prefix) {
    List<String> keys = new ArrayList<>();
    for (ListObjectsV2Response page :
        s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix))) {
      for (S3Object object : page.contents()) {
        keys.add(object.key());
      }
    }
    return keys;
  }

  /** The keys a record lists; an unreadable record lists none (its deployment is then unknown). */
  private List<String> keysOf(String record) {
    String text = s3.getObjectAsBytes(b -> b.bucket(bucket).key(record)).asUtf8String();
    List<String> keys = new ArrayList<>();
    try {
      if (JsonParser.parse(text) instanceof JsonObject object
          && object.get("keys").orElse(null) instanceof JsonArray array) {
        for (JsonValue item : array.items()) {
          if (item instanceof JsonString key) {
            keys.add(key.value());
          }
        }
      }
    } catch (JsonParseException unreadable) {
      return keys;
    }
    return keys;
  }
}
