package dev.formwork.cli;

import dev.formwork.compiler.CompileResult;
import dev.formwork.compiler.report.ConfigTerms;
import dev.formwork.deployer.diff.ConfigLabels;
import java.util.Optional;

/**
 * Config terms for the deployer's change lines, from a compile: the config path that produced each
 * logical ID, and the config property behind a CloudFormation property ({@link ConfigTerms}).
 */
record CompileLabels(CompileResult result) implements ConfigLabels {

  @Override
  public Optional<String> owner(String logicalId) {
    return Optional.ofNullable(result.owners().get(logicalId))
        .map(Object::toString)
        .filter(path -> !path.isEmpty());
  }

  @Override
  public Optional<String> property(String resourceType, String cloudFormationPath) {
    return ConfigTerms.property(resourceType, cloudFormationPath);
  }
}
