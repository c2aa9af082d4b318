package dev.formwork.deployer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.formwork.deployer.stack.StackReader;
import dev.formwork.deployer.testing.FaultProxy;
import dev.formwork.deployer.testing.MotoServer;
import dev.formwork.deployer.testing.RecordingSink;
import dev.formwork.deployer.testing.SharedMoto;
import dev.formwork.deployer.testing.StackFixture;
import dev.formwork.schema.artifact.Artifact;
import dev.formwork.schema.artifact.ArtifactManifest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;

/** The whole lifecycle against a real moto server: create, update, redeploy unchanged, delete. */
class DeployLifecycleTest {

  static final String STACK = "orders-dev";
  static final String REGION = "eu-west-1";
  static final RetryPolicy FAST_RETRY =
      new RetryPolicy(4, Duration.ofMillis(10), Duration.ofMillis(100));
  static final DeployerSettings FAST =
      new DeployerSettings(Duration.ofMillis(50), Duration.ofSeconds(5), Duration.ofMinutes(2));

  @TempDir Path dir;
  MotoServer moto;
  FaultProxy proxy;
  AwsClients clients;
  RecordingSink out = new RecordingSink();

  @BeforeEach
  void start() throws Exception {
    moto = SharedMoto.get();
    moto.reset();
    proxy = new FaultProxy(moto.endpoint());
    clients = AwsClients.create(DeployTarget.of(STACK, REGION, proxy.endpoint()), FAST_RETRY);
  }

  @AfterEach
  void stop() {
    if (clients != null) {
      clients.close();
    }
    if (proxy != null) {
      proxy.close();
    }
  }

  private DeployRequest request(String template, ArtifactManifest manifest) {
    return new DeployRequest(
        template, manifest, dir, Map.of("project", "orders"), Confirmation.refuse());
  }

  /**
   * moto gap: a stack created or updated through a change set keeps the Outputs of its first
   * (empty) template, so DescribeStacks never lists outputs. This shim adds the queue URL output,
   * with the real physical id moto holds, to DescribeStacks answers that lack outputs.
   */
  private void addMissingOutputs() {
    proxy.add(
        FaultProxy.rewriteWhile(
            FaultProxy.action("DescribeStacks"),
            () -> true,
            reply -> {
              String xml = reply.text();
              if (!xml.contains("<StackStatus>")
                  || xml.contains("<OutputKey>")
                  || xml.contains("DELETE_")) {
                return reply;
              }
              String queueUrl;
              try {
                queueUrl =
                    clients
                        .cloudFormation()
                        .describeStackResource(
                            b -> b.stackName(STACK).logicalResourceId("OrdersQueue"))
                        .stackResourceDetail()
                        .physicalResourceId();
              } catch (RuntimeException noQueueYet) {
                return reply;
              }
              String outputs =
                  "<Outputs><member><OutputKey>OrdersQueueUrl</OutputKey><OutputValue>"
                      + queueUrl
                      + "</OutputValue></member></Outputs>";
              return FaultProxy.Reply.xml(
                  reply.status(), xml.replaceFirst("<StackStatus>", outputs + "<StackStatus>"));
            }));
  }

  @Test
  void createsUpdatesSkipsUnchangedAndDeletes() throws Exception {
    addMissingOutputs();
    StackDeployer deployer = new StackDeployer(clients, out, FAST);
    Artifact hello =
        StackFixture.zipArtifact(dir, "hello", "exports.handler = async () => ({ok: true});");
    ArtifactManifest manifest = StackFixture.manifest(hello);

    DeployResult created =
        deployer.deploy(request(StackFixture.ordersTemplate(STACK, hello, 30), manifest));
    assertEquals(Outcome.SUCCEEDED, created.outcome(), out.text() + "\n" + created);
    assertEquals(0, created.exitCode());
    String bucket = deployer.deploymentBucketName();
    assertEquals("fw-orders-dev-123456789012-eu-west-1", bucket);
    assertTrue(
        clients.s3().headObject(b -> b.bucket(bucket).key(hello.s3Key())).contentLength() > 0);
    assertEquals(
        "Enabled", clients.s3().getBucketVersioning(b -> b.bucket(bucket)).statusAsString());
    assertTrue(
        created.outputs().getOrDefault("OrdersQueueUrl", "").startsWith("http"),
        out.text() + "\n" + created);
    assertTrue(out.text().contains("OrdersQueueUrl = http"), out.text());
    assertTrue(out.text().contains("Outputs:"), out.text());
    assertTrue(out.text().contains("+ HelloFunction (AWS::Lambda::Function)"), out.text());
    assertEquals(
        "CREATE_COMPLETE",
        clients
            .cloudFormation()
            .describeStacks(b -> b.stackName(STACK))
            .stacks()
            .get(0)
            .stackStatusAsString());

    out.clear();
    DeployResult updated =
        deployer.deploy(request(StackFixture.ordersTemplate(STACK, hello, 60), manifest));
    assertEquals(Outcome.SUCCEEDED, updated.outcome(), out.text() + "\n" + updated);
    assertTrue(out.text().contains("~ OrdersQueue (AWS::SQS::Queue)"), out.text());
    assertTrue(out.text().contains("Artifacts: 0 uploaded, 1 already in"), out.text());
    assertEquals(
        "UPDATE_COMPLETE",
        clients
            .cloudFormation()
            .describeStacks(b -> b.stackName(STACK))
            .stacks()
            .get(0)
            .stackStatusAsString());

    out.clear();
    proxy.forget();
    DeployResult unchanged =
        deployer.deploy(request(StackFixture.ordersTemplate(STACK, hello, 60), manifest));
    assertEquals(Outcome.NO_CHANGES, unchanged.outcome(), out.text() + "\n" + unchanged);
    assertEquals(0, unchanged.exitCode());
    assertTrue(out.text().contains("No changes"), out.text());
    assertEquals(
        0,
        proxy.count(s -> s.method().equals("PUT") && s.path().contains("/artifacts/")),
        "nothing uploaded");
    assertEquals(0, proxy.count(FaultProxy.action("ExecuteChangeSet")));
    assertFalse(unchanged.outputs().isEmpty());

    clients
        .s3()
        .putObject(
            b -> b.bucket(STACK + "-uploads").key("a.txt"), RequestBody.fromString("user data"));
    clients
        .s3()
        .putObject(
            b -> b.bucket(STACK + "-archive").key("keep.txt"), RequestBody.fromString("kept"));
    out.clear();
    DeployResult deleted = new StackRemover(clients, out, FAST).delete(Confirmation.assumeYes());
    assertEquals(Outcome.SUCCEEDED, deleted.outcome(), out.text() + "\n" + deleted);
    assertTrue(out.text().contains("Emptied deployment bucket " + bucket), out.text());
    assertTrue(out.text().contains("Keeping bucket " + STACK + "-archive"), out.text());
    assertTrue(
        new StackReader(clients.cloudFormation()).state(STACK).isEmpty()
            || new StackReader(clients.cloudFormation())
                .state(STACK)
                .get()
                .status()
                .equals("DELETE_COMPLETE"));
    assertFalse(
        clients.s3().listBuckets().buckets().stream().anyMatch(b -> b.name().equals(bucket)),
        "deployment bucket removed");
    assertEquals(
        1,
        clients.s3().listObjectsV2(b -> b.bucket(STACK + "-archive")).keyCount(),
        "retained bucket untouched");
  }
}
