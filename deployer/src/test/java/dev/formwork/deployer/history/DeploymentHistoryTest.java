package dev.formwork.deployer.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.formwork.deployer.Confirmation;
import dev.formwork.deployer.DeployRequest;
import dev.formwork.deployer.DeployResult;
import dev.formwork.deployer.Outcome;
import dev.formwork.deployer.StackDeployer;
import dev.formwork.deployer.StackSettings;
import dev.formwork.deployer.bucket.DeploymentBucketStore;
import dev.formwork.deployer.testing.FaultProxy;
import dev.formwork.deployer.testing.ProxiedMotoTest;
import dev.formwork.deployer.testing.StackFixture;
import dev.formwork.schema.artifact.Artifact;
import dev.formwork.schema.artifact.ArtifactManifest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The one deployment history against moto over HTTP: records numbered folders after real deploys,
 * and prunes beyond {@code previousVersionsToKeep} without touching what the stack or a kept
 * deployment uses.
 */
class DeploymentHistoryTest extends ProxiedMotoTest {

  static final String STACK = "history-dev";
  static final Provenance WHO =
      new Provenance(
          Instant.parse("2026-01-02T03:04:05Z"),
          "1.0.0",
          Optional.of("abc123"),
          Optional.of(false),
          "arn:aws:iam::123456789012:user/dev");

  @Override
  protected String stackName() {
    return STACK;
  }

  @Override
  protected String helloSource() {
    return "exports.handler = async () => 'v0';";
  }

  /** deploymentConfig.previousVersionsToKeep as the deployer gets it. */
  private StackSettings keep(int deployments) {
    return new StackSettings(false, Optional.empty(), List.of(), 0, false, List.of(), deployments);
  }

  private Artifact version(int n) throws Exception {
    return StackFixture.zipArtifact(dir, "hello", "exports.handler = async () => 'v" + n + "';");
  }

  /** Deploys {@code artifact} as deploy does, then records and prunes as the CLI does. */
  private DeploymentRecord deployAndRecord(
      StackDeployer deployer, DeploymentHistory history, Artifact artifact, int keep)
      throws Exception {
    String template = StackFixture.ordersTemplate(STACK, artifact, 30);
    ArtifactManifest manifest = StackFixture.manifest(artifact);
    DeployResult result =
        deployer.deploy(
            new DeployRequest(
                template, manifest, dir, Map.of(), Confirmation.assumeYes(), keep(keep)));
    assertThat(result.outcome()).as(out.text()).isEqualTo(Outcome.SUCCEEDED);
    DeploymentRecord record =
        history.record(
            DeploymentRecord.Kind.DEPLOY,
            template,
            manifest,
            Set.of(),
            Map.of(),
            WHO,
            Optional.empty());
    history.prune(keep, Set.of(artifact.s3Key()));
    return record;
  }

