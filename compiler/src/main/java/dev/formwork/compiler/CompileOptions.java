package dev.formwork.compiler;

import dev.formwork.schema.artifact.ArtifactManifest;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a compile needs besides the config text: stage and region, the project name when the config
 * has no serviceName, CLI arguments for $CliArgs(), the artifact manifest when code is packaged,
 * and the current version id of each secret {@code $Secret()} names, when the deployer has read
 * them (without them the references stay unpinned).
 */
public record CompileOptions(
    String stage,
    String region,
    Optional<String> projectName,
    String configFolderName,
    Map<String, String> cliArgs,
    Optional<ArtifactManifest> manifest,
    SortedMap<String, String> secretVersions) {

  public CompileOptions {
    cliArgs = Map.copyOf(cliArgs);
    secretVersions = Collections.unmodifiableSortedMap(new TreeMap<>(secretVersions));
  }

  /** Options without secret versions: an offline compile, with unpinned secret references. */
  public CompileOptions(
      String stage,
      String region,
      Optional<String> projectName,
      String configFolderName,
      Map<String, String> cliArgs,
      Optional<ArtifactManifest> manifest) {
    this(stage, region, projectName, configFolderName, cliArgs, manifest, new TreeMap<>());
  }
}
