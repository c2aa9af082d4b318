package dev.formwork.packager;

import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Builds cache keys: the SHA-256 of a deterministic JSON document of everything a build declares up
 * front (kind, options, tool versions, digests of lockfile and config files).
 */
public final class CacheKey {

  /** Bumped whenever the zip layout changes, so old cache entries are never reused. */
  static final String LAYOUT_VERSION = "1";

  static final List<String> LOCKFILES =
      List.of(
          "package-lock.json",
          "npm-shrinkwrap.json",
          "yarn.lock",
          "pnpm-lock.yaml",
          "bun.lock",
          "bun.lockb");

  private final JsonObject.Builder fields = JsonObject.builder().put("layout", LAYOUT_VERSION);
  private final Function<Path, String> fileDigests;

  /** A key whose file digests come from {@code fileDigests} (see {@link ArtifactCache#key()}). */
  CacheKey(Function<Path, String> fileDigests) {
    this.fileDigests = fileDigests;
  }

  public CacheKey put(String name, String value) {
    fields.put(name, value);
    return this;
  }

  public CacheKey put(String name, boolean value) {
    fields.put(name, value);
    return this;
  }

  /** Adds the digest of a file, or "absent", under {@code name}. */
  public CacheKey putFile(String name, Path file) {
    fields.put(name, Files.isRegularFile(file) ? fileDigests.apply(file) : "absent");
    return this;
  }

  public CacheKey putList(String name, List<String> values) {
    fields.put(name, String.join("\n", values));
    return this;
  }

  /** Adds a map of relative path to file digest. */
  public CacheKey putFiles(String name, Map<String, Path> files) {
    JsonObject.Builder digests = JsonObject.builder();
    files.forEach((relative, file) -> digests.put(relative, fileDigests.apply(file)));
    fields.put(name, digests.build());
    return this;
  }

  /** Adds the digest of the project's lockfile, whichever package manager wrote it. */
  public CacheKey putLockfile(Path projectDir) {
    for (String lockfile : LOCKFILES) {
      Path file = projectDir.resolve(lockfile);
      if (Files.isRegularFile(file)) {
        return put("lockfile", lockfile + ":" + fileDigests.apply(file));
      }
    }
    return put("lockfile", "absent");
  }

  public String digest() {
    return Digests.ofText(JsonWriter.compact(fields.build()));
  }
}
