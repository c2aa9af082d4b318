package dev.formwork.deployer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.formwork.deployer.diff.TemplateDiff;
import dev.formwork.deployer.info.StackInfo;
import dev.formwork.deployer.invoke.RemoteInvoker;
import dev.formwork.deployer.script.LocalScript;
import dev.formwork.deployer.script.LocalScriptRunner;
import dev.formwork.deployer.script.StpVariables;
import dev.formwork.deployer.secret.SecretsManagerResolver;
import dev.formwork.deployer.stack.ChangeSets;
import dev.formwork.deployer.stack.StackReader;
import dev.formwork.deployer.testing.FaultProxy;
import dev.formwork.deployer.testing.ProxiedMotoTest;
import dev.formwork.deployer.testing.StackFixture;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudformation.model.ChangeSetType;

/** preview, diff, info, invoke, large templates, confirmation and failed updates against moto. */
class StackCommandsTest extends ProxiedMotoTest {

  static final String STACK = "cmds-dev";

  @Override
  protected String stackName() {
    return STACK;
  }

  @Override
  protected String helloSource() {
    return "exports.handler = async (e) => e;";
  }

  DeployRequest request(String template, Confirmation confirmation) {
    return new DeployRequest(template, manifest, dir, Map.of(), confirmation);
  }

  String template(int visibility) throws Exception {
    return StackFixture.ordersTemplate(STACK, hello, visibility);
  }

  void deployBaseline() throws Exception {
    DeployResult result =
        new StackDeployer(clients, out, FAST).deploy(request(template(30), Confirmation.refuse()));
    assertEquals(Outcome.SUCCEEDED, result.outcome(), out.text() + "\n" + result);
    out.clear();
    proxy.forget();
  }

  @Test
  void previewOfANewStackShowsAdditionsAndLeavesNothingBehind() throws Exception {
    DeployResult result =
        new StackDeployer(clients, out, FAST).preview(request(template(30), Confirmation.refuse()));
    assertEquals(Outcome.SUCCEEDED, result.outcome(), out.text() + "\n" + result);
    assertTrue(
        out.text().contains("Changes: 6 to add, 0 to modify, 0 to replace, 0 to remove"),
        out.text());
    assertEquals(1, proxy.count(FaultProxy.action("DeleteChangeSet")));
    assertEquals(0, proxy.count(FaultProxy.action("ExecuteChangeSet")));
    // The empty REVIEW_IN_PROGRESS stack a CREATE change set makes is deleted too.
    assertEquals(1, proxy.count(FaultProxy.action("DeleteStack")));
    // Issue §3: a preview uploads no artifact and creates no deployment bucket.
    assertEquals(0, proxy.count(s -> s.method().equals("PUT")), "nothing was uploaded");
    assertFalse(
        clients.s3().listBuckets().buckets().stream()
            .anyMatch(b -> b.name().startsWith("fw-cmds-dev-")),
        "no deployment bucket");
  }

  /**
   * Issue §3: a template too large to send inline needs the deployment bucket even for a preview;
   * the bucket the preview had to create is removed again, and it says so.
   */
  @Test
  void previewOfANewStackWithALargeTemplateRemovesTheBucketItCreated() throws Exception {
    String big =
        template(30)
            .replace(
                "\"Description\": \"",
                "\"Metadata\": {\"Padding\": \""
                    + "x".repeat(60_000)
                    + "\"},\n  \"Description\": \"");
    DeployResult result =
        new StackDeployer(clients, out, FAST).preview(request(big, Confirmation.refuse()));
    assertEquals(Outcome.SUCCEEDED, result.outcome(), out.text() + "\n" + result);
    assertTrue(
        out.text()
            .contains(
                "Removed the deployment bucket fw-cmds-dev-123456789012-eu-west-1 the preview"
                    + " created."),
        out.text());
    assertFalse(
        clients.s3().listBuckets().buckets().stream()
            .anyMatch(b -> b.name().startsWith("fw-cmds-dev-")));
    assertEquals(
        0,
        proxy.count(s -> s.method().equals("PUT") && s.path().contains("/artifacts/")),
        "no artifact uploaded");
  }

