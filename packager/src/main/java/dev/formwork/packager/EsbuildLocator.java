package dev.formwork.packager;

import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonParseException;
import dev.formwork.schema.json.JsonParser;
import dev.formwork.schema.json.JsonString;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the esbuild to run: the project's {@code node_modules/.bin/esbuild} if there is one, else
 * the pinned release, downloaded once from the npm registry, verified, and kept in the per-user
 * cache ({@code $FORMWORK_CACHE_DIR} or {@code ~/.cache/formwork}, then {@code
 * esbuild/<version>/<platform>/}).
 */
public final class EsbuildLocator {

  public static final URI NPM_REGISTRY = URI.create("https://registry.npmjs.org/");

  private final Path userCache;
  private final EsbuildPin pin;
  private final URI registry;
  private final TarballFetcher fetcher;

  public EsbuildLocator(Path userCache, EsbuildPin pin, URI registry, TarballFetcher fetcher) {
    this.userCache = userCache;
    this.pin = pin;
    this.registry = registry;
    this.fetcher = fetcher;
  }

  /**
   * The locator for this user: cache from the environment, the default pin, the public registry.
   */
  public static EsbuildLocator forUser() {
    return new EsbuildLocator(
        defaultUserCache(System.getenv()), EsbuildPin.DEFAULT, NPM_REGISTRY, TarballFetcher.http());
  }

  /**
   * {@code $FORMWORK_CACHE_DIR}, else {@code $XDG_CACHE_HOME/formwork}, else {@code
   * ~/.cache/formwork}.
   */
  public static Path defaultUserCache(Map<String, String> env) {
    String explicit = env.get("FORMWORK_CACHE_DIR");
    if (explicit != null && !explicit.isBlank()) {
      return Path.of(explicit);
    }
    String xdg = env.get("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isBlank()) {
      return Path.of(xdg, "formwork");
    }
    return Path.of(System.getProperty("user.home"), ".cache", "formwork");
  }

  /** The project's own esbuild when installed, else the provisioned pinned one. */
  public EsbuildBinary locate(Path projectDir) throws EsbuildUnavailableException {
    Optional<EsbuildBinary> local = projectEsbuild(projectDir);
    return local.isPresent() ? local.get() : provision();
  }

  /**
   * The version {@link #locate} would give, found without downloading or starting anything, so a
   * fully cached run needs neither network nor esbuild.
   */
  public String expectedVersion(Path projectDir) {
    return projectEsbuild(projectDir).map(EsbuildBinary::version).orElse(pin.version());
  }

  /**
   * What {@link #locate} is about to download, when it will: the project has no esbuild and the
   * pinned one is not in the user cache yet (for the progress display).
   */
  public Optional<String> pendingDownload(Path projectDir) {
    String platform = EsbuildPin.hostPlatform();
    Path executable = pinnedExecutable(platform);
    if (projectEsbuild(projectDir).isPresent()
        || Files.isExecutable(executable)
        || pin.integrity(platform).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        "Downloading esbuild "
            + pin.version()
            + " ("
            + platform
            + ") from "
            + registry.getHost()
            + ", once per machine; it is kept in "
            + userCache.resolve("esbuild")
            + ".");
  }

  private static Optional<EsbuildBinary> projectEsbuild(Path projectDir) {
    Path bin = projectDir.resolve("node_modules/.bin/esbuild");
    Path packageJson = projectDir.resolve("node_modules/esbuild/package.json");
    if (!Files.isRegularFile(bin) || !Files.isRegularFile(packageJson)) {
      return Optional.empty();
    }
    // The version comes from package.json, not `esbuild --version`, so a cached run starts no
    // process.
    try {
      if (JsonParser.parse(Files.readString(packageJson, StandardCharsets.UTF_8))
              instanceof JsonObject json
          && json.get("version").orElse(null) instanceof JsonString version) {
        return Optional.of(new EsbuildBinary(bin, version.value()));
      }
    } catch (IOException | RuntimeException | JsonParseException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** Returns the cached pinned esbuild, downloading and verifying it first if needed. */
  public EsbuildBinary provision() throws EsbuildUnavailableException {
    String platform = EsbuildPin.hostPlatform();
    String integrity =
        pin.integrity(platform)
            .orElseThrow(
                () ->
                    new EsbuildUnavailableException(
                        "formwork has no pinned esbuild for platform "
                            + platform
                            + "; install esbuild in the project (npm install --save-dev esbuild)"));
    Path executable = pinnedExecutable(platform);
    Path dir = executable.getParent();
    if (Files.isExecutable(executable)) {
      return new EsbuildBinary(executable, pin.version());
    }
    URI tarball = pin.tarball(registry, platform);
    try {
      byte[] tgz = fetcher.fetch(tarball);
      verify(tgz, integrity, tarball);
      byte[] binary =
          TarGzReader.read(tgz, EsbuildPin.binaryPathInTarball(platform))
              .orElseThrow(
                  () -> new EsbuildUnavailableException(tarball + " holds no esbuild executable"));
      Files.createDirectories(dir);
      Path temp = Files.createTempFile(dir, ".esbuild", ".tmp");
      Files.write(temp, binary);
      try {
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));
      } catch (UnsupportedOperationException e) {
        // Windows: executability comes from the .exe name.
      }
      // Another process may provision concurrently; both write identical verified bytes.
      try {
        Files.move(
            temp, executable, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
        Files.move(temp, executable, StandardCopyOption.REPLACE_EXISTING);
      }
      return new EsbuildBinary(executable, pin.version());
    } catch (IOException e) {
      throw new EsbuildUnavailableException(
          "could not download esbuild "
              + pin.version()
              + " from "
              + tarball
              + ": "
              + e.getMessage()
              + "; install esbuild in the project (npm install --save-dev esbuild) or check the"
              + " network",
          e);
    }
  }

  /** Where the pinned esbuild for {@code platform} lives in the user cache. */
  private Path pinnedExecutable(String platform) {
    return userCache
        .resolve("esbuild")
        .resolve(pin.version())
        .resolve(platform)
        .resolve(platform.startsWith("win32") ? "esbuild.exe" : "esbuild");
  }

  /** Checks npm's Subresource-Integrity string ({@code sha512-<base64>}) against the bytes. */
  static void verify(byte[] bytes, String integrity, URI source)
      throws EsbuildUnavailableException {
    int dash = integrity.indexOf('-');
    String algorithm = integrity.substring(0, dash).toUpperCase(Locale.ROOT).replace("SHA", "SHA-");
    try {
      byte[] actual = MessageDigest.getInstance(algorithm).digest(bytes);
      byte[] expected = Base64.getDecoder().decode(integrity.substring(dash + 1));
      if (!MessageDigest.isEqual(actual, expected)) {
        throw new EsbuildUnavailableException(
            "the esbuild download from "
                + source
                + " does not match its pinned integrity "
                + integrity
                + " (got "
                + integrity.substring(0, dash)
                + "-"
                + Base64.getEncoder().encodeToString(actual)
                + "); refusing to run it");
      }
    } catch (NoSuchAlgorithmException e) {
      throw new EsbuildUnavailableException("unsupported integrity algorithm in " + integrity, e);
    }
  }
}
