package dev.formwork.deployer.invoke;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonParser;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.json.JsonWriter;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

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
    assertEquals(first, second);
    assertTrue(first.length() > 50, first);
  }

  @Test
  void recordBasedEventsNameTheirSource() {
    assertEquals(
        "aws:sqs",
        text(
            SampleEvents.forTrigger(TriggerType.SQS, REGION, ACCOUNT),
            "Records",
            0,
            "eventSource"));
    assertEquals(
        "arn:aws:sqs:eu-west-1:123456789012:sample-queue",
        text(
            SampleEvents.forTrigger(TriggerType.SQS, REGION, ACCOUNT),
            "Records",
            0,
            "eventSourceARN"));
    assertEquals(
        "aws:sns",
        text(
            SampleEvents.forTrigger(TriggerType.SNS, REGION, ACCOUNT),
            "Records",
            0,
            "EventSource"));
    assertEquals(
        "sample-bucket",
        text(
            SampleEvents.forTrigger(TriggerType.S3, REGION, ACCOUNT),
            "Records",
            0,
            "s3",
            "bucket",
            "name"));
    assertEquals(
        "aws:dynamodb",
        text(
            SampleEvents.forTrigger(TriggerType.DYNAMODB_STREAM, REGION, ACCOUNT),
            "Records",
            0,
            "eventSource"));
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
    assertEquals(
        "{\"hello\":\"world\"}",
        new String(Base64.getDecoder().decode(data), StandardCharsets.UTF_8));
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
      assertEquals("DATA_MESSAGE", text(payload, "messageType"));
      assertEquals("sample log line", text(payload, "logEvents", 0, "message"));
    }
  }

  @Test
  void httpEventsHaveTheirPayloadFormat() {
    JsonObject v2 = SampleEvents.forTrigger(TriggerType.HTTP_API_V2, REGION, ACCOUNT);
    assertEquals("2.0", text(v2, "version"));
    assertEquals("GET", text(v2, "requestContext", "http", "method"));
    JsonObject v1 = SampleEvents.forTrigger(TriggerType.HTTP_API_V1, REGION, ACCOUNT);
    assertEquals("1.0", text(v1, "version"));
    assertEquals("GET", text(v1, "httpMethod"));
    JsonObject alb = SampleEvents.forTrigger(TriggerType.ALB, REGION, ACCOUNT);
    assertTrue(
        text(alb, "requestContext", "elb", "targetGroupArn")
            .startsWith("arn:aws:elasticloadbalancing:eu-west-1:"));
    assertEquals(
        "Scheduled Event",
        text(SampleEvents.forTrigger(TriggerType.SCHEDULE, REGION, ACCOUNT), "detail-type"));
    assertEquals(
        "world",
        text(SampleEvents.forTrigger(TriggerType.EVENT_BUS, REGION, ACCOUNT), "detail", "hello"));
  }

  @Test
  void configEventTypesMapToTriggersWithStacktapesHttpDefault() {
    assertEquals(
        Optional.of(TriggerType.HTTP_API_V1),
        TriggerType.fromConfig("http-api-gateway", Optional.empty()));
    assertEquals(
        Optional.of(TriggerType.HTTP_API_V2),
        TriggerType.fromConfig("http-api-gateway", Optional.of("2.0")));
    assertEquals(Optional.of(TriggerType.SQS), TriggerType.fromConfig("sqs", Optional.empty()));
    assertEquals(
        Optional.of(TriggerType.DYNAMODB_STREAM),
        TriggerType.fromConfig("dynamo-db-stream", Optional.empty()));
    assertEquals(Optional.empty(), TriggerType.fromConfig("kafka-topic", Optional.empty()));
  }
}
