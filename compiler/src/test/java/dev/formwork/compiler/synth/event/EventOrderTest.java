package dev.formwork.compiler.synth.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.formwork.compiler.testing.CompileFixture;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Per-event logical IDs come from the events' identities, so the order of a function's events
 * changes no byte.
 */
class EventOrderTest {

  private static final String HEADER =
      """
      serviceName: shop
      resources:
        jobs: {type: sqs-queue, properties: {visibilityTimeoutSeconds: 60}}
        dlq: {type: sqs-queue, properties: {}}
        topic: {type: sns-topic, properties: {}}
        bus: {type: event-bus, properties: {}}
        clicks: {type: kinesis-stream, properties: {}}
        users:
          type: dynamo-db-table
          properties: {primaryKey: {partitionKey: {name: id, type: string}}, streamType: NEW_IMAGE}
        worker:
          type: function
          properties:
            packaging: {type: stacktape-lambda-buildpack, properties: {entryfilePath: src/worker.ts}}
            events:
      """;

  /**
   * One event of every type this part implements, plus a queue given by ARN (hash-named) and
   * several schedules and rules on one bus (told apart by their content).
   */
  private static final List<String> EVENTS =
      List.of(
          "{type: sqs, properties: {sqsQueueName: jobs, batchSize: 5}}",
          "{type: sqs, properties: {sqsQueueArn: \"$CfFormat('arn:${AWS::Partition}:sqs:"
              + "${AWS::Region}:${AWS::AccountId}:legacy')\", batchSize: 7}}",
          "{type: sqs, properties: {sqsQueueName: dlq}}",
          "{type: sns, properties: {snsTopicName: topic, onDeliveryFailure: {sqsQueueName: dlq}}}",
          "{type: event-bus, properties: {eventBusName: bus, eventPattern: {source: [a]},"
              + " onDeliveryFailure: {sqsQueueName: dlq}}}",
          "{type: event-bus, properties: {useDefaultBus: true, eventPattern: {source: [b]},"
              + " onDeliveryFailure: {sqsQueueName: dlq}}}",
          "{type: schedule, properties: {scheduleRate: rate(1 hour)}}",
          "{type: schedule, properties: {scheduleRate: 'cron(0 1 * * ? *)'}}",
          "{type: kinesis-stream, properties: {kinesisStreamName: clicks, autoCreateConsumer:"
              + " true}}",
          "{type: dynamo-db-stream, properties: {streamArn: \"$ResourceParam('users',"
              + " 'streamArn')\"}}",
          "{type: kafka-topic, properties: {customKafkaConfiguration: {bootstrapServers:"
              + " ['k:9096'], topicName: t, authentication: {type: BASIC_AUTH, properties:"
              + " {authenticationSecretArn: s1}}}}}",
          "{type: kafka-topic, properties: {customKafkaConfiguration: {bootstrapServers:"
              + " ['k:9096'], topicName: u, authentication: {type: BASIC_AUTH, properties:"
              + " {authenticationSecretArn: s2}}}}}");

  @Test
  void reorderingEventsChangesNoByteOfTheTemplate() {
    String original = compile(EVENTS);
    List<String> reversed = new ArrayList<>(EVENTS);
    Collections.reverse(reversed);
    List<String> rotated = new ArrayList<>(EVENTS);
    Collections.rotate(rotated, 5);
    assertThat(compile(reversed)).isEqualTo(original);
    assertThat(compile(rotated)).isEqualTo(original);
  }

  @Test
  void everyEventContributesItsResources() {
    String template = compile(EVENTS);
    long mappings =
        template
            .lines()
            .filter(line -> line.contains("\"AWS::Lambda::EventSourceMapping\""))
            .count();
    long rules = template.lines().filter(line -> line.contains("\"AWS::Events::Rule\"")).count();
    assertThat(mappings).as("3 sqs, 1 kinesis, 1 dynamodb, 2 kafka").isEqualTo(7);
    assertThat(rules).as("2 event-bus, 2 schedule").isEqualTo(4);
    assertThat(template).contains("\"DlqQueuePolicy\"").doesNotContain("arn:aws:");
  }

  private static String compile(List<String> events) {
    StringBuilder config = new StringBuilder(HEADER);
    events.forEach(event -> config.append("        - ").append(event).append('\n'));
    return CompileFixture.template(config.toString());
  }
}
