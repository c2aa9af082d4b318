package dev.formwork.cli;

import dev.formwork.compiler.source.BoundedFileReader;
import dev.formwork.compiler.source.YamlLimits;
import dev.formwork.compiler.source.YamlSourceLoader;
import dev.formwork.deployer.aws.AwsProfiles;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.model.FormworkConfig;
import dev.formwork.schema.node.ScalarNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the config and settles the stage and region the way the AWS CLI, Serverless and Stacktape
 * users expect. Stage: {@code --stage}, else {@code FORMWORK_STAGE}, else the config's {@code
 * defaultStage}. Region: {@code --region}, else {@code AWS_REGION}, else {@code
 * AWS_DEFAULT_REGION}, else the region of the AWS profile in effect. The AWS files are read only
 * when nothing earlier gives a region.
 */
final class TargetResolver {

  private static final String REGION = "[a-z]{2}(-[a-z]+)+-[0-9]+";

  private final CliContext context;

  TargetResolver(CliContext context) {
    this.context = context;
  }

  /**
   * @param profile the profile named with --profile, for the region of AWS commands
   */
  Target resolve(ConfigOptions options, Optional<String> profile) {
    Path configFile = ConfigLocator.locate(options.config(), context.workingDirectory());
    byte[] content;
    try {
      // Only as much as the loader accepts (and one byte more, so it can say the file is too big).
      content = BoundedFileReader.read(configFile, YamlLimits.DEFAULT_MAX_BYTES);
    } catch (IOException unreadable) {
      throw UsageException.file(
          "Cannot read the config " + configFile + ": " + unreadable.getMessage() + ".",
          "Check the file's permissions.");
    }
    String stage = stage(options, configFile, content);
    String region = region(options, profile);
    return new Target(configFile, content, stage, region);
  }

  private String stage(ConfigOptions options, Path configFile, byte[] content) {
    Optional<String> flag = options.stage();
    if (flag.isPresent()) {
      return checkedStage(flag.get(), "--stage");
    }
    String fromEnv = context.env().get("FORMWORK_STAGE");
    if (fromEnv != null && !fromEnv.isBlank()) {
      return checkedStage(fromEnv.trim(), "FORMWORK_STAGE");
    }
    Optional<String> configured = defaultStage(configFile, content);
    if (configured.isPresent()) {
      return checkedStage(configured.get(), "defaultStage in " + configFile.getFileName());
    }
    throw new UsageException(
        Code.CLI_USAGE,
        "No stage: the command needs one, e.g. dev or prod.",
        Optional.of(
            "Pass --stage (-s) STAGE, set FORMWORK_STAGE, or add `defaultStage: dev` to "
                + configFile.getFileName()
                + "."));
  }

  private String region(ConfigOptions options, Optional<String> profile) {
    if (options.region().isPresent()) {
      return checkedRegion(options.region().get(), "--region");
    }
    for (String variable : new String[] {"AWS_REGION", "AWS_DEFAULT_REGION"}) {
      String value = context.env().get(variable);
      if (value != null && !value.isBlank()) {
        return checkedRegion(value.trim(), variable);
      }
    }
    String name = AwsProfiles.effectiveName(profile, context.env());
    AwsProfiles profiles = AwsProfiles.load();
    if (profile.isPresent()) {
      // A mistyped --profile is the real problem, not the region it would have given.
      profiles.requireExists(name, "--profile");
    }
    Optional<String> fromProfile = profiles.region(name);
    if (fromProfile.isPresent()) {
      return checkedRegion(fromProfile.get(), "the region of the AWS profile '" + name + "'");
    }
    throw new UsageException(
        Code.CLI_USAGE,
        "No region: the command needs one, e.g. eu-west-1.",
        Optional.of(
            "Pass --region (-r) REGION, set AWS_REGION, or set `region` in the AWS profile '"
                + name
                + "' (`aws configure set region eu-west-1 --profile "
                + name
                + "`)."));
  }

  private static String checkedStage(String stage, String source) {
    if (!stage.matches(FormworkConfig.STAGE)) {
      throw new UsageException(
          Code.CLI_USAGE,
          "The stage '" + stage + "' (" + source + ") is not valid.",
          Optional.of("Use 2 to 32 lower-case letters, digits or dashes, e.g. dev or prod-eu."));
    }
    return stage;
  }

  private static String checkedRegion(String region, String source) {
    if (!region.matches(REGION)) {
      throw new UsageException(
          Code.CLI_USAGE,
          "The region '" + region + "' (" + source + ") is not an AWS region name.",
          Optional.of("Use a name such as eu-west-1 or us-east-1."));
    }
    return region;
  }

  /**
   * The config's {@code defaultStage}, read from the YAML before anything else (directives need the
   * stage), so it must be a plain value.
   */
  private static Optional<String> defaultStage(Path configFile, byte[] content) {
    return new YamlSourceLoader(YamlLimits.defaults())
        .load(configFile.getFileName().toString(), content)
        .root()
        .flatMap(root -> root.get("defaultStage"))
        .filter(ScalarNode.class::isInstance)
        .map(node -> ((ScalarNode) node).text());
  }
}
