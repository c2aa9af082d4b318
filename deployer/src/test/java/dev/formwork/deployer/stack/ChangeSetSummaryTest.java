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
}
