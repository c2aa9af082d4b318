package dev.formwork.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * Options shared by every command that reads a config: which file, stage, region and project name,
 * and values for $CliArgs(). Stage and region may also come from the environment, the config or the
 * AWS profile (see {@link TargetResolver}).
 */
public final class ConfigOptions {

  @Option(
      names = {"-c", "--config"},
      paramLabel = "FILE",
      description =
          "Config file (default: formwork.yml, stacktape.yml or stacktape.yaml in the current"
              + " folder).")
  Path config;

  @Option(
      names = {"-s", "--stage"},
      paramLabel = "STAGE",
      description =
          "Stage, e.g. dev or prod (default: FORMWORK_STAGE, else the config's defaultStage).")
  String stage;

  @Option(
      names = {"-r", "--region"},
      paramLabel = "REGION",
      description =
          "AWS region, e.g. eu-west-1 (default: AWS_REGION, AWS_DEFAULT_REGION, else the"
              + " profile's region).")
  String region;

  @Option(
      names = "--project-name",
      paramLabel = "NAME",
      description =
          "Project name when the config has no serviceName (default: the config folder's name).")
  String projectName;

  @Option(
      names = "--arg",
      paramLabel = "NAME=VALUE",
      description = "A value for $CliArgs('NAME'); repeatable.")
  Map<String, String> args = new LinkedHashMap<>();

  Optional<Path> config() {
    return Optional.ofNullable(config);
  }

  Optional<String> stage() {
    return Optional.ofNullable(stage);
  }

  Optional<String> region() {
    return Optional.ofNullable(region);
  }

  /** The project name, checked: it must be valid before anything is read. */
  Optional<String> projectName() {
    if (projectName != null && !projectName.matches("[a-z][a-z0-9-]*")) {
      throw new UsageException(
          "--project-name '"
              + projectName
              + "' is not valid: use lower-case letters, digits and dashes, starting with a"
              + " letter.");
    }
    return Optional.ofNullable(projectName);
  }

  /** Every option value by name, plus --arg values, as $CliArgs() sees them. */
  Map<String, String> cliArgs(Target target) {
    Map<String, String> all = new LinkedHashMap<>();
    all.put("stage", target.stage());
    all.put("region", target.region());
    Optional<String> project = projectName();
    if (project.isPresent()) {
      all.put("projectName", project.get());
    }
    all.putAll(args);
    return all;
  }
}
