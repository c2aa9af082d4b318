package dev.formwork.deployer.bucket;

import dev.formwork.deployer.DeployStepException;
import dev.formwork.deployer.OutputSink;
import dev.formwork.schema.artifact.Artifact;
import dev.formwork.schema.artifact.Sizes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketLocationConstraint;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.CreateBucketConfiguration;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The per-stack deployment bucket: created on the first deploy (public access blocked, versioning
 * on), holding content-addressed artifacts ({@code artifacts/<sha256>.zip}) and large templates
 * ({@code templates/<sha256>.json}). Because keys are content digests, an object that exists is
 * complete and never needs uploading again, which is what makes an interrupted upload resumable.
 */
public final class DeploymentBucketStore {

  private final S3Client s3;
  private final String bucket;
  private final String region;
  private final OutputSink out;

  public DeploymentBucketStore(S3Client s3, String bucket, String region, OutputSink out) {
    this.s3 = s3;
    this.bucket = bucket;
    this.region = region;
    this.out = out;
  }

  public String bucketName() {
    return bucket;
  }

  /** What {@link #uploadMissing} did: keys uploaded and keys already present. */
  public record UploadReport(List<String> uploaded, List<String> reused) {}

  public boolean exists() {
    try {
      s3.headBucket(b -> b.bucket(bucket));
      return true;
    } catch (NoSuchBucketException e) {
      return false;
    } catch (S3Exception e) {
      if (e.statusCode() == 404) {
        return false;
      }
      if (e.statusCode() == 403) {
        throw new DeployStepException(
            "The deployment bucket " + bucket + " exists but this account may not use it.",
            "Check the credentials' account, or that no other account owns a bucket of that name.");
      }
      throw e;
    }
  }

  /** Creates the bucket when missing; returns true when it was created now. */
  public boolean ensureExists() {
    if (exists()) {
      return false;
    }
    out.info("Creating deployment bucket " + bucket);
    s3.createBucket(
        b -> {
          b.bucket(bucket);
          // us-east-1 is the one region that rejects an explicit LocationConstraint
          // (https://docs.aws.amazon.com/AmazonS3/latest/API/API_CreateBucket.html).
          if (!"us-east-1".equals(region)) {
            b.createBucketConfiguration(
                CreateBucketConfiguration.builder()
                    .locationConstraint(BucketLocationConstraint.fromValue(region))
                    .build());
          }
        });
    s3.putPublicAccessBlock(
        b ->
            b.bucket(bucket)
                .publicAccessBlockConfiguration(
                    c ->
                        c.blockPublicAcls(true)
                            .blockPublicPolicy(true)
                            .ignorePublicAcls(true)
                            .restrictPublicBuckets(true)));
    s3.putBucketVersioning(
        b ->
            b.bucket(bucket)
                .versioningConfiguration(v -> v.status(BucketVersioningStatus.ENABLED)));
    return true;
  }

  public boolean hasObject(String key) {
    try {
      s3.headObject(b -> b.bucket(bucket).key(key));
      return true;
    } catch (NoSuchKeyException e) {
      return false;
    } catch (S3Exception e) {
      if (e.statusCode() == 404) {
        return false;
      }
      throw e;
    }
  }

  /**
   * Uploads each artifact whose key S3 does not hold yet, in manifest order. The file's digest is
   * checked against the manifest first, and S3 verifies the SHA-256 it is sent, so a corrupted or
   * half-written object can never stand under a digest key.
   */
  public UploadReport uploadMissing(Iterable<Artifact> artifacts, Path root) {
    List<String> uploaded = new ArrayList<>();
    List<String> reused = new ArrayList<>();
    for (Artifact artifact : artifacts) {
      String key = artifact.s3Key();
      if (uploaded.contains(key) || reused.contains(key)) {
        continue;
      }
      if (hasObject(key)) {
        reused.add(key);
        continue;
      }
      Path file = root.resolve(artifact.file());
      byte[] digest = sha256(file);
      if (!HexFormat.of().formatHex(digest).equals(artifact.sha256())) {
        throw new DeployStepException(
            "The artifact of "
                + artifact.resourceName()
                + " at "
                + file
                + " no longer matches its manifest digest.",
            "Package again before deploying.");
      }
      out.info(
          "Uploading "
              + artifact.resourceName()
              + " ("
              + Sizes.human(artifact.zippedBytes())
              + ")");
      try {
        s3.putObject(
            b ->
                b.bucket(bucket)
                    .key(key)
                    .contentType("application/zip")
                    .checksumSHA256(Base64.getEncoder().encodeToString(digest))
                    .metadata(Map.of("formwork-resource", artifact.resourceName())),
            RequestBody.fromFile(file));
      } catch (RuntimeException e) {
        throw new DeployStepException(
            "Uploading the artifact of "
                + artifact.resourceName()
                + " failed ("
                + oneLine(e)
                + "); the stack was not changed.",
            "Run the deploy again: artifacts already uploaded are kept and only the missing ones"
                + " are sent.",
            e);
      }
      uploaded.add(key);
    }
    return new UploadReport(List.copyOf(uploaded), List.copyOf(reused));
  }

