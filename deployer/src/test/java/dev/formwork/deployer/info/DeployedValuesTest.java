package dev.formwork.deployer.info;

import static org.assertj.core.api.Assertions.assertThat;

import dev.formwork.schema.json.JsonParseException;
import dev.formwork.schema.json.JsonParser;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Template values evaluated against a deployed stack's resources. */
class DeployedValuesTest {

  private final DeployedValues values =
      new DeployedValues(
          new StackInfo(
              "shop-dev",
              "UPDATE_COMPLETE",
              Optional.empty(),
              Map.of(),
              List.of(
                  new StackInfo.Resource(
                      "",
                      "NotesTableGlobalTable",
                      "AWS::DynamoDB::GlobalTable",
                      "shop-dev-notes",
                      "CREATE_COMPLETE",
                      Map.of()),
                  new StackInfo.Resource(
                      "",
                      "ApiVersion1a2b3c4d5e",
                      "AWS::Lambda::Version",
                      "arn:aws:lambda:eu-west-1:123456789012:function:shop-dev-api:7",
                      "CREATE_COMPLETE",
                      Map.of()),
                  new StackInfo.Resource(
                      "",
                      "JobsQueue",
                      "AWS::SQS::Queue",
                      "https://sqs.eu-west-1.amazonaws.com/123456789012/shop-dev-jobs",
                      "CREATE_COMPLETE",
                      Map.of()))),
          "eu-west-1",
          "123456789012");

  @Test
  void refGetAttSubJoinAndSelect() {
    assertThat(eval("{\"Ref\": \"NotesTableGlobalTable\"}")).contains("shop-dev-notes");
    assertThat(eval("{\"Fn::GetAtt\": [\"JobsQueue\", \"Arn\"]}"))
        .contains("arn:aws:sqs:eu-west-1:123456789012:shop-dev-jobs");
    assertThat(eval("{\"Fn::Sub\": \"${JobsQueue.QueueName}@${AWS::Region}\"}"))
        .contains("shop-dev-jobs@eu-west-1");
    assertThat(eval("{\"Fn::Sub\": [\"${t}/x\", {\"t\": {\"Ref\": \"NotesTableGlobalTable\"}}]}"))
        .contains("shop-dev-notes/x");
    assertThat(
            eval("{\"Fn::Join\": [\":\", [\"table\", {\"Ref\": \"NotesTableGlobalTable\"}, 3]]}"))
        .contains("table:shop-dev-notes:3");
    assertThat(eval("{\"Fn::GetAtt\": [\"ApiVersion1a2b3c4d5e\", \"Version\"]}")).contains("7");
    assertThat(eval("{\"Fn::Select\": [1, [\"a\", {\"Ref\": \"JobsQueue\"}]]}"))
        .contains("https://sqs.eu-west-1.amazonaws.com/123456789012/shop-dev-jobs");
  }

  @Test
  void whatTheStackCannotTellStaysUnknown() {
    assertThat(eval("{\"Fn::GetAtt\": [\"NotesTableGlobalTable\", \"StreamArn\"]}")).isEmpty();
    assertThat(eval("{\"Ref\": \"Missing\"}")).isEmpty();
    assertThat(eval("{\"Fn::Join\": [\"\", [\"a\", {\"Ref\": \"Missing\"}]]}")).isEmpty();
    assertThat(eval("{\"Fn::Select\": [5, [\"a\"]]}")).isEmpty();
    assertThat(eval("{\"Fn::ImportValue\": \"x\"}")).isEmpty();
  }

  private Optional<String> eval(String json) {
    try {
      return values.evaluate(JsonParser.parse(json));
    } catch (JsonParseException e) {
      throw new AssertionError("test JSON does not parse: " + json, e);
    }
  }
}
