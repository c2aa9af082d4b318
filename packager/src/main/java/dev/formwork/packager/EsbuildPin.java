package dev.formwork.packager;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The esbuild release formwork provisions when the project has none: a version and, per platform
 * package ({@code @esbuild/linux-x64}, ...), the npm registry's {@code dist.integrity} (SHA-512),
 * so a tampered or truncated download is refused.
 */
public record EsbuildPin(String version, Map<String, String> integrityByPlatform) {

  /**
   * esbuild 0.28.2; integrity values copied from registry.npmjs.org's metadata for each package.
   */
  public static final EsbuildPin DEFAULT =
      new EsbuildPin(
          "0.28.2",
          Map.of(
              "linux-x64",
                  "sha512-4xTZr1FUmSoQW4XIWmit3tzQrUTZM+N3P0XV8xROKYF50XfI7xeO90+1bZvNwxIufQ9hDQVRJH5YhgPVF8A/HQ==",
              "linux-arm64",
                  "sha512-pW4AC0P3it8c7do9MVM4p51FzHzdM/TZrerurgRcHJ2WTa1VQ1CIq18xncfpBJw4ojkiZZrKW2yIBWBP92j6Ug==",
              "darwin-x64",
                  "sha512-uq6suIWYP37qzGddBKPw5QEQPi6HiLGsO7UmkpfyaYNQ3D+rN6w6WfwH+nuqcGXWvawGwxOEroO4YGnFh95azw==",
              "darwin-arm64",
                  "sha512-n4KqkOQrraxHJcgjM1RvwbigfQKIKJVpM7xp+KsxiyUSrRdIXnt73VhrPAx0fV44hgfmIVKjxMN9J1t5jySVkw==",
              "win32-x64",
                  "sha512-5ebpxr3nWMzrL/rnUI755Jkuee0bHL/Gq0WTF9lvcpv73wAp5eu8MfBUgWK9bhWvZjj7yX8etf/8tI8Ney695g=="));

  public EsbuildPin {
    integrityByPlatform = Map.copyOf(integrityByPlatform);
  }

  /** The esbuild platform name of this machine, e.g. {@code linux-x64}. */
  public static String hostPlatform() {
    String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
    String osName =
        os.contains("win")
            ? "win32"
            : os.contains("mac") || os.contains("darwin") ? "darwin" : "linux";
    String archName = arch.equals("aarch64") || arch.equals("arm64") ? "arm64" : "x64";
    return osName + "-" + archName;
  }

  public Optional<String> integrity(String platform) {
    return Optional.ofNullable(integrityByPlatform.get(platform));
  }

  /**
   * The tarball of the platform package, e.g. {@code
   * .../@esbuild/linux-x64/-/linux-x64-0.28.2.tgz}.
   */
  public URI tarball(URI registry, String platform) {
    String base = registry.toString().endsWith("/") ? registry.toString() : registry + "/";
    return URI.create(base + "@esbuild/" + platform + "/-/" + platform + "-" + version + ".tgz");
  }

  /** Where the executable lies inside the tarball. */
  public static String binaryPathInTarball(String platform) {
    return platform.startsWith("win32") ? "package/esbuild.exe" : "package/bin/esbuild";
  }
}
