package dev.formwork.deployer.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonParser;
import java.util.List;
import java.util.Optional;
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
        List.of(
            "Resources:",
            "  ! Q (AWS::SNS::Topic)",
            "      Type: \"AWS::SQS::Queue\" -> \"AWS::SNS::Topic\"",
            "      replaces the resource: Type (a new type is a new resource)"),
        lines);
  }

  /** Issue §3: changes in config terms, and the property that forces a replacement. */
  @Test
  void changesNameTheirConfigResourceAndPropertyAndWhyAResourceIsReplaced() throws Exception {
    String before =
        "{\"Resources\":{\"WorkerJobsSqsEventSourceMapping\":{\"Type\":"
            + "\"AWS::Lambda::EventSourceMapping\",\"Properties\":{\"BatchSize\":5,"
            + "\"StartingPosition\":\"TRIM_HORIZON\",\"Other\":1}}}}";
    String after = before.replace("5,", "7,").replace("TRIM_HORIZON", "LATEST");
    ConfigLabels labels =
        new ConfigLabels() {
          @Override
          public Optional<String> owner(String logicalId) {
            return Optional.of("resources.worker");
          }

          @Override
          public Optional<String> property(String resourceType, String cloudFormationPath) {
            return cloudFormationPath.equals("BatchSize")
                ? Optional.of("batchSize")
                : Optional.empty();
          }
        };
    TemplateDiff diff = TemplateDiff.between(parse(before), parse(after));
    assertEquals(
        List.of(
            "Resources:",
            "  ! WorkerJobsSqsEventSourceMapping (AWS::Lambda::EventSourceMapping) "
                + " from resources.worker",
            "      Properties.BatchSize (batchSize): 5 -> 7",
            "      Properties.StartingPosition: \"TRIM_HORIZON\" -> \"LATEST\"",
            "      replaces the resource: StartingPosition cannot be changed in place",
            "      Lambda refuses a second mapping of the function on this source while the old"
                + " one exists: remove the event, deploy, then add it back."),
        diff.render(labels));
    assertEquals(java.util.Set.of("StartingPosition"), diff.resources().get(0).replacedBy());

    TemplateDiff inPlace = TemplateDiff.between(parse(before), parse(before.replace("5,", "7,")));
    assertEquals(
        List.of(
            "Resources:",
            "  ~ WorkerJobsSqsEventSourceMapping (AWS::Lambda::EventSourceMapping)",
            "      Properties.BatchSize: 5 -> 7"),
        inPlace.render());
  }
}
