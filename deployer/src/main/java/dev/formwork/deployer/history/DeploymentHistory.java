package dev.formwork.deployer.history;

import dev.formwork.deployer.DeployStepException;
import dev.formwork.deployer.bucket.BucketEmptier;
import dev.formwork.schema.artifact.Artifact;
import dev.formwork.schema.artifact.ArtifactManifest;
import dev.formwork.schema.json.JsonParseException;
import dev.formwork.schema.json.JsonParser;
import dev.formwork.schema.json.JsonWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The deployment history of a stack, kept in its deployment bucket, one folder per successful
 * deployment, and the pruning that {@code deploymentConfig.previousVersionsToKeep} asks for. This
 * class alone knows the key layout:
 *
 * <pre>
 * deployments/000007/template.json   the template exactly as deployed
 * deployments/000007/manifest.json   its artifact manifest (artifacts/&lt;sha256&gt;.zip keys)
 * deployments/000007/record.json     a {@link DeploymentRecord}, written last
 * </pre>
 *
 * A folder counts only once its record exists, so an interrupted write leaves no half entry.
 * Numbers are zero-padded, so listing keys lists deployments in order. {@link #prune} deletes whole
 * folders, oldest first, and an {@code artifacts/} object only when no kept record names it: then
 * every deployment {@code info --history} lists can be rolled back to.
 */
public final class DeploymentHistory {

  /** The folder every deployment's files are under. */
  public static final String PREFIX = "deployments/";

  private static final String RECORD = "record.json";

  /** The prefixes of what deployments upload: content-addressed, shared between deployments. */
  private static final List<String> CONTENT = List.of("artifacts/", "templates/");

  private final S3Client s3;
  private final String bucket;

  public DeploymentHistory(S3Client s3, String bucket) {
    this.s3 = s3;
    this.bucket = bucket;
  }

  /** The folder of deployment {@code number}, e.g. {@code deployments/000007/}. */
  public static String folder(int number) {
    return PREFIX + String.format("%06d", number) + "/";
  }

  public static String templateKey(int number) {
    return folder(number) + "template.json";
  }

  public static String manifestKey(int number) {
    return folder(number) + "manifest.json";
  }

  public static String recordKey(int number) {
    return folder(number) + RECORD;
  }

  /** Every recorded deployment, oldest first (none when the bucket does not exist yet). */
  public List<DeploymentRecord> list() {
    List<DeploymentRecord> records = new ArrayList<>();
    recordKeys().forEach(key -> records.add(read(key)));
    records.sort(Comparator.comparingInt(DeploymentRecord::number));
    return records;
  }

  /** The latest recorded deployment, read alone (one listing and one object). */
  public Optional<DeploymentRecord> latest() {
    List<String> keys = recordKeys();
    return keys.isEmpty() ? Optional.empty() : Optional.of(read(keys.get(keys.size() - 1)));
  }

  /**
   * The latest deployment CloudFormation made (a change set or a rollback, not a hotswap), read
   * from the newest record backwards.
   */
  public Optional<DeploymentRecord> latestChangeSet() {
    List<String> keys = recordKeys();
    for (int i = keys.size() - 1; i >= 0; i--) {
      DeploymentRecord record = read(keys.get(i));
      if (record.kind() != DeploymentRecord.Kind.HOTSWAP) {
        return Optional.of(record);
      }
    }
    return Optional.empty();
  }

  /** The keys of every record, in number order (the zero-padded folders sort as numbers). */
  private List<String> recordKeys() {
    List<String> keys = new ArrayList<>();
    try {
      for (S3Object object :
          s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(PREFIX)).contents()) {
        if (object.key().endsWith("/" + RECORD)) {
          keys.add(object.key());
        }
      }
    } catch (NoSuchBucketException notYet) {
      return List.of();
    }
    keys.sort(Comparator.naturalOrder());
    return keys;
  }

  public Optional<DeploymentRecord> find(int number) {
    return text(recordKey(number)).map(text -> parse(recordKey(number), text));
  }

  /**
   * Records a successful deployment under the next number: template and manifest first, the record
   * last.
   */
  public DeploymentRecord record(
      DeploymentRecord.Kind kind,
      String templateJson,
      ArtifactManifest manifest,
      Set<String> nestedTemplateKeys,
      Map<String, String> stackTags,
      Provenance provenance,
      Optional<Integer> rollbackOf) {
    int number = latest().map(DeploymentRecord::number).orElse(0) + 1;
    Set<String> keys = new TreeSet<>();
    manifest.artifacts().values().forEach(artifact -> keys.add(artifact.s3Key()));
    DeploymentRecord record =
        new DeploymentRecord(
            number,
            kind,
            provenance.time(),
            provenance.formworkVersion(),
            provenance.gitCommit(),
            provenance.gitDirty(),
            provenance.deployedBy(),
            rollbackOf,
            stackTags,
            List.copyOf(keys),
            List.copyOf(new TreeSet<>(nestedTemplateKeys)));
    put(templateKey(number), templateJson);
    put(manifestKey(number), JsonWriter.pretty(manifest.toJson()));
    put(recordKey(number), JsonWriter.pretty(record.toJson()));
    return record;
  }

  /** The template deployment {@code record} deployed. */
  public String template(DeploymentRecord record) {
    return text(templateKey(record.number()))
        .orElseThrow(() -> missing(record, templateKey(record.number())));
  }

  public ArtifactManifest manifest(DeploymentRecord record) {
    String key = manifestKey(record.number());
    String text = text(key).orElseThrow(() -> missing(record, key));
    try {
      return ArtifactManifest.fromJson(JsonParser.parse(text));
    } catch (JsonParseException broken) {
      throw damaged(key, broken);
    }
  }

  /** The artifact and nested template keys of a deployment that the bucket no longer holds. */
  public List<String> missingObjects(DeploymentRecord record, ArtifactManifest manifest) {
    List<String> missing = new ArrayList<>();
    for (Artifact artifact : manifest.artifacts().values()) {
      if (!exists(artifact.s3Key())) {
        missing.add(artifact.s3Key());
      }
    }
    for (String key : record.nestedTemplateKeys()) {
      if (!exists(key)) {
        missing.add(key);
      }
    }
    return missing;
  }

  /** The nested templates a split app's deployment used, by key (the text its root names). */
  public SortedMap<String, String> nestedTemplates(DeploymentRecord record) {
    SortedMap<String, String> templates = new TreeMap<>();
    for (String key : record.nestedTemplateKeys()) {
      templates.put(key, text(key).orElseThrow(() -> missing(record, key)));
    }
    return templates;
  }

  /** What {@link #prune} removed: bucket objects (every version of each) and whole deployments. */
  public record Pruned(List<String> objects, List<Integer> deployments) {}

  /**
   * Keeps the newest {@code keep} deployments, the latest one CloudFormation made (the stack's
   * template comes from it, however many hotswaps followed) and whatever {@code live} names (the
   * keys the deploy that just succeeded uses); deletes the older deployments' folders and every
   * {@code artifacts/} or {@code templates/} object none of them uses, all versions included. While
   * fewer than {@code keep} deployments are recorded, objects no record names (uploaded by a
   * preview, or before formwork kept a history) are kept too. Call it only after a success, so a
   * failed deploy's rollback always finds the previous artifacts (failure mode D3).
   */
  public Pruned prune(int keep, Set<String> live) {
    List<DeploymentRecord> records = list();
    int firstKept = Math.max(0, records.size() - keep);
    List<DeploymentRecord> kept = new ArrayList<>(records.subList(firstKept, records.size()));
    List<DeploymentRecord> older = new ArrayList<>(records.subList(0, firstKept));
    Optional<DeploymentRecord> stackTemplate = lastMadeByCloudFormation(records);
    if (stackTemplate.isPresent() && older.remove(stackTemplate.get())) {
      kept.add(stackTemplate.get());
    }
    Set<String> used = new TreeSet<>(live);
    kept.forEach(record -> used.addAll(keysOf(record)));
    Set<String> recorded = new TreeSet<>(used);
    older.forEach(record -> recorded.addAll(keysOf(record)));
    boolean windowFull = records.size() >= keep;
    List<String> objects = new ArrayList<>();
    for (String prefix : CONTENT) {
      for (String key : keys(prefix)) {
        if (!used.contains(key) && (windowFull || recorded.contains(key))) {
          objects.add(key);
        }
      }
    }
    Set<String> doomed = new TreeSet<>(objects);
    for (String prefix : CONTENT) {
      BucketEmptier.deleteVersions(s3, bucket, prefix, doomed::contains);
    }
    List<String> folders = older.stream().map(record -> folder(record.number())).toList();
    if (!folders.isEmpty()) {
      BucketEmptier.deleteVersions(
          s3, bucket, PREFIX, key -> folders.stream().anyMatch(key::startsWith));
    }
    return new Pruned(List.copyOf(objects), older.stream().map(DeploymentRecord::number).toList());
  }

  /** What pruning must keep for a kept deployment: its artifacts and nested templates. */
  private static List<String> keysOf(DeploymentRecord record) {
    List<String> keys = new ArrayList<>(record.artifactKeys());
    keys.addAll(record.nestedTemplateKeys());
    return keys;
  }

  /** The newest deploy or rollback: the stack's template comes from it. */
  private static Optional<DeploymentRecord> lastMadeByCloudFormation(
      List<DeploymentRecord> records) {
    for (int i = records.size() - 1; i >= 0; i--) {
      if (records.get(i).kind() != DeploymentRecord.Kind.HOTSWAP) {
        return Optional.of(records.get(i));
      }
    }
    return Optional.empty();
  }

  private List<String> keys(String prefix) {
    List<String> keys = new ArrayList<>();
    for (S3Object object :
        s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix)).contents()) {
      keys.add(object.key());
    }
    return keys;
  }

  private DeploymentRecord read(String key) {
    return parse(key, text(key).orElseThrow(() -> new IllegalStateException(key + " vanished")));
  }

  private DeploymentRecord parse(String key, String text) {
    try {
      return DeploymentRecord.fromJson(JsonParser.parse(text));
    } catch (JsonParseException | IllegalArgumentException broken) {
      throw damaged(key, broken);
    }
  }

  private Optional<String> text(String key) {
    try {
      return Optional.of(
          s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asString(StandardCharsets.UTF_8));
    } catch (NoSuchKeyException absent) {
      return Optional.empty();
    }
  }

  private boolean exists(String key) {
    try {
      s3.headObject(b -> b.bucket(bucket).key(key));
      return true;
    } catch (NoSuchKeyException absent) {
      return false;
    } catch (S3Exception e) {
      if (e.statusCode() == 404) {
        return false;
      }
      throw e;
    }
  }

  private void put(String key, String text) {
    s3.putObject(
        b -> b.bucket(bucket).key(key).contentType("application/json"),
        RequestBody.fromString(text, StandardCharsets.UTF_8));
  }

  private DeployStepException missing(DeploymentRecord record, String key) {
    return new DeployStepException(
        "Deployment " + record.number() + " has no " + key + " in " + bucket + ".",
        "Its files were removed; choose another deployment from `formwork info --history`.");
  }

  private DeployStepException damaged(String key, Exception cause) {
    return new DeployStepException(
        "The history file " + key + " in " + bucket + " cannot be read: " + cause.getMessage(),
        "Remove that deployment's folder from the bucket, or roll back to another one.",
        cause);
  }
}
