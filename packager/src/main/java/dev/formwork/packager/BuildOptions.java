package dev.formwork.packager;

/**
 * How the Go and Java builds of one run treat the network and tests; neither changes what is built,
 * so neither is part of a cache key.
 *
 * @param offline build from local caches only: Maven {@code -o}, Gradle {@code --offline}, Go
 *     {@code GOPROXY=off} and {@code GOTOOLCHAIN=local}
 * @param runTests run the project's tests during a Java build (skipped by default)
 */
public record BuildOptions(boolean offline, boolean runTests) {

  /** Online, tests skipped. */
  public static final BuildOptions DEFAULT = new BuildOptions(false, false);
}
