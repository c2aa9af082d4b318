package dev.formwork.packager;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the build tools Go and Java functions need ({@code go}, {@code mvn}, {@code gradle}, the
 * JDK) on the {@code PATH} of an environment, and tells their versions from files alone (Go's
 * {@code VERSION}, the JDK's {@code release}), so that a cache lookup starts no process.
 */
public final class Toolchains {

  private final Map<String, String> environment;

  /** Tools are looked up on {@code PATH} and {@code JAVA_HOME} of this environment. */
  public Toolchains(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  /** The tools of this process's environment. */
  public static Toolchains fromSystem() {
    return new Toolchains(System.getenv());
  }

  /** An environment variable of the environment the tools are looked up in. */
  public Optional<String> variable(String name) {
    return Optional.ofNullable(environment.get(name)).filter(value -> !value.isBlank());
  }

  /** The first executable called {@code name} in the {@code PATH} folders. */
  public Optional<Path> onPath(String name) {
    for (String folder : variable("PATH").orElse("").split(Pattern.quote(File.pathSeparator), -1)) {
      if (folder.isBlank()) {
        continue;
      }
      Path candidate = Path.of(folder).resolve(name);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /**
   * The version of a Go toolchain: its GOROOT's {@code VERSION} file (e.g. {@code go1.26.8}), or
   * the digest of the {@code go} executable when the installation has no such file.
   */
  public static String goVersion(Path go) {
    try {
      Path goroot = go.toRealPath().getParent().getParent();
      Path version = goroot.resolve("VERSION");
      if (Files.isRegularFile(version)) {
        return Files.readString(version, StandardCharsets.UTF_8).lines().findFirst().orElse("");
      }
      return "sha256:" + Digests.ofFile(go.toRealPath());
    } catch (IOException e) {
      return "unknown";
    }
  }

  /**
   * What identifies the JDK a Maven or Gradle build uses ({@code JAVA_HOME}, else {@code java} on
   * PATH): the digest of its {@code release} file (vendor and version), or "absent".
   */
  public String jdkIdentity() {
    List<Path> homes = new ArrayList<>();
    variable("JAVA_HOME").ifPresent(home -> homes.add(Path.of(home)));
    onPath("java")
        .ifPresent(
            java -> {
              try {
                homes.add(java.toRealPath().getParent().getParent());
              } catch (IOException e) {
                // An unresolvable link: no JDK to identify here.
              }
            });
    for (Path home : homes) {
      Path release = home.resolve("release");
      if (Files.isRegularFile(release)) {
        return "release:" + Digests.ofFile(release);
      }
    }
    return "absent";
  }

  /**
   * The variables that change what {@code go build} emits besides its flags: experiments, the
   * instruction-set levels and extra flags.
   */
  public String goSettings() {
    StringBuilder settings = new StringBuilder();
    for (String name : List.of("GOFLAGS", "GOEXPERIMENT", "GOAMD64", "GOARM64")) {
      settings.append(name).append('=').append(variable(name).orElse("")).append('\n');
    }
    return settings.toString();
  }
}
