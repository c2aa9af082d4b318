package dev.formwork.deployer.invoke;

import static org.assertj.core.api.Assertions.assertThat;

import dev.formwork.schema.bind.Union;
import dev.formwork.schema.bind.Variant;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonParser;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.json.JsonWriter;
import dev.formwork.schema.model.event.FunctionEvent;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class SampleEventsTest {

  static final String REGION = "eu-west-1";
  static final String ACCOUNT = "123456789012";

  static JsonValue at(JsonValue root, Object... path) {
    JsonValue current = root;
    for (Object step : path) {
      if (step instanceof Integer index) {
        current = ((JsonArray) current).get(index);
      } else {
        current =
            ((JsonObject) current)
                .get((String) step)
                .orElseThrow(() -> new AssertionError("missing " + step));
      }
    }
    return current;
  }

  static String text(JsonValue root, Object... path) {
    return ((JsonString) at(root, path)).value();
  }

  @ParameterizedTest
  @EnumSource(TriggerType.class)
  void everyTriggerHasADeterministicEvent(TriggerType trigger) {
    String first = JsonWriter.compact(SampleEvents.forTrigger(trigger, REGION, ACCOUNT));
    String second = JsonWriter.compact(SampleEvents.forTrigger(trigger, REGION, ACCOUNT));
    assertThat(second).isEqualTo(first);
    assertThat(first).hasSizeGreaterThan(50);
  }

  static Stream<String> configEventTypes() {
    return Arrays.stream(FunctionEvent.class.getAnnotation(Union.class).variants())
        .map(Variant::name);
  }

  /** Without a trigger type, invoke --local would silently send {} for this event type. */
  @ParameterizedTest
  @MethodSource("configEventTypes")
  void everyConfigEventTypeHasATriggerWithASampleEvent(String eventType) {
    Optional<TriggerType> trigger = TriggerType.fromConfig(eventType, Optional.empty());

    assertThat(trigger).isPresent();
    assertThat(trigger.get().configName()).isEqualTo(eventType);
    assertThat(SampleEvents.forTrigger(trigger.get(), REGION, ACCOUNT).size()).isPositive();
  }

  @Test
  void recordBasedEventsNameTheirSource() {
    assertThat(
            text(
                SampleEvents.forTrigger(TriggerType.SQS, REGION, ACCOUNT),
                "Records",
                0,
                "eventSource"))
        .isEqualTo("aws:sqs");
    assertThat(
            text(
                SampleEvents.forTrigger(TriggerType.SQS, REGION, ACCOUNT),
                "Records",
                0,
                "eventSourceARN"))
        .isEqualTo("arn:aws:sqs:eu-west-1:123456789012:sample-queue");
    assertThat(
            text(
                SampleEvents.forTrigger(TriggerType.SNS, REGION, ACCOUNT),
                "Records",
                0,
                "EventSource"))
        .isEqualTo("aws:sns");
    assertThat(
            text(
                SampleEvents.forTrigger(TriggerType.S3, REGION, ACCOUNT),
                "Records",
                0,
                "s3",
                "bucket",
                "name"))
        .isEqualTo("sample-bucket");
    assertThat(
            text(
                SampleEvents.forTrigger(TriggerType.DYNAMODB_STREAM, REGION, ACCOUNT),
                "Records",
                0,
                "eventSource"))
        .isEqualTo("aws:dynamodb");
  }

  @Test
  void kinesisDataIsBase64OfTheBody() {
    String data =
        text(
            SampleEvents.forTrigger(TriggerType.KINESIS, REGION, ACCOUNT),
            "Records",
            0,
            "kinesis",
            "data");
    assertThat(new String(Base64.getDecoder().decode(data), StandardCharsets.UTF_8))
        .isEqualTo("{\"hello\":\"world\"}");
  }

  @Test
  void cloudWatchLogsPayloadIsGzippedBase64Json() throws Exception {
    String data =
        text(
            SampleEvents.forTrigger(TriggerType.CLOUDWATCH_LOG, REGION, ACCOUNT),
            "awslogs",
            "data");
    try (GZIPInputStream in =
        new GZIPInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(data)))) {
      JsonValue payload = JsonParser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      assertThat(text(payload, "messageType")).isEqualTo("DATA_MESSAGE");
      assertThat(text(payload, "logEvents", 0, "message")).isEqualTo("sample log line");
    }
  }

  @Test
  void httpEventsHaveTheirPayloadFormat() {
    JsonObject v2 = SampleEvents.forTrigger(TriggerType.HTTP_API_V2, REGION, ACCOUNT);
    assertThat(text(v2, "version")).isEqualTo("2.0");
    assertThat(text(v2, "requestContext", "http", "method")).isEqualTo("GET");
    JsonObject v1 = SampleEvents.forTrigger(TriggerType.HTTP_API_V1, REGION, ACCOUNT);
    assertThat(text(v1, "version")).isEqualTo("1.0");
    assertThat(text(v1, "httpMethod")).isEqualTo("GET");
    JsonObject alb = SampleEvents.forTrigger(TriggerType.ALB, REGION, ACCOUNT);
    assertThat(text(alb, "requestContext", "elb", "targetGroupArn"))
        .startsWith("arn:aws:elasticloadbalancing:eu-west-1:");
    assertThat(text(SampleEvents.forTrigger(TriggerType.SCHEDULE, REGION, ACCOUNT), "detail-type"))
        .isEqualTo("Scheduled Event");
    assertThat(
            text(
                SampleEvents.forTrigger(TriggerType.EVENT_BUS, REGION, ACCOUNT), "detail", "hello"))
        .isEqualTo("world");
  }

  @Test
  void configEventTypesMapToTriggersWithStacktapesHttpDefault() {
    assertThat(TriggerType.fromConfig("http-api-gateway", Optional.empty()))
        .contains(TriggerType.HTTP_API_V1);
    assertThat(TriggerType.fromConfig("http-api-gateway", Optional.of("2.0")))
        .contains(TriggerType.HTTP_API_V2);
    assertThat(TriggerType.fromConfig("sqs", Optional.empty())).contains(TriggerType.SQS);
    assertThat(TriggerType.fromConfig("dynamo-db-stream", Optional.empty()))
        .contains(TriggerType.DYNAMODB_STREAM);
    assertThat(TriggerType.fromConfig("kafka-topic", Optional.empty())).contains(TriggerType.KAFKA);
    assertThat(TriggerType.fromConfig("iot", Optional.empty())).isEmpty();
  }

  @Test
  void kafkaRecordsAreKeyedByTopicAndPartitionWithBase64Values() {
    JsonObject kafka = SampleEvents.forTrigger(TriggerType.KAFKA, REGION, ACCOUNT);
    assertThat(text(kafka, "eventSource")).isEqualTo("SelfManagedKafka");
    String value = text(kafka, "records", "sample-topic-0", 0, "value");
    assertThat(new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8))
        .isEqualTo("{\"hello\":\"world\"}");
  }

  @Test
  void anAlarmEventIsTheStateChangeToAlarm() {
    JsonObject alarm = SampleEvents.forTrigger(TriggerType.CLOUDWATCH_ALARM, REGION, ACCOUNT);
    assertThat(text(alarm, "source")).isEqualTo("aws.cloudwatch");
    assertThat(text(alarm, "detail-type")).isEqualTo("CloudWatch Alarm State Change");
    assertThat(text(alarm, "detail", "state", "value")).isEqualTo("ALARM");
    assertThat(text(alarm, "resources", 0))
        .isEqualTo("arn:aws:cloudwatch:eu-west-1:123456789012:alarm:sample-alarm");
  }
}
