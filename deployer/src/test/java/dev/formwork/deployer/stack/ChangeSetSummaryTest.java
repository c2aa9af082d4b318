package dev.formwork.deployer.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudformation.model.Change;
import software.amazon.awssdk.services.cloudformation.model.ResourceChange;
import software.amazon.awssdk.services.cloudformation.model.ResourceChangeDetail;

class ChangeSetSummaryTest {

  static Change change(
      String action, String id, String type, String replacement, String... properties) {
    ResourceChange.Builder rc =
        ResourceChange.builder().action(action).logicalResourceId(id).resourceType(type);
    if (replacement != null) {
      rc.replacement(replacement);
    }
    rc.details(
        java.util.Arrays.stream(properties)
            .map(
                p ->
                    ResourceChangeDetail.builder()
                        .target(t -> t.attribute("Properties").name(p))
                        .build())
            .toList());
    return Change.builder().type("Resource").resourceChange(rc.build()).build();
  }

  static final List<Change> CHANGES =
      List.of(
          change("Modify", "UploadsBucket", "AWS::S3::Bucket", "True", "BucketName"),
          change("Add", "NewQueue", "AWS::SQS::Queue", null),
          change("Remove", "OldTopic", "AWS::SNS::Topic", null),
          change(
              "Modify", "HelloFunction", "AWS::Lambda::Function", "False", "MemorySize", "Timeout"),
          change("Remove", "OrdersTable", "AWS::DynamoDB::Table", null),
          change("Modify", "HelloRole", "AWS::IAM::Role", "Conditional", "RoleName"));

  @Test
  void rendersCountsAndOneLinePerResourceWithReplacementsHighlighted() {
    List<String> lines = ChangeSetRenderer.render(ChangeSetSummary.from(CHANGES), false);
    assertEquals(
        List.of(
            "Changes: 1 to add, 1 to modify, 2 to replace, 2 to remove",
            "  + NewQueue (AWS::SQS::Queue)",
            "  ~ HelloFunction (AWS::Lambda::Function)  [MemorySize, Timeout]",
            "  ! HelloRole (AWS::IAM::Role)  REPLACEMENT (conditional)  [RoleName]",
            "  ! UploadsBucket (AWS::S3::Bucket)  REPLACEMENT  [BucketName]  <- data in this"
                + " resource will be lost",
            "  - OldTopic (AWS::SNS::Topic)",
            "  - OrdersTable (AWS::DynamoDB::Table)  <- data in this resource will be lost"),
        lines);
  }

  @Test
  void riskyMeansReplacingOrRemovingAStatefulResource() {
    List<String> risky =
        ChangeSetSummary.from(CHANGES).risky().stream()
            .map(ChangeSetSummary.Entry::logicalId)
            .toList();
    assertEquals(List.of("UploadsBucket", "OrdersTable"), risky);
  }

  @Test
  void colourIsUsedOnlyWhenAsked() {
    List<String> coloured = ChangeSetRenderer.render(ChangeSetSummary.from(CHANGES), true);
    assertTrue(coloured.get(4).startsWith("\u001b[31m"), coloured.get(4));
    assertTrue(
        ChangeSetRenderer.render(ChangeSetSummary.from(CHANGES), false).stream()
            .noneMatch(l -> l.contains("\u001b")));
  }

  @Test
  void noChangeReasonsAreRecognisedInBothWordings() {
    assertTrue(
        ChangeSets.meansNoChanges(
            "The submitted information didn't contain changes. Submit different information to"
                + " create a change set."));
    assertTrue(ChangeSets.meansNoChanges("No updates are to be performed."));
    assertEquals(false, ChangeSets.meansNoChanges("Requires capabilities : [CAPABILITY_IAM]"));
    assertEquals(false, ChangeSets.meansNoChanges(null));
  }

  /** Issue §3: a replacement names the property that forces it, in config terms when known. */
  @Test
  void aReplacementNamesThePropertyThatForcesItAndTheConfigResourceBehindIt() {
    Change mapping =
        Change.builder()
            .type("Resource")
            .resourceChange(
                ResourceChange.builder()
                    .action("Modify")
                    .logicalResourceId("WorkerClicksKinesisEventSourceMapping")
                    .resourceType("AWS::Lambda::EventSourceMapping")
                    .replacement("True")
                    .details(
                        ResourceChangeDetail.builder()
                            .target(
                                t ->
                                    t.attribute("Properties")
                                        .name("StartingPosition")
                                        .requiresRecreation("Always"))
                            .build(),
                        ResourceChangeDetail.builder()
                            .target(
                                t ->
                                    t.attribute("Properties")
                                        .name("BatchSize")
                                        .requiresRecreation("Never"))
                            .build())
                    .build())
            .build();
    dev.formwork.deployer.diff.ConfigLabels labels =
        new dev.formwork.deployer.diff.ConfigLabels() {
          @Override
          public java.util.Optional<String> owner(String logicalId) {
            return java.util.Optional.of("resources.worker");
          }

          @Override
          public java.util.Optional<String> property(String type, String path) {
            return java.util.Optional.of(
                path.equals("BatchSize") ? "batchSize" : "startingPosition");
          }
        };
    ChangeSetSummary summary = ChangeSetSummary.from(List.of(mapping));
    assertEquals(List.of("StartingPosition"), summary.entries().get(0).replacedBy());
    assertEquals(
        List.of(
            "Changes: 0 to add, 0 to modify, 1 to replace, 0 to remove",
            "  ! WorkerClicksKinesisEventSourceMapping (AWS::Lambda::EventSourceMapping)  from"
                + " resources.worker  REPLACEMENT forced by StartingPosition  [StartingPosition"
                + " (startingPosition), BatchSize (batchSize)]",
            "      Lambda refuses a second mapping of the function on this source while the old"
                + " one exists: remove the event, deploy, then add it back."),
        ChangeSetRenderer.render(summary, false, labels));
  }
}
