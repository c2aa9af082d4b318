package dev.formwork.deployer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.formwork.deployer.stack.StackReader;
import dev.formwork.deployer.testing.FaultProxy;
import dev.formwork.deployer.testing.ProxiedMotoTest;
import dev.formwork.deployer.testing.StackFixture;
import dev.formwork.schema.artifact.Artifact;
import dev.formwork.schema.artifact.ArtifactManifest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Faults moto cannot produce, injected by the proxy between the SDK and moto: throttling, access
 * denied, stack states (ROLLBACK_COMPLETE, UPDATE_ROLLBACK_FAILED, UPDATE_IN_PROGRESS) and an
 * upload failing midway. Everything else in each test is the real moto server.
 */
class FaultInjectionTest extends ProxiedMotoTest {

  static final String STACK = "faults-dev";

  @Override
  protected String stackName() {
    return STACK;
  }

  @Override
  protected String helloSource() {
    return "exports.handler = async () => 1;";
  }

  private DeployResult deploy(int visibility, Confirmation confirmation) throws Exception {
    return deploy(visibility, confirmation, FAST, manifest);
  }

  private DeployResult deploy(
      int visibility,
      Confirmation confirmation,
      DeployerSettings settings,
      ArtifactManifest artifacts)
      throws Exception {
    return new StackDeployer(clients, out, settings)
        .deploy(
            new DeployRequest(
                StackFixture.ordersTemplate(STACK, hello, visibility),
                artifacts,
                dir,
                Map.of(),
                confirmation));
  }

  private void deployBaseline() throws Exception {
    DeployResult baseline = deploy(30, Confirmation.refuse());
    assertEquals(Outcome.SUCCEEDED, baseline.outcome(), out.text() + "\n" + baseline);
    out.clear();
    proxy.forget();
  }

  private static FaultProxy.Reply withStatus(FaultProxy.Reply reply, String status) {
    return FaultProxy.Reply.xml(
        reply.status(),
        reply
            .text()
            .replaceAll(
                "<StackStatus>[A-Z_]+</StackStatus>", "<StackStatus>" + status + "</StackStatus>"));
  }

  private String status() {
    return new StackReader(clients.cloudFormation())
        .state(STACK)
        .map(s -> s.status())
        .orElse("NONE");
  }

  @Test
  void throttlingIsRetriedWithBoundedBackoffThenSucceeds() throws Exception {
    proxy.add(
        FaultProxy.failTimes(
            FaultProxy.action("DescribeStacks"),
            3,
            FaultProxy.queryError(400, "Throttling", "Rate exceeded")));
    long start = System.nanoTime();
    DeployResult result = deploy(30, Confirmation.refuse());
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertEquals(Outcome.SUCCEEDED, result.outcome(), out.text() + "\n" + result);
    // 3 throttled answers, then moto's real ones: the first call needed 4 attempts.
    assertTrue(proxy.count(FaultProxy.action("DescribeStacks")) >= 4);
    assertTrue(took.compareTo(Duration.ofSeconds(30)) < 0, "bounded backoff, took " + took);
  }

  @Test
  void throttlingBeyondTheRetryBudgetFailsWithAClearMessage() throws Exception {
    proxy.add(
        FaultProxy.failTimes(
            FaultProxy.action("DescribeStacks"),
            100,
            FaultProxy.queryError(400, "Throttling", "Rate exceeded")));
    DeployResult result = deploy(30, Confirmation.refuse());
    assertEquals(3, result.exitCode());
    assertEquals(FAST_RETRY.maxAttempts(), proxy.count(FaultProxy.action("DescribeStacks")));
    assertTrue(result.message().contains("throttling"), result.message());
  }

  @Test
  void accessDeniedIsNotRetried() throws Exception {
    proxy.add(
        FaultProxy.failTimes(
            FaultProxy.action("CreateChangeSet"),
            100,
            FaultProxy.queryError(
                403,
                "AccessDenied",
                "User: arn:aws:iam::123456789012:user/ci is not authorized to perform:"
                    + " cloudformation:CreateChangeSet")));
    DeployResult result = deploy(30, Confirmation.refuse());
    assertEquals(Outcome.FAILED, result.outcome());
    assertEquals(3, result.exitCode());
    assertEquals(
        1, proxy.count(FaultProxy.action("CreateChangeSet")), "access denied must not be retried");
    assertTrue(result.message().startsWith("AWS denied access"), result.message());
    assertTrue(result.hint().orElse("").contains("credentials"));
  }

