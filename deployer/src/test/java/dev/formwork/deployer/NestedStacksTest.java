package dev.formwork.deployer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.formwork.deployer.diff.ConfigLabels;
import dev.formwork.deployer.history.DeploymentHistory;
import dev.formwork.deployer.history.DeploymentRecord;
import dev.formwork.deployer.history.Provenance;
import dev.formwork.deployer.stack.NestedStacks;
import dev.formwork.deployer.stack.StackReader;
import dev.formwork.deployer.testing.FaultProxy;
import dev.formwork.deployer.testing.ProxiedMotoTest;
import dev.formwork.deployer.testing.RecordingSink;
import dev.formwork.deployer.testing.StackFixture;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * A stack with a nested stack against moto over HTTP (started with the nested-stack output shim):
 * nested templates uploaded once under their content keys, change sets that include nested stacks,
 * the events of nested stacks, and delete emptying their buckets. moto makes no change set for a
 * nested stack and reports no resource events, so those answers are injected at the HTTP layer,
 * shaped as CloudFormation's.
 */
class NestedStacksTest extends ProxiedMotoTest {

  static final String STACK = "split-dev";
  static final String NESTED_CHANGE_SET =
      "arn:aws:cloudformation:eu-west-1:123456789012:changeSet/nested-1/0000";

  @Override
  protected String stackName() {
    return STACK;
  }

  @Override
  protected String helloSource() {
    return "exports.handler = async () => 'hi';";
  }

  private DeployResult deploy(
      StackFixture.SplitApp app, Confirmation confirmation, boolean preview) {
    return deploy(app, confirmation, preview, StackSettings.DEFAULTS);
  }

  private DeployResult deploy(
      StackFixture.SplitApp app,
      Confirmation confirmation,
      boolean preview,
      StackSettings settings) {
    DeployRequest request =
        new DeployRequest(
            app.root(),
            manifest,
            dir,
            Map.of(),
            confirmation,
            settings,
            ConfigLabels.NONE,
            Map.of(),
            app.nested());
    StackDeployer deployer = new StackDeployer(clients, out, FAST);
    return preview ? deployer.preview(request) : deployer.deploy(request);
  }

  @Test
  void nestedTemplatesAreUploadedOnceUnderTheirKeysAndChangeSetsIncludeNestedStacks()
      throws Exception {
    StackFixture.SplitApp app = StackFixture.splitApp(STACK, hello, "1");

    DeployResult created = deploy(app, Confirmation.refuse(), false);
    assertThat(created.outcome()).as(out.text()).isEqualTo(Outcome.SUCCEEDED);
    assertThat(out.text()).contains("Nested templates: 1 uploaded, 0 already in");
    assertThat(proxy.seen())
        .anyMatch(
            s ->
                s.action().equals("CreateChangeSet")
                    && s.body().contains("IncludeNestedStacks=true"));
    List<NestedStacks.Member> stacks = new NestedStacks(clients.cloudFormation()).all(STACK);
    assertThat(stacks).extracting(NestedStacks.Member::path).containsExactly("", "NestedStack01");
    assertThat(stacks.get(1).resources())
        .extracting(r -> r.logicalResourceId())
        .containsExactly("HelloFunction", "HelloRole", "UploadsBucket");

    out = new RecordingSink();
    proxy.forget();
    DeployResult again = deploy(app, Confirmation.refuse(), false);
    assertThat(again.outcome()).as(out.text()).isEqualTo(Outcome.NO_CHANGES);
    assertThat(out.text()).contains("Nested templates: 0 uploaded, 1 already in");
    assertThat(proxy.count(putObject("templates/"))).isZero();
  }

  @Test
  void aNestedTemplateThatDoesNotMatchItsKeyIsRefusedBeforeAnyUpload() throws Exception {
    StackFixture.SplitApp app = StackFixture.splitApp(STACK, hello, "1");
    SortedMap<String, String> tampered = new TreeMap<>();
    app.nested().forEach((key, body) -> tampered.put(key, body.replace("\"1\"", "\"2\"")));

    DeployResult result =
        deploy(new StackFixture.SplitApp(app.root(), tampered), Confirmation.refuse(), false);

    assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(result.message()).contains("does not match its key");
    assertThat(proxy.count(putObject("templates/"))).isZero();
    assertThat(proxy.count(FaultProxy.action("CreateChangeSet"))).isZero();
  }