  /**
   * Issue §1's upgrade path against moto: a mapping deployed under an old content-hash ID and
   * compiled under its new identity ID is updated under the old ID, not replaced (which Lambda
   * would refuse while the old mapping exists).
   */
  @Test
  void aMappingWhoseIdChangedButNotItsSourceIsUpdatedInPlace() throws Exception {
    String mapping =
        "\"%s\": {\"Type\": \"AWS::Lambda::EventSourceMapping\", \"Properties\": {"
            + "\"EventSourceArn\": {\"Fn::GetAtt\": [\"OrdersQueue\", \"Arn\"]},"
            + " \"FunctionName\": {\"Ref\": \"HelloFunction\"}, \"BatchSize\": %d},"
            + " \"DependsOn\": [\"HelloRole\"]},\n    \"OrdersQueue\": {";
    String legacy =
        template(30)
            .replace(
                "\"OrdersQueue\": {", mapping.formatted("HelloSqs0c3bdf54EventSourceMapping", 5));
    assertEquals(
        Outcome.SUCCEEDED,
        new StackDeployer(clients, out, FAST)
            .deploy(request(legacy, Confirmation.refuse()))
            .outcome(),
        out.text());
    out.clear();
    String renamed =
        template(30)
            .replace(
                "\"OrdersQueue\": {", mapping.formatted("HelloOrdersSqsEventSourceMapping", 7));
    DeployResult result =
        new StackDeployer(clients, out, FAST).deploy(request(renamed, Confirmation.refuse()));
    assertEquals(Outcome.SUCCEEDED, result.outcome(), out.text());
    assertTrue(
        out.text()
            .contains(
                "Kept the deployed logical ID HelloSqs0c3bdf54EventSourceMapping for"
                    + " HelloOrdersSqsEventSourceMapping"),
        out.text());
    assertTrue(
        out.text()
            .contains("~ HelloSqs0c3bdf54EventSourceMapping (AWS::Lambda::EventSourceMapping)"),
        out.text());
    assertFalse(out.text().contains("+ HelloOrdersSqsEventSourceMapping"), out.text());
    assertEquals(
        1,
        clients
            .lambda()
            .listEventSourceMappings(b -> b.functionName("cmds-dev-hello"))
            .eventSourceMappings()
            .size());
  }

  /** Issue §5: change sets an interrupted deploy left (Ctrl-C) are deleted by the next deploy. */
  @Test
  void theNextDeployDeletesTheChangeSetsAnInterruptedOneLeft() throws Exception {
    deployBaseline();
    ChangeSets changeSets = new ChangeSets(clients.cloudFormation(), FAST.pollInterval());
    ChangeSets.Created orphan =
        changeSets.create(STACK, ChangeSetType.UPDATE, new ChangeSets.Body(template(77)), Map.of());
    changeSets.await(orphan, FAST.operationTimeout());
    String other = template(78);
    clients
        .cloudFormation()
        .createChangeSet(
            b ->
                b.stackName(STACK)
                    .changeSetName("someone-else")
                    .changeSetType(ChangeSetType.UPDATE)
                    .templateBody(other));
    out.clear();
    DeployResult result =
        new StackDeployer(clients, out, FAST).deploy(request(template(45), Confirmation.refuse()));
    assertEquals(Outcome.SUCCEEDED, result.outcome(), out.text() + "\n" + result);
    assertTrue(
        out.text()
            .contains("Deleted 1 change set(s) an interrupted deploy left on cmds-dev: formwork-"),
        out.text());
    List<String> left =
        clients.cloudFormation().listChangeSets(b -> b.stackName(STACK)).summaries().stream()
            // moto also lists executed change sets, which CloudFormation drops after execution.
            .filter(summary -> "AVAILABLE".equals(summary.executionStatusAsString()))
            .map(summary -> summary.changeSetName())
            .toList();
    assertEquals(List.of("someone-else"), left, "only formwork's own change sets are deleted");
  }

