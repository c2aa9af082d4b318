package dev.formwork.deployer.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonParser;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateDiffTest {

  static JsonObject parse(String text) throws Exception {
    return (JsonObject) JsonParser.parse(text);
  }

  @Test
  void showsAddedRemovedAndChangedResourcesWithPropertyPaths() throws Exception {
    JsonObject deployed =
        parse(
            "{\"Resources\":{"
                + "\"Queue\":{\"Type\":\"AWS::SQS::Queue\",\"Properties\":{\"VisibilityTimeout\":30,\"Tags\":[{\"Key\":\"a\",\"Value\":\"1\"}]}},"
                + "\"Old\":{\"Type\":\"AWS::SNS::Topic\"},\"Same\":{\"Type\":\"AWS::S3::Bucket\"}},"
                + "\"Outputs\":{\"Url\":{\"Value\":{\"Ref\":\"Queue\"}}}}");
    JsonObject local =
        parse(
            "{\"Resources\":{"
                + "\"Queue\":{\"Type\":\"AWS::SQS::Queue\",\"Properties\":{\"VisibilityTimeout\":60,\"DelaySeconds\":5,\"Tags\":[{\"Key\":\"a\",\"Value\":\"2\"}]}},"
                + "\"New\":{\"Type\":\"AWS::Lambda::Function\"},"
                + "\"Same\":{\"Type\":\"AWS::S3::Bucket\"}},"
                + "\"Outputs\":{\"Url\":{\"Value\":{\"Ref\":\"Queue\"}},\"Arn\":{\"Value\":\"x\"}}}");
    List<String> lines = TemplateDiff.between(deployed, local).render();
    assertEquals(
        List.of(
            "Resources:",
            "  + New (AWS::Lambda::Function)",
            "  - Old (AWS::SNS::Topic)",
            "  ~ Queue (AWS::SQS::Queue)",
            "      Properties.DelaySeconds: (absent) -> 5",
            "      Properties.Tags: [{\"Key\":\"a\",\"Value\":\"1\"}] ->"
                + " [{\"Key\":\"a\",\"Value\":\"2\"}]",
            "      Properties.VisibilityTimeout: 30 -> 60",
            "Outputs:",
            "  + Arn"),
        lines);
  }

  @Test
  void identicalTemplatesHaveNoDifferences() throws Exception {
    JsonObject template = parse("{\"Resources\":{\"Q\":{\"Type\":\"AWS::SQS::Queue\"}}}");
    TemplateDiff diff = TemplateDiff.between(template, template);
    assertTrue(diff.isEmpty());
    assertEquals(
        List.of("No differences between the deployed and the local template."), diff.render());
  }

  @Test
  void aTypeChangeIsFlaggedAsAReplacement() throws Exception {
    List<String> lines =
        TemplateDiff.between(
                parse("{\"Resources\":{\"Q\":{\"Type\":\"AWS::SQS::Queue\"}}}"),
                parse("{\"Resources\":{\"Q\":{\"Type\":\"AWS::SNS::Topic\"}}}"))
            .render();
    assertEquals(
        "      Type: \"AWS::SQS::Queue\" -> \"AWS::SNS::Topic\"  (a new type replaces the"
            + " resource)",
        lines.get(2));
  }
}
