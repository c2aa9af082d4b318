package dev.formwork.packager;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue §5: a cached blob is verified before it is used. One rewritten in place (same size, other
 * bytes) or truncated is a miss, and storing the rebuilt artifact replaces it; an intact one is a
 * hit, and is not hashed again while its size and time are unchanged.
 */
class ArtifactCacheTest {

  @TempDir Path dir;

  private ZipStats zip(String name, String content) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    byte[] bytes = Files.readAllBytes(file);
    return new ZipStats(file, Digests.ofFile(file), bytes.length, bytes.length);
  }

  @Test
  void aDamagedBlobIsAMissAndTheRebuildReplacesIt() throws Exception {
    Path project = Files.createDirectories(dir.resolve("project"));
    ArtifactCache cache = new ArtifactCache(dir.resolve("cache"));
    ZipStats built = zip("a.zip", "the artifact bytes");
    ArtifactCache.Hit stored = cache.store("key", built, project, Set.of());
    assertThat(cache.lookup("key", project)).contains(stored);

    // Rewritten in place with the same size: the time changed, the bytes no longer hash to the
    // name.
    Files.writeString(stored.zip(), "THE ARTIFACT BYTES", StandardCharsets.UTF_8);
    assertThat(cache.lookup("key", project)).isEmpty();

    ArtifactCache.Hit rebuilt =
        cache.store("key", zip("b.zip", "the artifact bytes"), project, Set.of());
    assertThat(Files.readString(rebuilt.zip())).isEqualTo("the artifact bytes");
    assertThat(cache.lookup("key", project)).contains(rebuilt);

    Files.write(stored.zip(), new byte[] {1, 2, 3});
    assertThat(cache.lookup("key", project)).as("truncated").isEmpty();
  }

  @Test
  void anIntactBlobIsTrustedFromItsSizeAndTime() throws Exception {
    Path project = Files.createDirectories(dir.resolve("project"));
    ArtifactCache cache = new ArtifactCache(dir.resolve("cache"));
    ArtifactCache.Hit stored = cache.store("key", zip("a.zip", "abcdef"), project, Set.of());
    FileTime time = Files.getLastModifiedTime(stored.zip());
    // Same size and time, other bytes: the sidecar vouches for it, no hash is computed. (This is
    // the cost trade-off; a rewrite changes the time, as the test above shows.)
    Files.writeString(stored.zip(), "ABCDEF", StandardCharsets.UTF_8);
    Files.setLastModifiedTime(stored.zip(), time);
    assertThat(cache.lookup("key", project)).contains(stored);
  }
}