  /**
   * Uploads each nested template whose key the bucket does not hold yet. A key is the SHA-256 of
   * its template ({@code templates/<sha256>.json}, as the compiler names it in the root's {@code
   * TemplateURL}), so a template already there is the same and is never uploaded again; a body that
   * does not match its key is refused before anything is uploaded.
   */
  public UploadReport uploadTemplates(Map<String, String> templatesByKey) {
    Map<String, byte[]> digests = new TreeMap<>();
    templatesByKey.forEach(
        (key, body) -> {
          byte[] digest = sha256(body.getBytes(StandardCharsets.UTF_8));
          if (!key.equals(templateKey(digest))) {
            throw new DeployStepException(
                "The nested template for " + key + " does not match its key.",
                "Compile again: the root template and its nested templates come from one compile.");
          }
          digests.put(key, digest);
        });
    List<String> uploaded = new ArrayList<>();
    List<String> reused = new ArrayList<>();
    for (Map.Entry<String, String> template : templatesByKey.entrySet()) {
      String key = template.getKey();
      if (hasObject(key)) {
        reused.add(key);
        continue;
      }
      byte[] digest = digests.get(key);
      s3.putObject(
          b ->
              b.bucket(bucket)
                  .key(key)
                  .contentType("application/json")
                  .checksumSHA256(Base64.getEncoder().encodeToString(digest)),
          RequestBody.fromString(template.getValue(), StandardCharsets.UTF_8));
      uploaded.add(key);
    }
    return new UploadReport(List.copyOf(uploaded), List.copyOf(reused));
  }

  /** Stores a template under its digest and returns the URL CloudFormation reads it from. */
  public String putTemplate(String templateJson) {
    byte[] bytes = templateJson.getBytes(StandardCharsets.UTF_8);
    byte[] digest = sha256(bytes);
    String key = templateKey(digest);
    if (!hasObject(key)) {
      s3.putObject(
          b ->
              b.bucket(bucket)
                  .key(key)
                  .contentType("application/json")
                  .checksumSHA256(Base64.getEncoder().encodeToString(digest)),
          RequestBody.fromBytes(bytes));
    }
    return templateUrl(bucket, region, key);
  }

  private static String templateKey(byte[] digest) {
    return "templates/" + HexFormat.of().formatHex(digest) + ".json";
  }

  /**
   * Path-style URL: CloudFormation accepts it in every region, and local servers such as moto parse
   * the bucket from the path.
   * (https://docs.aws.amazon.com/AmazonS3/latest/userguide/VirtualHosting.html)
   */
  static String templateUrl(String bucket, String region, String key) {
    String host =
        "us-east-1".equals(region) ? "s3.amazonaws.com" : "s3." + region + ".amazonaws.com";
    return "https://" + host + "/" + bucket + "/" + key;
  }

  /** Deletes every object version and delete marker; returns how many were removed. */
  public int emptyAllVersions() {
    return BucketEmptier.empty(s3, bucket);
  }

  public void delete() {
    s3.deleteBucket(b -> b.bucket(bucket));
  }

  static byte[] sha256(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[64 * 1024];
      int n;
      while ((n = in.read(buffer)) > 0) {
        md.update(buffer, 0, n);
      }
      return md.digest();
    } catch (IOException e) {
      throw new DeployStepException(
          "Cannot read the artifact " + file + ": " + e.getMessage(),
          "Package again before deploying.");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }

  static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }

  private static String oneLine(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
