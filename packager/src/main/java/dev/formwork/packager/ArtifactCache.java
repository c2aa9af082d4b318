package dev.formwork.packager;

import dev.formwork.schema.io.TempSiblings;
import dev.formwork.schema.json.JsonNumber;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonParseException;
import dev.formwork.schema.json.JsonParser;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.json.JsonWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A content-addressed artifact cache in a folder: {@code blobs/<sha256>.zip} holds zips, and {@code
 * entries/<key>.json} maps a digest of a build's declared inputs (options, lockfile, tool version)
 * to the zip it produced and the files the build read, each with its SHA-256. A lookup hits only
 * when every recorded file still has that digest, the way make's dependency files work, because
 * which files a bundle reads is only known after esbuild ran once. One instance serves one
 * packaging run, which reads each file's digest once: a hundred functions share one package.json,
 * lockfile and tsconfig, and usually modules too.
 *
 * <p>A blob is verified before it is used: beside it, {@code <sha256>.zip.verified} holds the size
 * and modification time it had when its digest last matched its name. A hit with that size and time
 * costs two stat calls; any other size is a miss, and another time means the blob is hashed again.
 * A blob that no longer matches its name (truncated, or rewritten in place, also through a hard
 * link from an output folder) is a miss, so the artifact is built again and the blob replaced.
 */
public final class ArtifactCache {

  /**
   * A cache hit: the stored zip, its digest and sizes, and the files the build read (absolute), as
   * recorded when it was stored.
   */
  public record Hit(
      Path zip, String sha256, long zippedBytes, long unzippedBytes, List<Path> inputs) {
    public Hit {
      inputs = List.copyOf(inputs);
    }
  }

  private static final String MISSING = "missing";

  private final Path root;
  private final Map<Path, String> fileDigests = new ConcurrentHashMap<>();

  public ArtifactCache(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  public Path root() {
    return root;
  }

  /** A folder for building into; on the same file system as the blobs, so moves are atomic. */
  public Path newStagingDir() throws IOException {
    Path staging = root.resolve("staging");
    Files.createDirectories(staging);
    return TempSiblings.directory(staging, "build");
  }

  public Optional<Hit> lookup(String key, Path projectDir) {
    Path entryFile = entryFile(key);
    if (!Files.isRegularFile(entryFile)) {
      return Optional.empty();
    }
    try {
      JsonObject entry =
          (JsonObject) JsonParser.parse(Files.readString(entryFile, StandardCharsets.UTF_8));
      String sha256 = ((JsonString) entry.get("sha256").orElseThrow()).value();
      long unzipped =
          ((JsonNumber) entry.get("unzippedBytes").orElseThrow()).value().longValueExact();
      JsonObject inputs = (JsonObject) entry.get("inputs").orElseThrow();
      List<Path> files = new ArrayList<>();
      for (Map.Entry<String, JsonValue> input : inputs.members().entrySet()) {
        String expected = ((JsonString) input.getValue()).value();
        Path file = projectDir.resolve(input.getKey()).normalize();
        if (!expected.equals(digestOf(file))) {
          return Optional.empty();
        }
        files.add(file);
      }
      Path blob = blob(sha256);
      if (!Files.isRegularFile(blob) || !verified(blob, sha256)) {
        return Optional.empty();
      }
      return Optional.of(new Hit(blob, sha256, Files.size(blob), unzipped, files));
    } catch (IOException | JsonParseException | RuntimeException e) {
      // A corrupt or foreign entry is a miss; the next store overwrites it.
      return Optional.empty();
    }
  }

  /**
   * Moves the zip into the cache and records the build's input files (project-relative paths).
   * Returns the hit a later lookup would give.
   */
  public Hit store(String key, ZipStats zip, Path projectDir, Iterable<String> inputFiles)
      throws IOException {
    Path blob = blob(zip.sha256());
    Files.createDirectories(blob.getParent());
    if (Files.isRegularFile(blob) && verified(blob, zip.sha256())) {
      Files.deleteIfExists(zip.file());
    } else {
      // A damaged blob is replaced, not linked to: delete it first, so a hard link that shares its
      // inode (an output folder's copy) keeps the damaged bytes and the cache gets fresh ones.
      Files.deleteIfExists(blob);
      Files.move(
          zip.file(), blob, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      remember(blob);
    }
    SortedMap<String, String> digests = new TreeMap<>();
    List<Path> files = new ArrayList<>();
    for (String input : inputFiles) {
      digests.put(input, digestOf(projectDir.resolve(input)));
      files.add(projectDir.resolve(input).normalize());
    }
    JsonObject.Builder inputs = JsonObject.builder();
    digests.forEach(inputs::put);
    JsonObject entry =
        JsonObject.builder()
            .put("sha256", zip.sha256())
            .put("unzippedBytes", zip.unzippedBytes())
            .put("inputs", inputs.build())
            .build();
    Path entryFile = entryFile(key);
    Files.createDirectories(entryFile.getParent());
    Path temp = TempSiblings.file(entryFile.getParent(), ".entry", ".tmp");
    Files.writeString(temp, JsonWriter.compact(entry), StandardCharsets.UTF_8);
    Files.move(
        temp, entryFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    return new Hit(blob, zip.sha256(), zip.zippedBytes(), zip.unzippedBytes(), files);
  }

  /**
   * True when the blob's bytes still hash to its name: known from the sidecar when size and time
   * are unchanged, else hashed again (and remembered when they match).
   */
  private static boolean verified(Path blob, String sha256) throws IOException {
    Path sidecar = sidecar(blob);
    String stamp = stamp(blob);
    if (Files.isRegularFile(sidecar)
        && Files.readString(sidecar, StandardCharsets.UTF_8).equals(stamp)) {
      return true;
    }
    if (!Digests.ofFile(blob).equals(sha256)) {
      Files.deleteIfExists(sidecar);
      return false;
    }
    remember(blob);
    return true;
  }

  private static void remember(Path blob) throws IOException {
    Path temp = TempSiblings.file(blob.getParent(), ".verified", ".tmp");
    Files.writeString(temp, stamp(blob), StandardCharsets.UTF_8);
    Files.move(
        temp, sidecar(blob), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  /** Size and modification time: what changes when a file's bytes are rewritten. */
  private static String stamp(Path blob) throws IOException {
    return Files.size(blob) + " " + Files.getLastModifiedTime(blob).toMillis();
  }

  private static Path sidecar(Path blob) {
    return blob.resolveSibling(blob.getFileName() + ".verified");
  }

  /** A new cache key whose file digests are read once per run. */
  CacheKey key() {
    return new CacheKey(this::fileDigest);
  }

  /** The SHA-256 of a file, read once per run (the run treats the project as unchanging). */
  String fileDigest(Path file) {
    return fileDigests.computeIfAbsent(file.toAbsolutePath().normalize(), Digests::ofFile);
  }

  private String digestOf(Path file) {
    return Files.isRegularFile(file) ? fileDigest(file) : MISSING;
  }

  private Path blob(String sha256) {
    return root.resolve("blobs").resolve(sha256 + ".zip");
  }

  private Path entryFile(String key) {
    return root.resolve("entries").resolve(key + ".json");
  }
}
