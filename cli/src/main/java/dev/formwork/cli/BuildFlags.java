package dev.formwork.cli;

import dev.formwork.packager.BuildOptions;
import picocli.CommandLine.Option;

/** The options of the Go and Java builds that {@code package} and {@code deploy} run. */
final class BuildFlags {

  @Option(
      names = "--offline",
      description =
          "Build Go and Java functions from local caches only (Maven -o, Gradle --offline,"
              + " GOPROXY=off).")
  boolean offline;

  @Option(
      names = "--run-tests",
      description = "Run the tests of Java projects while building them (skipped by default).")
  boolean runTests;

  BuildOptions options() {
    return new BuildOptions(offline, runTests);
  }
}
