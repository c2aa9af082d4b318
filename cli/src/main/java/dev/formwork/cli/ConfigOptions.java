package dev.formwork.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * Options shared by every command that reads a config: which file, stage, region and project name.
 */
public final class ConfigOptions {

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description =
          "Config file (default: formwork.yml, stacktape.yml or stacktape.yaml in the current"
              + " folder).")
  Path config;

  @Option(
      names = "--stage",
      required = true,
      paramLabel = "STAGE",
      description = "Stage, e.g. dev or prod (lower-case letters, digits, dashes).")
  String stage;

  @Option(
      names = "--region",
      required = true,
      paramLabel = "REGION",
      description = "AWS region, e.g. eu-west-1.")
  String region;

  @Option(
      names = "--project-name",
      paramLabel = "NAME",
      description =
          "Project name when the config has no serviceName (default: the config folder's name).")
  String projectName;

  @Option(
      names = "--manifest",
      paramLabel = "FILE",
      description =
          "Artifact manifest from `formwork package` (default: .formwork/artifacts/manifest.json"
              + " next to the config, if present).")
  Path manifest;

  @Option(
      names = "--arg",
      paramLabel = "NAME=VALUE",
      description = "A value for $CliArgs('NAME'); repeatable.")
  Map<String, String> args = new LinkedHashMap<>();

  /** Checks stage, region and project name, which must be valid before anything is read. */
  void validate() {
    if (!stage.matches("[a-z0-9][a-z0-9-]*") || stage.length() < 2 || stage.length() > 32) {
      throw new UsageException(
          "--stage '"
              + stage
              + "' is not valid: use 2 to 32 lower-case letters, digits or dashes.");
    }
    if (!region.matches("[a-z]{2}(-[a-z]+)+-[0-9]+")) {
      throw new UsageException(
          "--region '" + region + "' is not an AWS region name such as eu-west-1.");
    }
    if (projectName != null && !projectName.matches("[a-z][a-z0-9-]*")) {
      throw new UsageException(
          "--project-name '"
              + projectName
              + "' is not valid: use lower-case letters, digits and dashes, starting with a"
              + " letter.");
    }
  }

  Optional<String> projectName() {
    return Optional.ofNullable(projectName);
  }

  Optional<Path> manifest() {
    return Optional.ofNullable(manifest);
  }

  /** Every option value by name, plus --arg values, as $CliArgs() sees them. */
  Map<String, String> cliArgs() {
    Map<String, String> all = new LinkedHashMap<>();
    all.put("stage", stage);
    all.put("region", region);
    if (projectName != null) {
      all.put("projectName", projectName);
    }
    all.putAll(args);
    return all;
  }
}
