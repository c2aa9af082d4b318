package dev.formwork.packager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Provisioning esbuild: a real download from the npm registry, the integrity check, the project's
 * own esbuild.
 */
class EsbuildLocatorTest {

  @TempDir Path temp;

  @Test
  void downloadsVerifiesAndCachesThePinnedEsbuild() throws Exception {
    AtomicInteger downloads = new AtomicInteger();
    TarballFetcher counting =
        uri -> {
          downloads.incrementAndGet();
          return TarballFetcher.http().fetch(uri);
        };
    EsbuildLocator locator =
        new EsbuildLocator(
            temp.resolve("cache"), EsbuildPin.DEFAULT, EsbuildLocator.NPM_REGISTRY, counting);

    // What the progress display announces before the first, slow, download, and never after.
    assertEquals(
        Optional.of(
            "Downloading esbuild 0.28.2 ("
                + EsbuildPin.hostPlatform()
                + ") from registry.npmjs.org, once per machine; it is kept in "
                + temp.resolve("cache/esbuild")
                + "."),
        locator.pendingDownload(temp));
    EsbuildBinary esbuild = locator.locate(temp);
    EsbuildBinary again = locator.locate(temp);
    assertEquals(Optional.empty(), locator.pendingDownload(temp));

    assertEquals(esbuild, again);
    assertEquals(1, downloads.get());
    assertEquals(
        temp.resolve("cache/esbuild/0.28.2").resolve(EsbuildPin.hostPlatform()).resolve("esbuild"),
        esbuild.executable());
    assertEquals(
        "0.28.2", TestFiles.run(temp, esbuild.executable().toString(), "--version").strip());
  }

  @Test
  void refusesADownloadThatDoesNotMatchThePinnedIntegrity() {
    EsbuildLocator locator =
        new EsbuildLocator(
            temp.resolve("cache"),
            EsbuildPin.DEFAULT,
            EsbuildLocator.NPM_REGISTRY,
            uri -> "tampered".getBytes(java.nio.charset.StandardCharsets.UTF_8));

    EsbuildUnavailableException error =
        assertThrows(EsbuildUnavailableException.class, () -> locator.locate(temp));

    assertTrue(
        error.getMessage().contains("does not match its pinned integrity"), error.getMessage());
    assertTrue(
        Files.notExists(
            temp.resolve("cache/esbuild/0.28.2")
                .resolve(EsbuildPin.hostPlatform())
                .resolve("esbuild")));
  }

  @Test
  void prefersTheProjectsOwnEsbuildAndReadsItsVersionWithoutRunningIt() throws Exception {
    Path project = temp.resolve("project");
    TestFiles.write(project, "node_modules/.bin/esbuild", "#!/bin/sh\nexit 1\n");
    TestFiles.write(
        project,
        "node_modules/esbuild/package.json",
        "{\"name\":\"esbuild\",\"version\":\"0.99.1\"}");
    EsbuildLocator locator =
        new EsbuildLocator(
            temp.resolve("cache"),
            EsbuildPin.DEFAULT,
            EsbuildLocator.NPM_REGISTRY,
            uri -> {
              throw new AssertionError("must not download");
            });

    assertEquals("0.99.1", locator.expectedVersion(project));
    assertEquals(
        new EsbuildBinary(project.resolve("node_modules/.bin/esbuild"), "0.99.1"),
        locator.locate(project));
    assertEquals("0.28.2", locator.expectedVersion(temp.resolve("elsewhere")));
  }

  @Test
  void theUserCacheComesFromTheEnvironment() {
    assertEquals(
        Path.of("/x/cache"),
        EsbuildLocator.defaultUserCache(Map.of("FORMWORK_CACHE_DIR", "/x/cache")));
    assertEquals(
        Path.of("/xdg/formwork"),
        EsbuildLocator.defaultUserCache(Map.of("XDG_CACHE_HOME", "/xdg")));
    assertEquals(
        Path.of(System.getProperty("user.home"), ".cache", "formwork"),
        EsbuildLocator.defaultUserCache(Map.of()));
  }

  @Test
  void tarballAddressFollowsTheNpmLayout() {
    assertEquals(
        URI.create("https://registry.npmjs.org/@esbuild/linux-arm64/-/linux-arm64-0.28.2.tgz"),
        EsbuildPin.DEFAULT.tarball(EsbuildLocator.NPM_REGISTRY, "linux-arm64"));
  }
}