  @Test
  void previewShowsChangesInsideANestedStackAndDeployAsksBeforeItsDataIsLost() throws Exception {
    assertThat(
            deploy(StackFixture.splitApp(STACK, hello, "1"), Confirmation.refuse(), false)
                .outcome())
        .isEqualTo(Outcome.SUCCEEDED);
    // CloudFormation names the nested stack's own change set in the root's change for it.
    proxy.add(
        FaultProxy.rewriteWhile(
            s -> s.action().equals("DescribeChangeSet") && !s.body().contains("nested-1"),
            () -> true,
            reply ->
                FaultProxy.Reply.xml(
                    reply.status(),
                    reply
                        .text()
                        .replace(
                            "<LogicalResourceId>NestedStack01</LogicalResourceId>",
                            "<LogicalResourceId>NestedStack01</LogicalResourceId><ChangeSetId>"
                                + NESTED_CHANGE_SET
                                + "</ChangeSetId>"))));
    proxy.add(
        FaultProxy.failTimes(
            s -> s.action().equals("DescribeChangeSet") && s.body().contains("nested-1"),
            Integer.MAX_VALUE,
            FaultProxy.Reply.xml(200, nestedChangeSet())));

    out = new RecordingSink();
    DeployResult preview =
        deploy(StackFixture.splitApp(STACK, hello, "2"), Confirmation.refuse(), true);
    assertThat(preview.outcome()).as(out.text()).isEqualTo(Outcome.SUCCEEDED);
    assertThat(out.lines())
        .containsSubsequence(
            "Changes: 0 to add, 2 to modify, 0 to replace, 1 to remove",
            "  ~ NestedStack01 (AWS::CloudFormation::Stack)",
            "      ~ HelloFunction (AWS::Lambda::Function)  [Environment]",
            "      - UploadsBucket (AWS::S3::Bucket)  <- data in this resource will be lost");

    DeployResult refused =
        deploy(StackFixture.splitApp(STACK, hello, "2"), Confirmation.refuse(), false);
    assertThat(refused.outcome()).isEqualTo(Outcome.REFUSED);
    assertThat(refused.message()).contains("NestedStack01/UploadsBucket (AWS::S3::Bucket, remove)");
  }

  @Test
  void eventsInsideANestedStackAreShownUnderItsName() throws Exception {
    proxy.add(
        FaultProxy.rewriteWhile(
            s -> s.action().equals("DescribeStackEvents") && s.body().contains("NestedStack01"),
            () -> true,
            reply ->
                FaultProxy.Reply.xml(
                    reply.status(),
                    reply
                        .text()
                        .replace(
                            "<StackEvents>",
                            "<StackEvents><member><StackId>nested</StackId><EventId>hello-1</EventId>"
                                + "<StackName>nested</StackName>"
                                + "<LogicalResourceId>HelloFunction</LogicalResourceId>"
                                + "<PhysicalResourceId>split-dev-hello</PhysicalResourceId>"
                                + "<ResourceType>AWS::Lambda::Function</ResourceType>"
                                + "<Timestamp>2999-01-01T00:00:00Z</Timestamp>"
                                + "<ResourceStatus>CREATE_COMPLETE</ResourceStatus></member>"))));

    DeployResult created =
        deploy(StackFixture.splitApp(STACK, hello, "1"), Confirmation.refuse(), false);

    assertThat(created.outcome()).as(out.text()).isEqualTo(Outcome.SUCCEEDED);
    assertThat(out.lines())
        .anyMatch(
            line ->
                line.contains("CREATE_COMPLETE")
                    && line.contains("AWS::Lambda::Function")
                    && line.endsWith("NestedStack01/HelloFunction"));
  }

  @Test
  void deleteEmptiesTheBucketsOfNestedStacks() throws Exception {
    assertThat(
            deploy(StackFixture.splitApp(STACK, hello, "1"), Confirmation.refuse(), false)
                .outcome())
        .isEqualTo(Outcome.SUCCEEDED);
    clients
        .s3()
        .putObject(b -> b.bucket(STACK + "-uploads").key("a.txt"), RequestBody.fromString("a"));

    DeployResult deleted = new StackRemover(clients, out, FAST).delete(Confirmation.assumeYes());

    assertThat(deleted.outcome()).as(out.text()).isEqualTo(Outcome.SUCCEEDED);
    assertThat(out.text()).contains("Emptied bucket " + STACK + "-uploads (1 object versions)");
    assertThat(new StackReader(clients.cloudFormation()).state(STACK).map(s -> s.status()))
        .isIn(Optional.empty(), Optional.of("DELETE_COMPLETE"));
  }