  /**
   * Issue §5: when the connection drops after the change set was executed, the result says the
   * stack may have changed, and the rerun reports the stack as it is.
   */
  @Test
  void aConnectionLostAfterExecuteSaysTheStackMayHaveChangedAndTheRerunTellsTheTruth()
      throws Exception {
    deployBaseline();
    AtomicBoolean executed = new AtomicBoolean(false);
    proxy.add(
        new FaultProxy.Rule() {
          @Override
          public boolean matches(FaultProxy.Seen request) {
            if (request.action().equals("ExecuteChangeSet")) {
              executed.set(true);
              return false;
            }
            return executed.get()
                && (request.action().equals("DescribeStacks")
                    || request.action().equals("DescribeStackEvents"));
          }

          @Override
          public Optional<FaultProxy.Reply> answer(FaultProxy.Seen request) {
            return Optional.of(new FaultProxy.Reply(502, "text/plain", new byte[0]));
          }

          @Override
          public FaultProxy.Reply rewrite(FaultProxy.Seen request, FaultProxy.Reply fromMoto) {
            return fromMoto;
          }
        });
    DeployResult lost =
        new StackDeployer(clients, out, FAST).deploy(request(template(45), Confirmation.refuse()));
    assertEquals(Outcome.FAILED, lost.outcome(), out.text() + "\n" + lost);
    assertEquals(3, lost.exitCode());
    assertTrue(
        lost.message()
            .startsWith(
                "The connection to CloudFormation failed after the change set of cmds-dev was sent"
                    + " for execution"),
        lost.message());
    assertTrue(lost.message().endsWith("the stack may have changed, and may still be changing."));
    assertTrue(lost.hint().orElseThrow().contains("`formwork deploy` again"), lost.hint().get());

    executed.set(false);
    proxy.forget();
    out.clear();
    DeployResult rerun =
        new StackDeployer(clients, out, FAST).deploy(request(template(45), Confirmation.refuse()));
    assertEquals(Outcome.NO_CHANGES, rerun.outcome(), out.text());
    assertTrue(
        out.text().contains("No changes: stack cmds-dev is up to date (UPDATE_COMPLETE)."),
        out.text());
  }

  @Test
  void previewOfAnUpdateShowsTheModification() throws Exception {
    deployBaseline();
    DeployResult result =
        new StackDeployer(clients, out, FAST).preview(request(template(90), Confirmation.refuse()));
    assertEquals(Outcome.SUCCEEDED, result.outcome(), out.text() + "\n" + result);
    assertTrue(out.text().contains("~ OrdersQueue (AWS::SQS::Queue)"), out.text());
    assertEquals(0, proxy.count(FaultProxy.action("ExecuteChangeSet")));
    assertEquals(
        "CREATE_COMPLETE",
        new StackReader(clients.cloudFormation()).state(STACK).orElseThrow().status());
  }

  @Test
  void diffComparesTheDeployedTemplateResourceByResource() throws Exception {
    StackDiffer.DiffOutcome before = new StackDiffer(clients).diff(template(30));
    assertEquals(
        6, before.diff().orElseThrow().resources().size(), "no stack: everything is added");
    deployBaseline();
    TemplateDiff diff = new StackDiffer(clients).diff(template(45)).diff().orElseThrow();
    assertEquals(
        List.of(
            "Resources:",
            "  ~ OrdersQueue (AWS::SQS::Queue)",
            "      Properties.VisibilityTimeout: 30 -> 45"),
        diff.render());
    assertTrue(new StackDiffer(clients).diff(template(30)).diff().orElseThrow().isEmpty());
  }

