package dev.formwork.compiler;

import dev.formwork.compiler.check.StackLimits;
import dev.formwork.compiler.split.DeployedPlacement;
import dev.formwork.schema.artifact.ArtifactManifest;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a compile needs besides the config text: stage and region, the project name when the config
 * has no serviceName, CLI arguments for $CliArgs(), the artifact manifest when code is packaged,
 * the current version id of each secret {@code $Secret()} names, when the deployer has read them
 * (without them the references stay unpinned), where the deployed app's units are (read from the
 * deployed root template before a deploy, so that no deployed unit moves between nested stacks),
 * and the per-template limits a split packs to (CloudFormation's; tests set smaller ones).
 */
public record CompileOptions(
    String stage,
    String region,
    Optional<String> projectName,
    String configFolderName,
    Map<String, String> cliArgs,
    Optional<ArtifactManifest> manifest,
    SortedMap<String, String> secretVersions,
    DeployedPlacement deployedPlacement,
    StackLimits limits) {

  public CompileOptions {
    cliArgs = Map.copyOf(cliArgs);
    secretVersions = Collections.unmodifiableSortedMap(new TreeMap<>(secretVersions));
  }

  /**
   * Options without secret versions and deployed placement, within CloudFormation's limits: an
   * offline compile, with unpinned secret references.
   */
  public CompileOptions(
      String stage,
      String region,
      Optional<String> projectName,
      String configFolderName,
      Map<String, String> cliArgs,
      Optional<ArtifactManifest> manifest) {
    this(
        stage,
        region,
        projectName,
        configFolderName,
        cliArgs,
        manifest,
        new TreeMap<>(),
        DeployedPlacement.NONE,
        StackLimits.CLOUDFORMATION);
  }
}
