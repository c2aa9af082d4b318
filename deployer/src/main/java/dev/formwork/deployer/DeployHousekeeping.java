package dev.formwork.deployer;

import dev.formwork.deployer.stack.StackReader;
import dev.formwork.deployer.stack.TerminationProtection;

/**
 * What a deploy does once its stack exists: termination protection as configured. (The deployment
 * history and the pruning of old deployments follow a success, in {@code
 * history.DeploymentHistory}, once the caller knows what kind of deployment it was.)
 */
final class DeployHousekeeping {

  private DeployHousekeeping() {}

  /** Sets termination protection as configured, once the stack exists. */
  static void protect(
      AwsClients clients, OutputSink out, StackReader reader, StackSettings stackSettings) {
    reader
        .describe(clients.target().stackName())
        .flatMap(
            stack ->
                new TerminationProtection(clients.cloudFormation())
                    .apply(stack, stackSettings.terminationProtection()))
        .ifPresent(out::info);
  }
}
