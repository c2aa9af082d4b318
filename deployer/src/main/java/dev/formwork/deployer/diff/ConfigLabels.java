package dev.formwork.deployer.diff;

import java.util.Optional;

/**
 * How a change is named in the config's words, next to CloudFormation's: the config resource that
 * produced a logical ID ({@code resources.worker}), and the config property behind a CloudFormation
 * property ({@code batchSize} for {@code BatchSize}). The CLI builds it from the compile; without
 * it, changes are shown in CloudFormation terms only.
 */
public interface ConfigLabels {

  /** The config path that produced the logical ID. */
  Optional<String> owner(String logicalId);

  /** The config property behind a CloudFormation property path of a resource type. */
  Optional<String> property(String resourceType, String cloudFormationPath);

  /** No config terms. */
  ConfigLabels NONE =
      new ConfigLabels() {
        @Override
        public Optional<String> owner(String logicalId) {
          return Optional.empty();
        }

        @Override
        public Optional<String> property(String resourceType, String cloudFormationPath) {
          return Optional.empty();
        }
      };

  /** {@code " [resources.worker]"}, or nothing. */
  default String ownerSuffix(String logicalId) {
    return owner(logicalId).map(path -> "  from " + path).orElse("");
  }

  /** {@code "BatchSize (batchSize)"}, or the CloudFormation path alone. */
  default String propertyLabel(String resourceType, String cloudFormationPath) {
    return cloudFormationPath
        + property(resourceType, cloudFormationPath).map(name -> " (" + name + ")").orElse("");
  }
}
