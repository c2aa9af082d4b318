package dev.formwork.compiler.synth;

/**
 * The stack being compiled: project, stage, region and the resulting stack name {@code
 * <project>-<stage>}.
 */
public record StackIdentity(String projectName, String stage, String region) {

  public String stackName() {
    return projectName + "-" + stage;
  }
}
