package dev.formwork.deployer.template;

import static org.assertj.core.api.Assertions.assertThat;

import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue §1's upgrade path: a mapping or subscription whose logical ID changed while its function
 * and source did not keeps its deployed ID, so CloudFormation updates it instead of creating a
 * second mapping that Lambda refuses (or a second subscription that SNS merges and the cleanup
 * deletes).
 */
class MappingIdCarryOverTest {

  private static final String MAPPING =
      "{\"Type\":\"AWS::Lambda::EventSourceMapping\",\"Properties\":{\"EventSourceArn\":"
          + "\"arn:aws:sqs:eu-west-1:1:legacy\",\"FunctionName\":{\"Fn::GetAtt\":[\"WorkerFunction\","
          + "\"Arn\"]},\"BatchSize\":%d}}";
  private static final String SUBSCRIPTION =
      "{\"Type\":\"AWS::SNS::Subscription\",\"Properties\":{\"Endpoint\":{\"Fn::GetAtt\":"
          + "[\"WorkerFunction\",\"Arn\"]},\"Protocol\":\"lambda\",\"TopicArn\":\"%s\"}}";

  private static JsonObject template(String resources) throws Exception {
    return (JsonObject) JsonParser.parse("{\"Resources\":{" + resources + "}}");
  }

  @Test
  void aMappingAndASubscriptionRenamedWithoutAChangeOfSourceKeepTheirDeployedIds()
      throws Exception {
    JsonObject deployed =
        template(
            "\"WorkerSqs0c3bdf54EventSourceMapping\":"
                + MAPPING.formatted(5)
                + ",\"WorkerSns9f76335eSubscription\":"
                + SUBSCRIPTION.formatted("arn:aws:sns:eu-west-1:1:t")
                + ",\"Other\":{\"Type\":\"AWS::SQS::Queue\"}");
    JsonObject local =
        template(
            "\"WorkerSqs90be4a8eEventSourceMapping\":"
                + MAPPING.formatted(7)
                + ",\"WorkerSns6b9cc654Subscription\":"
                + SUBSCRIPTION.formatted("arn:aws:sns:eu-west-1:1:t")
                + ",\"Other\":{\"Type\":\"AWS::SQS::Queue\"}");
    MappingIdCarryOver.Result result = MappingIdCarryOver.apply(deployed, local);
    assertThat(result.kept())
        .containsExactly(
            new MappingIdCarryOver.Kept(
                "WorkerSns6b9cc654Subscription",
                "WorkerSns9f76335eSubscription",
                "AWS::SNS::Subscription"),
            new MappingIdCarryOver.Kept(
                "WorkerSqs90be4a8eEventSourceMapping",
                "WorkerSqs0c3bdf54EventSourceMapping",
                "AWS::Lambda::EventSourceMapping"));
    assertThat(result.template())
        .isEqualTo(
            template(
                "\"WorkerSqs0c3bdf54EventSourceMapping\":"
                    + MAPPING.formatted(7)
                    + ",\"WorkerSns9f76335eSubscription\":"
                    + SUBSCRIPTION.formatted("arn:aws:sns:eu-west-1:1:t")
                    + ",\"Other\":{\"Type\":\"AWS::SQS::Queue\"}"));
    assertThat(MappingIdCarryOver.describe(result.kept().get(1)))
        .isEqualTo(
            "Kept the deployed logical ID WorkerSqs0c3bdf54EventSourceMapping for"
                + " WorkerSqs90be4a8eEventSourceMapping (AWS::Lambda::EventSourceMapping, same"
                + " function and source): it is updated in place, not replaced.");
  }

  @Test
  void anotherSourceAnAmbiguousPairOrAReferenceKeepsTheNewId() throws Exception {
    JsonObject deployed = template("\"Old\":" + MAPPING.formatted(5));
    JsonObject otherSource = template("\"New\":" + MAPPING.formatted(5).replace("legacy", "other"));
    assertThat(MappingIdCarryOver.apply(deployed, otherSource).kept()).isEmpty();

    JsonObject twoOld =
        template("\"Old\":" + MAPPING.formatted(5) + ",\"Old2\":" + MAPPING.formatted(6));
    assertThat(MappingIdCarryOver.apply(twoOld, template("\"New\":" + MAPPING.formatted(5))).kept())
        .isEmpty();

    JsonObject referenced =
        template(
            "\"New\":"
                + MAPPING.formatted(5)
                + ",\"Waits\":{\"Type\":\"AWS::SQS::Queue\",\"DependsOn\":[\"New\"]}");
    assertThat(MappingIdCarryOver.apply(deployed, referenced).kept()).isEmpty();
    assertThat(MappingIdCarryOver.apply(deployed, deployed).kept()).isEqualTo(List.of());
  }
}
