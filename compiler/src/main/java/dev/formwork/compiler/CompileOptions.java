package dev.formwork.compiler;

import dev.formwork.schema.artifact.ArtifactManifest;
import java.util.Map;
import java.util.Optional;

/**
 * What a compile needs besides the config text: stage and region, the project name when the config
 * has no serviceName, CLI arguments for $CliArgs(), and the artifact manifest when code is
 * packaged.
 */
public record CompileOptions(
    String stage,
    String region,
    Optional<String> projectName,
    String configFolderName,
    Map<String, String> cliArgs,
    Optional<ArtifactManifest> manifest) {

  public CompileOptions {
    cliArgs = Map.copyOf(cliArgs);
  }
}