  @Test
  void infoListsStatusAndResourcesWithTheirParams() throws Exception {
    assertEquals(Optional.empty(), new StackInspector(clients).info());
    deployBaseline();
    StackInfo info = new StackInspector(clients).info().orElseThrow();
    assertEquals("CREATE_COMPLETE", info.status());
    StackInfo.Resource queue =
        info.resources().stream()
            .filter(r -> r.logicalId().equals("OrdersQueue"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        "arn:aws:sqs:eu-west-1:123456789012:" + queue.params().get("name"),
        queue.params().get("arn"));
    assertTrue(queue.params().get("url").startsWith("http"), queue.params().toString());
    StackInfo.Resource function =
        info.resources().stream()
            .filter(r -> r.logicalId().equals("HelloFunction"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        "arn:aws:lambda:eu-west-1:123456789012:function:cmds-dev-hello",
        function.params().get("arn"));
    assertTrue(
        String.join("\n", info.render()).contains("OrdersQueue (AWS::SQS::Queue) CREATE_COMPLETE"));
  }

  @Test
  void invokesTheDeployedFunctionSyncAndAsync() throws Exception {
    deployBaseline();
    RemoteInvoker invoker = new RemoteInvoker(clients.lambda());
    // moto's Lambda without Docker answers a synchronous call with the event it was sent.
    RemoteInvoker.Result sync =
        invoker.invoke(
            new RemoteInvoker.Request(
                "cmds-dev-hello", "{\"ping\":1}", false, Optional.empty(), Duration.ofSeconds(30)));
    assertEquals(200, sync.statusCode());
    assertEquals("{\"ping\":1}", sync.payload());
    assertEquals(0, sync.exitCode());
    RemoteInvoker.Result async =
        invoker.invoke(
            new RemoteInvoker.Request(
                "cmds-dev-hello", "{}", true, Optional.empty(), Duration.ofSeconds(30)));
    assertEquals(202, async.statusCode());
    assertTrue(
        proxy.seen().stream()
            .anyMatch(s -> s.path().endsWith("/functions/cmds-dev-hello/invocations")));
  }

  @Test
  void aTemplateOver51200BytesGoesThroughS3() throws Exception {
    String big =
        template(30)
            .replace(
                "\"Description\": \"",
                "\"Metadata\": {\"Padding\": \""
                    + "x".repeat(60_000)
                    + "\"},\n  \"Description\": \"");
    DeployResult result =
        new StackDeployer(clients, out, FAST).deploy(request(big, Confirmation.refuse()));
    assertEquals(Outcome.SUCCEEDED, result.outcome(), out.text() + "\n" + result);
    FaultProxy.Seen create =
        proxy.seen().stream()
            .filter(s -> s.action().equals("CreateChangeSet"))
            .findFirst()
            .orElseThrow();
    assertTrue(
        create
            .body()
            .contains(
                "TemplateURL=https%3A%2F%2Fs3.eu-west-1.amazonaws.com%2Ffw-cmds-dev-123456789012-eu-west-1%2Ftemplates%2F"),
        create.body());
    assertFalse(create.body().contains("TemplateBody="));
  }

  @Test
  void removingAStatefulResourceNeedsConfirmation() throws Exception {
    deployBaseline();
    String withoutUploads =
        template(30)
            .replaceAll("(?s)\"UploadsBucket\": \\{.*?\"Type\": \"AWS::S3::Bucket\"\\s*},", "");
    assertFalse(withoutUploads.contains("UploadsBucket"));
    DeployResult refused =
        new StackDeployer(clients, out, FAST)
            .deploy(request(withoutUploads, Confirmation.refuse()));
    assertEquals(Outcome.REFUSED, refused.outcome(), out.text() + "\n" + refused);
    assertEquals(3, refused.exitCode());
    assertTrue(
        refused.message().contains("UploadsBucket (AWS::S3::Bucket, remove)"), refused.message());
    assertEquals(0, proxy.count(FaultProxy.action("ExecuteChangeSet")));
    assertEquals(1, proxy.count(FaultProxy.action("DeleteChangeSet")));

    DeployResult accepted =
        new StackDeployer(clients, out, FAST)
            .deploy(request(withoutUploads, Confirmation.assumeYes()));
    assertEquals(Outcome.SUCCEEDED, accepted.outcome(), out.text() + "\n" + accepted);
  }

  /** moto executes every update successfully; the failure and rollback events are injected. */
  @Test
  void aFailedUpdateNamesTheFirstFailingResourceAndExitsThreeAfterTheRollback() throws Exception {
    deployBaseline();
    AtomicBoolean executed = new AtomicBoolean(false);
    AtomicInteger polls = new AtomicInteger();
    proxy.add(
        FaultProxy.rewriteWhile(
            s -> {
              if (s.action().equals("ExecuteChangeSet")) {
                executed.set(true);
              }
              return s.action().equals("DescribeStacks")
                  || s.action().equals("DescribeStackEvents");
            },
            executed::get,
            reply -> {
              String xml = reply.text();
              if (xml.contains("<StackEvents>")) {
                return FaultProxy.Reply.xml(
                    reply.status(),
                    xml.replaceFirst(
                        "<StackEvents>",
                        "<StackEvents>"
                            + event(
                                "e3",
                                "HelloFunction",
                                "AWS::Lambda::Function",
                                "UPDATE_FAILED",
                                "Resource update cancelled",
                                "07:00:02")
                            + event(
                                "e2",
                                "OrdersQueue",
                                "AWS::SQS::Queue",
                                "UPDATE_FAILED",
                                "Resource handler returned message: \"Value 100000 for parameter"
                                    + " VisibilityTimeout is invalid.\"",
                                "07:00:01")));
              }
              String status =
                  polls.incrementAndGet() <= 2
                      ? "UPDATE_ROLLBACK_IN_PROGRESS"
                      : "UPDATE_ROLLBACK_COMPLETE";
              return FaultProxy.Reply.xml(
                  reply.status(),
                  xml.replaceAll(
                      "<StackStatus>[A-Z_]+</StackStatus>",
                      "<StackStatus>" + status + "</StackStatus>"));
            }));
    DeployResult result =
        new StackDeployer(clients, out, FAST)
            .deploy(request(template(100_000), Confirmation.refuse()));
    assertEquals(Outcome.FAILED, result.outcome(), out.text() + "\n" + result);
    assertEquals(3, result.exitCode());
    assertEquals(
        "The deploy of cmds-dev failed and ended in UPDATE_ROLLBACK_COMPLETE: OrdersQueue"
            + " (AWS::SQS::Queue) failed: Resource handler returned message: \"Value 100000 for"
            + " parameter VisibilityTimeout is invalid.\"",
        result.message());
    assertTrue(out.text().contains("UPDATE_FAILED"), out.text());
  }

  private static String event(
      String id, String logicalId, String type, String status, String reason, String time) {
    return "<member><StackId>arn:aws:cloudformation:eu-west-1:123456789012:stack/cmds-dev/x</StackId><EventId>"
        + id
        + "</EventId><StackName>cmds-dev</StackName><LogicalResourceId>"
        + logicalId
        + "</LogicalResourceId><ResourceType>"
        + type
        + "</ResourceType><Timestamp>2026-01-01T"
        + time
        + ".000Z</Timestamp><ResourceStatus>"
        + status
        + "</ResourceStatus><ResourceStatusReason>"
        + reason.replace("\"", "&quot;")
        + "</ResourceStatusReason></member>";
  }

  @Test
  void aScriptGetsConnectToVariablesFromTheDeployedStackWithSecretsReadAtRunTime()
      throws Exception {
    deployBaseline();
    clients
        .secretsManager()
        .createSecret(
            b -> b.name("cmds-db").secretString("{\"password\":\"correct-horse-battery\"}"));
    StackInfo info = new StackInspector(clients).info().orElseThrow();
    StackInfo.Resource queue =
        info.resources().stream()
            .filter(r -> r.logicalId().equals("OrdersQueue"))
            .findFirst()
            .orElseThrow();
    Map<String, Map<String, String>> params =
        Map.of(
            "ordersQueue", queue.params(),
            "mainDb",
                Map.of("password", "{{resolve:secretsmanager:cmds-db:SecretString:password::}}"));
    LocalScript script =
        LocalScript.command(
                "migrate",
                "echo \"$STP_ORDERS_QUEUE_NAME $STP_MAIN_DB_PASSWORD ${#STP_MAIN_DB_PASSWORD}\"")
            .withConnectTo(List.of("ordersQueue", "mainDb"));
    LocalScriptRunner runner =
        new LocalScriptRunner(
            dir, out, Optional.of(new SecretsManagerResolver(clients.secretsManager())));
    LocalScriptRunner.Result result =
        runner.run(script, StpVariables.forConnectTo("migrate", script.connectTo(), params));
    assertEquals(0, result.exitCode());
    assertEquals(List.of(queue.params().get("name") + " **** 21"), result.outputTail());
    assertFalse(out.text().contains("correct-horse"), out.text());
  }

  @Test
  void deletingAMissingStackAndRollingBackAHealthyOneChangeNothing() throws Exception {
    DeployResult missing = new StackRemover(clients, out, FAST).delete(Confirmation.refuse());
    assertEquals(Outcome.SUCCEEDED, missing.outcome(), missing.toString());
    assertEquals("Stack cmds-dev does not exist; nothing to delete.", missing.message());
    deployBaseline();
    DeployResult declined = new StackRemover(clients, out, FAST).delete(Confirmation.refuse());
    assertEquals(Outcome.REFUSED, declined.outcome());
    assertEquals(0, proxy.count(FaultProxy.action("DeleteStack")));
    DeployResult rollback = new StackRollback(clients, out, FAST).rollback(List.of());
    assertEquals(Outcome.REFUSED, rollback.outcome());
    assertTrue(rollback.message().contains("CREATE_COMPLETE"), rollback.message());
    assertEquals(0, proxy.count(FaultProxy.action("ContinueUpdateRollback")));
  }
}
