package dev.formwork.cli;

import dev.formwork.compiler.directive.RealDirectiveHost;
import dev.formwork.deployer.AwsClients;
import dev.formwork.deployer.AwsErrors;
import dev.formwork.deployer.OutputSink;
import dev.formwork.deployer.history.DeploymentHistory;
import dev.formwork.deployer.history.DeploymentRecord;
import dev.formwork.deployer.history.Provenance;
import dev.formwork.schema.artifact.ArtifactManifest;
import dev.formwork.schema.naming.DeploymentBucket;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Records a successful deployment in the stack's history (template, manifest and a record with the
 * time, formwork version, git commit and the caller's ARN), then prunes the deployments beyond
 * {@code deploymentConfig.previousVersionsToKeep}. Both are best effort: a deploy that succeeded
 * stays a success, and a failure to record or prune is a warning.
 */
final class DeploymentRecorder {

  private DeploymentRecorder() {}

  /** The history of the run's stack, in its deployment bucket. */
  static DeploymentHistory history(AwsClients clients) {
    return new DeploymentHistory(
        clients.s3(),
        DeploymentBucket.name(
            clients.target().stackName(), clients.accountId(), clients.target().region()));
  }

  static void record(
      CliContext context,
      AwsClients clients,
      CompilerRunner.Run run,
      OutputSink out,
      DeploymentRecord.Kind kind,
      String templateJson,
      ArtifactManifest manifest,
      Set<String> nestedTemplateKeys,
      Map<String, String> stackTags,
      Optional<Integer> rollbackOf,
      int deploymentsToKeep) {
    DeploymentHistory history = history(clients);
    try {
      DeploymentRecord record =
          history.record(
              kind,
              templateJson,
              manifest,
              nestedTemplateKeys,
              stackTags,
              provenance(context, clients, run.configFile()),
              rollbackOf);
      out.info(
          "Recorded as deployment "
              + record.number()
              + " (`formwork info --history`; `formwork rollback --to "
              + record.number()
              + "` redeploys it).");
    } catch (RuntimeException failure) {
      String reason =
          AwsErrors.concerns(failure)
              ? clients.errors().explain(failure).message()
              : String.valueOf(failure.getMessage());
      out.warn("The deployment was not recorded in its history: " + reason);
      return;
    }
    prune(clients, out, history, manifest, nestedTemplateKeys, deploymentsToKeep);
  }

  /** Deletes what deployments older than the newest {@code keep} used (never this one's). */
  private static void prune(
      AwsClients clients,
      OutputSink out,
      DeploymentHistory history,
      ArtifactManifest manifest,
      Set<String> nestedTemplateKeys,
      int keep) {
    Set<String> live = new TreeSet<>(nestedTemplateKeys);
    manifest.artifacts().values().forEach(artifact -> live.add(artifact.s3Key()));
    try {
      DeploymentHistory.Pruned pruned = history.prune(keep, live);
      if (!pruned.objects().isEmpty() || !pruned.deployments().isEmpty()) {
        out.info(
            "Pruned "
                + pruned.deployments().size()
                + " deployment(s) and "
                + pruned.objects().size()
                + " artifact(s) and template(s) older than the last "
                + keep
                + " deployments (deploymentConfig.previousVersionsToKeep).");
      }
    } catch (RuntimeException failure) {
      String reason =
          AwsErrors.concerns(failure)
              ? clients.errors().explain(failure).message()
              : String.valueOf(failure.getMessage());
      out.warn("Old deployments were not pruned from the deployment bucket: " + reason);
    }
  }

  private static Provenance provenance(CliContext context, AwsClients clients, Path configFile) {
    RealDirectiveHost git =
        RealDirectiveHost.withDefaults(configFile.toAbsolutePath().getParent(), context.env());
    String version;
    try {
      version = VersionProvider.formworkVersion();
    } catch (IOException unreadable) {
      version = "unknown";
    }
    return new Provenance(
        Instant.now().truncatedTo(ChronoUnit.SECONDS),
        version,
        git.gitInfo("commit"),
        git.gitInfo("hasUncommitedChanges").map(Boolean::parseBoolean),
        clients.callerArn());
  }
}
