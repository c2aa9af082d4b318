package dev.formwork.compiler.synth.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.formwork.compiler.CompileOptions;
import dev.formwork.compiler.CompileRequest;
import dev.formwork.compiler.CompileResult;
import dev.formwork.compiler.Compiler;
import dev.formwork.compiler.directive.RealDirectiveHost;
import dev.formwork.compiler.source.YamlLimits;
import dev.formwork.compiler.source.YamlSourceLoader;
import dev.formwork.schema.json.JsonWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

  /** One event of every type this part implements, plus repeats of a target (hash-named). */
  private static final List<String> EVENTS =
      List.of(
          "{type: sqs, properties: {sqsQueueName: jobs, batchSize: 5}}",
          "{type: sqs, properties: {sqsQueueName: jobs, batchSize: 7}}",
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

  @TempDir Path folder;

  @Test
  void reorderingEventsChangesNoByteOfTheTemplate() {
    String original = compile(EVENTS);
    List<String> reversed = new ArrayList<>(EVENTS);
    Collections.reverse(reversed);
    List<String> rotated = new ArrayList<>(EVENTS);
    Collections.rotate(rotated, 5);
    assertEquals(original, compile(reversed));
    assertEquals(original, compile(rotated));
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
    assertEquals(7, mappings, "3 sqs, 1 kinesis, 1 dynamodb, 2 kafka");
    assertEquals(4, rules, "2 event-bus, 2 schedule");
    assertTrue(template.contains("\"DlqQueuePolicy\""));
    assertFalse(template.contains("arn:aws:"));
  }

  private String compile(List<String> events) {
    StringBuilder config = new StringBuilder(HEADER);
    events.forEach(event -> config.append("        - ").append(event).append('\n'));
    YamlSourceLoader loader = new YamlSourceLoader(YamlLimits.defaults());
    RealDirectiveHost host =
        new RealDirectiveHost(
            folder,
            Map.of(),
            (label, text) ->
                loader.load(label, text.getBytes(StandardCharsets.UTF_8)).root().map(root -> root),
            Duration.ofSeconds(30));
    CompileOptions options =
        new CompileOptions(
            "dev", "eu-west-1", Optional.empty(), "shop", Map.of(), Optional.empty());
    CompileResult result =
        new Compiler(loader)
            .compile(
                new CompileRequest(
                    "formwork.yml",
                    config.toString().getBytes(StandardCharsets.UTF_8),
                    folder,
                    options,
                    host));
    assertFalse(result.hasErrors(), () -> "compile failed: " + result.diagnostics());
    return JsonWriter.pretty(result.template().orElseThrow().toJson());
  }
}