  @Test
  void previewOfANewSplitAppUploadsOnlyItsNestedTemplatesAndRemovesTheBucketItCreated()
      throws Exception {
    StackFixture.SplitApp app = StackFixture.splitApp(STACK, hello, "1");

    DeployResult preview = deploy(app, Confirmation.refuse(), true);

    assertThat(preview.outcome()).as(out.text()).isEqualTo(Outcome.SUCCEEDED);
    // The change set reads the nested template from the bucket; it reads no code.
    assertThat(out.text()).contains("Nested templates: 1 uploaded, 0 already in");
    assertThat(proxy.count(putObject("templates/"))).isEqualTo(1);
    assertThat(proxy.count(putObject("artifacts/"))).isZero();
    assertThat(proxy.seen())
        .anyMatch(
            s ->
                s.action().equals("CreateChangeSet")
                    && s.body().contains("IncludeNestedStacks=true"));
    String bucket = new StackDeployer(clients, out, FAST).deploymentBucketName();
    assertThat(out.text()).contains("Removed the deployment bucket " + bucket);
    assertThat(clients.s3().listBuckets().buckets()).noneMatch(b -> b.name().equals(bucket));
  }

  @Test
  void pruningKeepsTheNestedTemplatesOfTheLiveStack() throws Exception {
    StackSettings keepOne =
        new StackSettings(false, Optional.empty(), List.of(), 0, false, List.of(), 1);
    StackFixture.SplitApp first = StackFixture.splitApp(STACK, hello, "1");
    StackFixture.SplitApp second = StackFixture.splitApp(STACK, hello, "2");
    String bucket = new StackDeployer(clients, out, FAST).deploymentBucketName();
    DeploymentHistory history = new DeploymentHistory(clients.s3(), bucket);
    Provenance who =
        new Provenance(Instant.EPOCH, "test", Optional.empty(), Optional.empty(), "tester");
    for (StackFixture.SplitApp app : List.of(first, second)) {
      assertThat(deploy(app, Confirmation.assumeYes(), false, keepOne).outcome())
          .as(out.text())
          .isEqualTo(Outcome.SUCCEEDED);
      // What the CLI does after a success: record the deployment, then prune
      // (previousVersionsToKeep: 1).
      history.record(
          DeploymentRecord.Kind.DEPLOY,
          app.root(),
          manifest,
          app.nested().keySet(),
          Map.of(),
          who,
          Optional.empty());
      Set<String> live = new TreeSet<>(app.nested().keySet());
      manifest.artifacts().values().forEach(artifact -> live.add(artifact.s3Key()));
      history.prune(keepOne.deploymentsToKeep(), live);
    }

    List<String> templates =
        clients.s3().listObjectsV2(b -> b.bucket(bucket).prefix("templates/")).contents().stream()
            .map(o -> o.key())
            .toList();
    // Only the live deployment is kept: its nested template stays, the first one's is pruned.
    assertThat(templates).containsExactlyElementsOf(second.nested().keySet());
    assertThat(history.list())
        .singleElement()
        .satisfies(
            kept -> {
              assertThat(kept.nestedTemplateKeys())
                  .containsExactlyElementsOf(second.nested().keySet());
              assertThat(history.missingObjects(kept, history.manifest(kept))).isEmpty();
              assertThat(history.nestedTemplates(kept)).isEqualTo(second.nested());
            });
  }

  private static Predicate<FaultProxy.Seen> putObject(String prefix) {
    return s -> s.method().equals("PUT") && s.path().contains("/" + prefix);
  }

  /** The nested stack's change set as DescribeChangeSet answers it: one modify, one remove. */
  private static String nestedChangeSet() {
    return "<DescribeChangeSetResponse"
        + " xmlns=\"http://cloudformation.amazonaws.com/doc/2010-05-15/\">"
        + "<DescribeChangeSetResult><ChangeSetName>nested-1</ChangeSetName><ChangeSetId>"
        + NESTED_CHANGE_SET
        + "</ChangeSetId><Status>CREATE_COMPLETE</Status><ExecutionStatus>AVAILABLE</ExecutionStatus>"
        + "<Changes><member><Type>Resource</Type><ResourceChange><Action>Modify</Action>"
        + "<LogicalResourceId>HelloFunction</LogicalResourceId>"
        + "<ResourceType>AWS::Lambda::Function</ResourceType><Replacement>False</Replacement>"
        + "<Details><member><Target><Attribute>Properties</Attribute><Name>Environment</Name>"
        + "</Target></member></Details></ResourceChange></member>"
        + "<member><Type>Resource</Type><ResourceChange><Action>Remove</Action>"
        + "<LogicalResourceId>UploadsBucket</LogicalResourceId>"
        + "<ResourceType>AWS::S3::Bucket</ResourceType></ResourceChange></member>"
        + "</Changes></DescribeChangeSetResult>"
        + "<ResponseMetadata><RequestId>fault-proxy</RequestId></ResponseMetadata>"
        + "</DescribeChangeSetResponse>";
  }
}
