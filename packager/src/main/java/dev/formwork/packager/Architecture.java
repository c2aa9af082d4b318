package dev.formwork.packager;

import java.util.Locale;

/**
 * A Lambda instruction set, which decides the pip platform tag, Go's GOARCH and the native modules
 * to ship.
 */
public enum Architecture {
  X86_64("x86_64", "manylinux2014_x86_64", "amd64"),
  ARM64("arm64", "manylinux2014_aarch64", "arm64");

  private final String lambdaName;
  private final String pipPlatform;
  private final String goArch;

  Architecture(String lambdaName, String pipPlatform, String goArch) {
    this.lambdaName = lambdaName;
    this.pipPlatform = pipPlatform;
    this.goArch = goArch;
  }

  /** Go's {@code GOARCH} for this instruction set. */
  public String goArch() {
    return goArch;
  }

  /** The name Lambda's {@code Architectures} property uses. */
  public String lambdaName() {
    return lambdaName;
  }

  /** The wheel platform tag pip must select for this architecture on Amazon Linux. */
  public String pipPlatform() {
    return pipPlatform;
  }

  /** Parses {@code x86_64} or {@code arm64}, the config's spelling. */
  public static Architecture fromConfig(String value) {
    for (Architecture architecture : values()) {
      if (architecture.lambdaName.equals(value.toLowerCase(Locale.ROOT))) {
        return architecture;
      }
    }
    throw new IllegalArgumentException("unknown architecture " + value);
  }
}
