package dev.formwork.deployer.testing;

import dev.formwork.schema.artifact.Artifact;
import dev.formwork.schema.artifact.ArtifactKind;
import dev.formwork.schema.artifact.ArtifactManifest;
import dev.formwork.schema.naming.DeploymentBucket;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds what the compiler and packager would hand the deployer for the test stack: real zip
 * artifacts on disk, their manifest, and the template text referencing them the way the compiler
 * does (Code.S3Bucket as Fn::Sub of the deployment bucket name, Code.S3Key from the manifest).
 */
public final class StackFixture {

  private StackFixture() {}

  public static Artifact zipArtifact(Path dir, String resourceName, String source)
      throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      ZipEntry entry = new ZipEntry("index.js");
      entry.setTime(0);
      zip.putNextEntry(entry);
      zip.write(source.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    byte[] data = bytes.toByteArray();
    String sha = sha256(data);
    Path file = dir.resolve(resourceName + "-" + sha.substring(0, 12) + ".zip");
    Files.write(file, data);
    return new Artifact(
        resourceName,
        ArtifactKind.FUNCTION,
        sha,
        file.getFileName().toString(),
        data.length,
        source.length());
  }

  public static ArtifactManifest manifest(Artifact... artifacts) {
    Map<String, Artifact> map = new LinkedHashMap<>();
    for (Artifact artifact : artifacts) {
      map.put(artifact.resourceName(), artifact);
    }
    return new ArtifactManifest(map);
  }

  /** The orders test template for a stack, a hello artifact and a queue visibility timeout. */
  public static String ordersTemplate(String stack, Artifact hello, int visibilityTimeout)
      throws IOException {
    String text;
    try (InputStream in = StackFixture.class.getResourceAsStream("/stacks/orders.json")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    return text.replace("__BUCKET_SUB__", DeploymentBucket.subTemplate(stack))
        .replace("__HELLO_KEY__", hello.s3Key())
        .replace("__STACK__", stack)
        .replace("__VISIBILITY__", String.valueOf(visibilityTimeout));
  }

  /** A split app: the root template and its one nested template, by the nested template's key. */
  public record SplitApp(String root, SortedMap<String, String> nested) {}

  /**
   * The split test app (stacks/split-root.json and split-child.json) for a stack, a hello artifact
   * and a version string that changes the nested template.
   */
  public static SplitApp splitApp(String stack, Artifact hello, String version) throws IOException {
    String child =
        resource("/stacks/split-child.json")
            .replace("__BUCKET_SUB__", DeploymentBucket.subTemplate(stack))
            .replace("__HELLO_KEY__", hello.s3Key())
            .replace("__STACK__", stack)
            .replace("__VERSION__", version);
    String key = "templates/" + sha256(child.getBytes(StandardCharsets.UTF_8)) + ".json";
    String root =
        resource("/stacks/split-root.json")
            .replace("__BUCKET_SUB__", DeploymentBucket.subTemplate(stack))
            .replace("__CHILD_KEY__", key)
            .replace("__STACK__", stack);
    return new SplitApp(root, new TreeMap<>(Map.of(key, child)));
  }

  private static String resource(String path) throws IOException {
    try (InputStream in = StackFixture.class.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  public static String sha256(byte[] data) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
