package dev.formwork.deployer.stack;

import java.util.Optional;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.Stack;

/**
 * Keeps a stack's termination protection as {@code deploymentConfig.terminationProtection} says, on
 * every deploy: CreateChangeSet cannot set it, so it is set with UpdateTerminationProtection once
 * the stack exists, and only when it differs.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-protect-stacks.html
 */
public final class TerminationProtection {

  private final CloudFormationClient cfn;

  public TerminationProtection(CloudFormationClient cfn) {
    this.cfn = cfn;
  }

  /** True when the stack has termination protection on. */
  public static boolean isOn(Stack stack) {
    return Boolean.TRUE.equals(stack.enableTerminationProtection());
  }

  /** Sets the protection when it differs; returns the sentence saying what changed, if anything. */
  public Optional<String> apply(Stack stack, boolean wanted) {
    if (isOn(stack) == wanted) {
      return Optional.empty();
    }
    cfn.updateTerminationProtection(
        b -> b.stackName(stack.stackId()).enableTerminationProtection(wanted));
    return Optional.of(
        "Termination protection is now "
            + (wanted ? "on" : "off")
            + " for stack "
            + stack.stackName()
            + " (deploymentConfig.terminationProtection: "
            + wanted
            + ").");
  }

  /** Why a delete is refused, and how to proceed, when the stack is protected. */
  public static String refusal(String stackName, String region) {
    return "Set deploymentConfig.terminationProtection to false and deploy, then delete; or turn it"
        + " off with `aws cloudformation update-termination-protection"
        + " --no-enable-termination-protection --stack-name "
        + stackName
        + " --region "
        + region
        + "`.";
  }
}