  @Test
  void previousVersionsToKeepPrunesOldDeploymentsButNeverWhatTheStackOrAKeptDeploymentUses()
      throws Exception {
    StackDeployer deployer = new StackDeployer(clients, out, FAST);
    String bucket = deployer.deploymentBucketName();
    DeploymentHistory history = new DeploymentHistory(clients.s3(), bucket);
    // previousVersionsToKeep: 2
    Artifact[] versions = new Artifact[5];
    for (int i = 1; i <= 4; i++) {
      versions[i] = version(i);
      DeploymentRecord record = deployAndRecord(deployer, history, versions[i], 2);
      assertThat(record.number()).isEqualTo(i);
      assertThat(exists(bucket, versions[i].s3Key())).as("the live stack's artifact").isTrue();
      if (i >= 2) {
        assertThat(exists(bucket, versions[i - 1].s3Key())).as("the previous deployment").isTrue();
      }
      if (i >= 3) {
        String pruned = versions[i - 2].s3Key();
        assertThat(exists(bucket, pruned))
            .as("deployment %d is beyond the 2 kept", i - 2)
            .isFalse();
        assertThat(clients.s3().listObjectVersions(b -> b.bucket(bucket).prefix(pruned)).versions())
            .as("every version of it is gone")
            .isEmpty();
      }
    }
    assertThat(history.list()).extracting(DeploymentRecord::number).containsExactly(3, 4);
    assertThat(keys(bucket, "deployments/"))
        .containsExactly(
            "deployments/000003/manifest.json",
            "deployments/000003/record.json",
            "deployments/000003/template.json",
            "deployments/000004/manifest.json",
            "deployments/000004/record.json",
            "deployments/000004/template.json");
    // Every kept deployment can still be rolled back to.
    for (DeploymentRecord kept : history.list()) {
      assertThat(history.missingObjects(kept, history.manifest(kept))).isEmpty();
    }

    // A failed deploy deletes nothing: CloudFormation's rollback needs the previous artifacts.
    AtomicInteger executions = new AtomicInteger();
    proxy.add(
        FaultProxy.rewriteWhile(
            s -> {
              if (s.action().equals("ExecuteChangeSet")) {
                executions.incrementAndGet();
              }
              return s.action().equals("DescribeStacks");
            },
            () -> executions.get() > 0,
            reply ->
                FaultProxy.Reply.xml(
                    reply.status(),
                    reply
                        .text()
                        .replaceAll(
                            "<StackStatus>[A-Z_]+</StackStatus>",
                            "<StackStatus>UPDATE_ROLLBACK_COMPLETE</StackStatus>"))));
    Artifact failing = version(9);
    DeployResult failed =
        deployer.deploy(
            new DeployRequest(
                StackFixture.ordersTemplate(STACK, failing, 30),
                StackFixture.manifest(failing),
                dir,
                Map.of(),
                Confirmation.assumeYes(),
                keep(1)));
    assertThat(failed.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(exists(bucket, versions[3].s3Key())).isTrue();
    assertThat(exists(bucket, versions[4].s3Key())).isTrue();
    assertThat(history.list()).hasSize(2);
  }

  @Test
  void hotswapsNeverPushOutTheDeploymentTheStackTemplateComesFrom() throws Exception {
    StackDeployer deployer = new StackDeployer(clients, out, FAST);
    String bucket = deployer.deploymentBucketName();
    DeploymentHistory history = new DeploymentHistory(clients.s3(), bucket);
    Artifact deployed = version(1);
    deployAndRecord(deployer, history, deployed, 1);
    String template = StackFixture.ordersTemplate(STACK, deployed, 30);
    DeploymentBucketStore store = new DeploymentBucketStore(clients.s3(), bucket, REGION, out);
    Artifact[] swapped = new Artifact[3];
    for (int i = 1; i <= 2; i++) {
      // What deploy --hotswap records: the new code, uploaded, with the template it matches.
      swapped[i] = version(10 + i);
      store.uploadMissing(List.of(swapped[i]), dir);
      history.record(
          DeploymentRecord.Kind.HOTSWAP,
          template,
          StackFixture.manifest(swapped[i]),
          Set.of(),
          Map.of(),
          WHO,
          Optional.empty());
      history.prune(1, Set.of(swapped[i].s3Key()));
    }

    assertThat(history.list())
        .extracting(DeploymentRecord::number, DeploymentRecord::kind)
        .containsExactly(
            tuple(1, DeploymentRecord.Kind.DEPLOY), tuple(3, DeploymentRecord.Kind.HOTSWAP));
    assertThat(exists(bucket, deployed.s3Key())).as("the stack template's artifact").isTrue();
    assertThat(exists(bucket, swapped[1].s3Key())).as("an older hotswap's artifact").isFalse();
    assertThat(exists(bucket, swapped[2].s3Key())).as("the running code").isTrue();
  }

  private boolean exists(String bucket, String key) {
    return !clients.s3().listObjectsV2(b -> b.bucket(bucket).prefix(key)).contents().isEmpty();
  }

  private List<String> keys(String bucket, String prefix) {
    return clients.s3().listObjectsV2(b -> b.bucket(bucket).prefix(prefix)).contents().stream()
        .map(object -> object.key())
        .sorted()
        .toList();
  }
}