  @Test
  void rollbackCompleteAfterAFailedCreateIsDeletedAndRecreatedWithYes() throws Exception {
    deployBaseline();
    // A failed first create never made the retained bucket; drop it so the re-create can make it.
    clients.s3().deleteBucket(b -> b.bucket(STACK + "-archive"));
    AtomicBoolean deleted = new AtomicBoolean(false);
    proxy.add(
        new FaultProxy.Rule() {
          @Override
          public boolean matches(FaultProxy.Seen request) {
            if (request.action().equals("DeleteStack")) {
              deleted.set(true);
            }
            return request.action().equals("DescribeStacks") && !deleted.get();
          }

          @Override
          public java.util.Optional<FaultProxy.Reply> answer(FaultProxy.Seen request) {
            return java.util.Optional.empty();
          }

          @Override
          public FaultProxy.Reply rewrite(FaultProxy.Seen request, FaultProxy.Reply fromMoto) {
            return withStatus(fromMoto, "ROLLBACK_COMPLETE");
          }
        });

    DeployResult refused = deploy(30, Confirmation.refuse());
    assertEquals(Outcome.REFUSED, refused.outcome());
    assertEquals(3, refused.exitCode());
    assertTrue(refused.hint().orElse("").contains("--yes"), refused.toString());
    assertEquals(0, proxy.count(FaultProxy.action("DeleteStack")));

    DeployResult recreated = deploy(30, Confirmation.assumeYes());
    assertEquals(Outcome.SUCCEEDED, recreated.outcome(), out.text() + "\n" + recreated);
    assertEquals(1, proxy.count(FaultProxy.action("DeleteStack")));
    assertTrue(
        proxy.seen().stream()
            .anyMatch(
                s ->
                    s.action().equals("CreateChangeSet")
                        && s.body().contains("ChangeSetType=CREATE")));
    assertEquals("CREATE_COMPLETE", status());
  }

  @Test
  void updateRollbackFailedIsRefusedAndRollbackContinuesIt() throws Exception {
    deployBaseline();
    AtomicBoolean continued = new AtomicBoolean(false);
    // moto has no ContinueUpdateRollback: answer it as CloudFormation does, and from then on report
    // the stack as rolled back.
    proxy.add(
        new FaultProxy.Rule() {
          @Override
          public boolean matches(FaultProxy.Seen request) {
            return request.action().equals("ContinueUpdateRollback");
          }

          @Override
          public java.util.Optional<FaultProxy.Reply> answer(FaultProxy.Seen request) {
            continued.set(true);
            return java.util.Optional.of(
                FaultProxy.Reply.xml(
                    200,
                    "<ContinueUpdateRollbackResponse><ContinueUpdateRollbackResult/><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></ContinueUpdateRollbackResponse>"));
          }

          @Override
          public FaultProxy.Reply rewrite(FaultProxy.Seen request, FaultProxy.Reply fromMoto) {
            return fromMoto;
          }
        });
    proxy.add(
        FaultProxy.rewriteWhile(
            FaultProxy.action("DescribeStacks"),
            () -> true,
            reply ->
                withStatus(
                    reply,
                    continued.get() ? "UPDATE_ROLLBACK_COMPLETE" : "UPDATE_ROLLBACK_FAILED")));

    DeployResult refused = deploy(60, Confirmation.assumeYes());
    assertEquals(Outcome.REFUSED, refused.outcome());
    assertEquals(3, refused.exitCode());
    assertTrue(refused.message().contains("UPDATE_ROLLBACK_FAILED"), refused.message());
    assertTrue(
        refused.hint().orElse("").contains("formwork rollback --continue"), refused.toString());
    assertEquals(0, proxy.count(FaultProxy.action("CreateChangeSet")));

    DeployResult rolledBack =
        new StackRollback(clients, out, FAST)
            .rollback(List.of("HelloFunction", "NestedStack01/UploadsBucket"));
    assertEquals(Outcome.SUCCEEDED, rolledBack.outcome(), out.text() + "\n" + rolledBack);
    assertTrue(
        proxy.seen().stream()
            .anyMatch(
                s ->
                    s.action().equals("ContinueUpdateRollback")
                        && s.body().contains("ResourcesToSkip.member.1=HelloFunction")
                        // As events show a nested stack's resource, in CloudFormation's form.
                        && s.body()
                            .contains("ResourcesToSkip.member.2=NestedStack01.UploadsBucket")),
        proxy.seen().toString());
  }

