package dev.formwork.deployer;

import dev.formwork.deployer.bucket.DeploymentHistory;
import dev.formwork.deployer.stack.ChangeSets;
import dev.formwork.deployer.stack.StackReader;
import dev.formwork.deployer.stack.TerminationProtection;
import java.util.Set;
import java.util.TreeSet;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * What a deploy records before it executes its change set and does once it has succeeded: the
 * deployment record in the bucket, termination protection as configured, and the pruning of
 * deployments beyond {@code previousVersionsToKeep} (only after success, so a rollback always finds
 * the previous artifacts).
 */
final class DeployHousekeeping {

  private final AwsClients clients;
  private final OutputSink out;
  private final StackReader reader;
  private final DeploymentHistory history;

  DeployHousekeeping(
      AwsClients clients, OutputSink out, StackReader reader, DeploymentHistory history) {
    this.clients = clients;
    this.out = out;
    this.reader = reader;
    this.history = history;
  }

  /** Records the deployment about to execute; returns the bucket keys it uses. */
  Set<String> record(DeployRequest request, ChangeSets.TemplateSource source) {
    Set<String> keys = new TreeSet<>();
    request.manifest().artifacts().values().forEach(artifact -> keys.add(artifact.s3Key()));
    // A split app's nested templates are the live stack's too: pruning must never delete them.
    keys.addAll(request.nestedTemplates().keySet());
    if (source instanceof ChangeSets.Url url) {
      keys.add(url.url().substring(url.url().indexOf("/templates/") + 1));
    }
    history.record(keys);
    return keys;
  }

  /** After a successful deploy: protection, then pruning. */
  void succeeded(StackSettings stackSettings, Set<String> used) {
    protect(clients, out, reader, stackSettings);
    prune(stackSettings.deploymentsToKeep(), used);
  }

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

  /**
   * Deletes what deployments older than the newest {@code keep} used; a failure here is a warning,
   * because the deploy itself succeeded.
   */
  private void prune(int keep, Set<String> live) {
    try {
      DeploymentHistory.Pruned pruned = history.prune(keep, live);
      if (!pruned.objects().isEmpty()) {
        out.info(
            "Pruned "
                + pruned.objects().size()
                + " artifact(s) and template(s) older than the last "
                + keep
                + " deployments (deploymentConfig.previousVersionsToKeep).");
      }
    } catch (SdkException e) {
      out.warn(
          "Old artifacts were not pruned from the deployment bucket: "
              + clients.errors().explain(e).message());
    }
  }
}
