package dev.formwork.compiler;

import dev.formwork.compiler.check.StackLimits;
import dev.formwork.compiler.split.DeployedPlacement;
import dev.formwork.schema.artifact.ArtifactManifest;
import java.util.Map;
import java.util.Optional;

/**
 * What a compile needs besides the config text: stage and region, the project name when the config
 * has no serviceName, CLI arguments for $CliArgs(), the artifact manifest when code is packaged,
 * where the deployed app's units are (read from the deployed root template before a deploy, so that
 * no deployed unit moves between nested stacks), and the per-template limits a split packs to
 * (CloudFormation's; tests set smaller ones).
 */
public record CompileOptions(
    String stage,
    String region,
    Optional<String> projectName,
    String configFolderName,
    Map<String, String> cliArgs,
    Optional<ArtifactManifest> manifest,
    DeployedPlacement deployedPlacement,
    StackLimits limits) {

  public CompileOptions {
    cliArgs = Map.copyOf(cliArgs);
  }

  /** Options for an app with no deployed placement, within CloudFormation's limits. */
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
        DeployedPlacement.NONE,
        StackLimits.CLOUDFORMATION);
  }
}
