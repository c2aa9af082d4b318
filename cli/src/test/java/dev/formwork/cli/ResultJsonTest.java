package dev.formwork.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.formwork.deployer.diff.ConfigLabels;
import dev.formwork.deployer.stack.ChangeSetSummary;
import dev.formwork.schema.json.JsonWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The JSON of a change set with a nested stack's own changes under its stack resource's entry. */
class ResultJsonTest {

  @Test
  void aNestedStacksChangesAreUnderItsStackResource() {
    ChangeSetSummary nested =
        new ChangeSetSummary(
            List.of(
                new ChangeSetSummary.Entry(
                    ChangeSetSummary.Kind.REMOVE,
                    "UploadsBucket",
                    "AWS::S3::Bucket",
                    false,
                    List.of())));
    ChangeSetSummary root =
        new ChangeSetSummary(
                List.of(
                    new ChangeSetSummary.Entry(
                        ChangeSetSummary.Kind.MODIFY,
                        "NestedStack01",
                        "AWS::CloudFormation::Stack",
                        false,
                        List.of("TemplateURL"))))
            .withNested(new TreeMap<>(Map.of("NestedStack01", nested)));

    assertThat(JsonWriter.compact(ResultJson.changes(root, ConfigLabels.NONE)))
        .isEqualTo(
            "[{\"action\":\"modify\",\"conditional\":false,\"configResource\":null,"
                + "\"dataLoss\":false,\"logicalId\":\"NestedStack01\",\"nestedChanges\":"
                + "[{\"action\":\"remove\",\"conditional\":false,\"configResource\":null,"
                + "\"dataLoss\":true,\"logicalId\":\"UploadsBucket\",\"note\":null,"
                + "\"properties\":[],\"replacedBy\":[],\"type\":\"AWS::S3::Bucket\"}],"
                + "\"note\":null,\"properties\":[{\"configProperty\":null,"
                + "\"forcesReplacement\":false,\"name\":\"TemplateURL\"}],\"replacedBy\":[],"
                + "\"type\":\"AWS::CloudFormation::Stack\"}]");
  }
}