  @Test
  void aStackAlreadyUpdatingIsWaitedFor() throws Exception {
    deployBaseline();
    AtomicInteger busyAnswers = new AtomicInteger(3);
    proxy.add(
        FaultProxy.rewriteWhile(
            FaultProxy.action("DescribeStacks"),
            () -> busyAnswers.getAndDecrement() > 0,
            reply -> withStatus(reply, "UPDATE_IN_PROGRESS")));
    DeployResult result = deploy(60, Confirmation.refuse());
    assertEquals(Outcome.SUCCEEDED, result.outcome(), out.text() + "\n" + result);
    assertTrue(out.text().contains("is UPDATE_IN_PROGRESS; waiting"), out.text());
  }

  @Test
  void aStackUpdatingTooLongIsRefusedWithAHint() throws Exception {
    deployBaseline();
    proxy.add(
        FaultProxy.rewriteWhile(
            FaultProxy.action("DescribeStacks"),
            () -> true,
            reply -> withStatus(reply, "UPDATE_IN_PROGRESS")));
    DeployerSettings impatient =
        new DeployerSettings(Duration.ofMillis(30), Duration.ofMillis(200), Duration.ofMinutes(1));
    DeployResult result = deploy(60, Confirmation.refuse(), impatient, manifest);
    assertEquals(Outcome.REFUSED, result.outcome());
    assertEquals(3, result.exitCode());
    assertTrue(result.message().contains("another operation is in progress"), result.message());
    assertEquals(0, proxy.count(FaultProxy.action("CreateChangeSet")));
  }

  @Test
  void anUploadFailingMidwayLeavesTheStackUntouchedAndARerunResumes() throws Exception {
    Artifact worker = StackFixture.zipArtifact(dir, "worker", "exports.handler = async () => 2;");
    ArtifactManifest two = StackFixture.manifest(hello, worker);
    AtomicBoolean failing = new AtomicBoolean(true);
    proxy.add(
        new FaultProxy.Rule() {
          @Override
          public boolean matches(FaultProxy.Seen request) {
            return failing.get()
                && request.method().equals("PUT")
                && request.path().endsWith(worker.s3Key());
          }

          @Override
          public java.util.Optional<FaultProxy.Reply> answer(FaultProxy.Seen request) {
            return java.util.Optional.of(
                FaultProxy.Reply.xml(
                    500,
                    "<Error><Code>InternalError</Code><Message>We encountered an internal"
                        + " error.</Message></Error>"));
          }

          @Override
          public FaultProxy.Reply rewrite(FaultProxy.Seen request, FaultProxy.Reply fromMoto) {
            return fromMoto;
          }
        });

    DeployResult failed = deploy(30, Confirmation.refuse(), FAST, two);
    assertEquals(Outcome.FAILED, failed.outcome());
    assertEquals(3, failed.exitCode());
    assertTrue(
        failed.message().contains("Uploading the artifact of worker failed"), failed.message());
    assertTrue(failed.message().contains("the stack was not changed"), failed.message());
    assertEquals(
        0,
        proxy.count(FaultProxy.action("CreateChangeSet")),
        "no change set after a failed upload");
    assertEquals("NONE", status());
    assertEquals(1, proxy.count(s -> s.method().equals("PUT") && s.path().endsWith(hello.s3Key())));

    failing.set(false);
    proxy.forget();
    DeployResult resumed = deploy(30, Confirmation.refuse(), FAST, two);
    assertEquals(Outcome.SUCCEEDED, resumed.outcome(), out.text() + "\n" + resumed);
    assertEquals(
        0,
        proxy.count(s -> s.method().equals("PUT") && s.path().endsWith(hello.s3Key())),
        "hello is not sent again");
    assertEquals(
        1, proxy.count(s -> s.method().equals("PUT") && s.path().endsWith(worker.s3Key())));
  }
}
