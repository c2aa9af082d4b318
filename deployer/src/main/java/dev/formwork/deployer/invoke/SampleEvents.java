package dev.formwork.deployer.invoke;

import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonNull;
import dev.formwork.schema.json.JsonNumber;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.json.JsonWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Realistic sample events, one per trigger type, shaped as the AWS service delivers them to Lambda
 * (https://docs.aws.amazon.com/lambda/latest/dg/lambda-services.html). Values are fixed (time
 * 2026-01-01T00:00:00Z, sample names), so the same call always gives the same bytes.
 */
public final class SampleEvents {

  static final String TIME_ISO = "2026-01-01T00:00:00.000Z";
  static final long EPOCH_MILLIS = 1_767_225_600_000L;
  static final String BODY = "{\"hello\":\"world\"}";

  private SampleEvents() {}

  public static JsonObject forTrigger(TriggerType trigger, String region, String account) {
    return switch (trigger) {
      case SQS -> records(sqs(region, account));
      case SNS -> records(sns(region, account));
      case S3 -> records(s3(region));
      case HTTP_API_V1 -> httpApiV1(region, account);
      case HTTP_API_V2 -> httpApiV2(region, account);
      case SCHEDULE ->
          eventBridge(
              region,
              account,
              "Scheduled Event",
              "aws.events",
              JsonArray.ofStrings(
                  List.of("arn:aws:events:" + region + ":" + account + ":rule/sample-schedule")),
              JsonObject.EMPTY);
      case EVENT_BUS ->
          eventBridge(
              region,
              account,
              "sample.event",
              "my.app",
              JsonArray.EMPTY,
              JsonObject.of("hello", JsonValue.of("world")));
      case KINESIS -> records(kinesis(region, account));
      case DYNAMODB_STREAM -> records(dynamoDb(region, account));
      case CLOUDWATCH_LOG -> cloudWatchLog(account);
      case CLOUDWATCH_ALARM -> cloudWatchAlarm(region, account);
      case KAFKA -> kafka();
      case ALB -> alb(region, account);
    };
  }

  private static JsonObject records(JsonObject record) {
    return JsonObject.of("Records", JsonArray.of(record));
  }

  private static JsonObject sqs(String region, String account) {
    return JsonObject.builder()
        .put("messageId", "059f36b4-87a3-44ab-83d2-661975830a7d")
        .put("receiptHandle", "AQEBwJnKyrHigUMZj6rYigCgxlaS3SLy0a")
        .put("body", BODY)
        .put(
            "attributes",
            JsonObject.builder()
                .put("ApproximateReceiveCount", "1")
                .put("SentTimestamp", String.valueOf(EPOCH_MILLIS))
                .put("SenderId", "AIDAIENQZJOLO23YVJ4VO")
                .put("ApproximateFirstReceiveTimestamp", String.valueOf(EPOCH_MILLIS))
                .build())
        .put("messageAttributes", JsonObject.EMPTY)
        .put("md5OfBody", "fbc24bcc7a1794758fc1327fcfebdaf6")
        .put("eventSource", "aws:sqs")
        .put("eventSourceARN", "arn:aws:sqs:" + region + ":" + account + ":sample-queue")
        .put("awsRegion", region)
        .build();
  }

  private static JsonObject sns(String region, String account) {
    String topic = "arn:aws:sns:" + region + ":" + account + ":sample-topic";
    return JsonObject.builder()
        .put("EventSource", "aws:sns")
        .put("EventVersion", "1.0")
        .put("EventSubscriptionArn", topic + ":2bcfbf39-05c3-41de-beaa-fcfcc21c8f55")
        .put(
            "Sns",
            JsonObject.builder()
                .put("Type", "Notification")
                .put("MessageId", "95df01b4-ee98-5cb9-9903-4c221d41eb5e")
                .put("TopicArn", topic)
                .put("Subject", "sample")
                .put("Message", BODY)
                .put("Timestamp", TIME_ISO)
                .put("SignatureVersion", "1")
                .put("Signature", "EXAMPLE")
                .put(
                    "SigningCertUrl",
                    "https://sns."
                        + region
                        + ".amazonaws.com/SimpleNotificationService-EXAMPLE.pem")
                .put(
                    "UnsubscribeUrl",
                    "https://sns."
                        + region
                        + ".amazonaws.com/?Action=Unsubscribe&SubscriptionArn="
                        + topic)
                .put("MessageAttributes", JsonObject.EMPTY)
                .build())
        .build();
  }

  private static JsonObject s3(String region) {
    return JsonObject.builder()
        .put("eventVersion", "2.1")
        .put("eventSource", "aws:s3")
        .put("awsRegion", region)
        .put("eventTime", TIME_ISO)
        .put("eventName", "ObjectCreated:Put")
        .put("userIdentity", JsonObject.of("principalId", JsonValue.of("EXAMPLE")))
        .put("requestParameters", JsonObject.of("sourceIPAddress", JsonValue.of("127.0.0.1")))
        .put(
            "responseElements",
            JsonObject.builder()
                .put("x-amz-request-id", "EXAMPLE123456789")
                .put("x-amz-id-2", "EXAMPLE123/abcdefghijklmno")
                .build())
        .put(
            "s3",
            JsonObject.builder()
                .put("s3SchemaVersion", "1.0")
                .put("configurationId", "sample-notification")
                .put(
                    "bucket",
                    JsonObject.builder()
                        .put("name", "sample-bucket")
                        .put("ownerIdentity", JsonObject.of("principalId", JsonValue.of("EXAMPLE")))
                        .put("arn", "arn:aws:s3:::sample-bucket")
                        .build())
                .put(
                    "object",
                    JsonObject.builder()
                        .put("key", "uploads/sample.txt")
                        .put("size", 1024)
                        .put("eTag", "0123456789abcdef0123456789abcdef")
                        .put("sequencer", "0A1B2C3D4E5F678901")
                        .build())
                .build())
        .build();
  }

  private static JsonObject httpHeaders(String host) {
    return JsonObject.builder()
        .put("accept", "application/json")
        .put("host", host)
        .put("user-agent", "formwork-local-invoke")
        .put("x-forwarded-for", "127.0.0.1")
        .put("x-forwarded-port", "443")
        .put("x-forwarded-proto", "https")
        .build();
  }

  private static JsonObject httpApiV2(String region, String account) {
    String host = "abc123.execute-api." + region + ".amazonaws.com";
    return JsonObject.builder()
        .put("version", "2.0")
        .put("routeKey", "GET /hello")
        .put("rawPath", "/hello")
        .put("rawQueryString", "name=world")
        .put("headers", httpHeaders(host))
        .put("queryStringParameters", JsonObject.of("name", JsonValue.of("world")))
        .put(
            "requestContext",
            JsonObject.builder()
                .put("accountId", account)
                .put("apiId", "abc123")
                .put("domainName", host)
                .put("domainPrefix", "abc123")
                .put(
                    "http",
                    JsonObject.builder()
                        .put("method", "GET")
                        .put("path", "/hello")
                        .put("protocol", "HTTP/1.1")
                        .put("sourceIp", "127.0.0.1")
                        .put("userAgent", "formwork-local-invoke")
                        .build())
                .put("requestId", "JKJaXmPLvHcESHA=")
                .put("routeKey", "GET /hello")
                .put("stage", "$default")
                .put("time", "01/Jan/2026:00:00:00 +0000")
                .put("timeEpoch", EPOCH_MILLIS)
                .build())
        .put("isBase64Encoded", false)
        .build();
  }

  private static JsonObject httpApiV1(String region, String account) {
    String host = "abc123.execute-api." + region + ".amazonaws.com";
    JsonObject headers = httpHeaders(host);
    JsonObject.Builder multi = JsonObject.builder();
    headers.members().forEach((k, v) -> multi.put(k, JsonArray.of(v)));
    return JsonObject.builder()
        .put("version", "1.0")
        .put("resource", "/hello")
        .put("path", "/hello")
        .put("httpMethod", "GET")
        .put("headers", headers)
        .put("multiValueHeaders", multi.build())
        .put("queryStringParameters", JsonObject.of("name", JsonValue.of("world")))
        .put(
            "multiValueQueryStringParameters",
            JsonObject.of("name", JsonArray.ofStrings(List.of("world"))))
        .put(
            "requestContext",
            JsonObject.builder()
                .put("accountId", account)
                .put("apiId", "abc123")
                .put("domainName", host)
                .put("domainPrefix", "abc123")
                .put("extendedRequestId", "JKJaXmPLvHcESHA=")
                .put("httpMethod", "GET")
                .put(
                    "identity",
                    JsonObject.builder()
                        .put("sourceIp", "127.0.0.1")
                        .put("userAgent", "formwork-local-invoke")
                        .build())
                .put("path", "/hello")
                .put("protocol", "HTTP/1.1")
                .put("requestId", "JKJaXmPLvHcESHA=")
                .put("requestTime", "01/Jan/2026:00:00:00 +0000")
                .put("requestTimeEpoch", EPOCH_MILLIS)
                .put("resourcePath", "/hello")
                .put("stage", "$default")
                .build())
        .put("pathParameters", JsonNull.INSTANCE)
        .put("stageVariables", JsonNull.INSTANCE)
        .put("body", JsonNull.INSTANCE)
        .put("isBase64Encoded", false)
        .build();
  }

  private static JsonObject eventBridge(
      String region,
      String account,
      String detailType,
      String source,
      JsonArray resources,
      JsonObject detail) {
    return JsonObject.builder()
        .put("version", "0")
        .put("id", "53dc4d37-cffa-4f76-80c9-8b7d4a4d2eaa")
        .put("detail-type", detailType)
        .put("source", source)
        .put("account", account)
        .put("time", "2026-01-01T00:00:00Z")
        .put("region", region)
        .put("resources", resources)
        .put("detail", detail)
        .build();
  }

  private static JsonObject kinesis(String region, String account) {
    String sequence = "49590338271490256608559692538361571095921575989136588898";
    return JsonObject.builder()
        .put(
            "kinesis",
            JsonObject.builder()
                .put("kinesisSchemaVersion", "1.0")
                .put("partitionKey", "1")
                .put("sequenceNumber", sequence)
                .put(
                    "data",
                    Base64.getEncoder().encodeToString(BODY.getBytes(StandardCharsets.UTF_8)))
                .put("approximateArrivalTimestamp", JsonNumber.of(EPOCH_MILLIS / 1000.0))
                .build())
        .put("eventSource", "aws:kinesis")
        .put("eventVersion", "1.0")
        .put("eventID", "shardId-000000000006:" + sequence)
        .put("eventName", "aws:kinesis:record")
        .put("invokeIdentityArn", "arn:aws:iam::" + account + ":role/sample-role")
        .put("awsRegion", region)
        .put(
            "eventSourceARN", "arn:aws:kinesis:" + region + ":" + account + ":stream/sample-stream")
        .build();
  }

  private static JsonObject dynamoDb(String region, String account) {
    return JsonObject.builder()
        .put("eventID", "c4ca4238a0b923820dcc509a6f75849b")
        .put("eventName", "INSERT")
        .put("eventVersion", "1.1")
        .put("eventSource", "aws:dynamodb")
        .put("awsRegion", region)
        .put(
            "dynamodb",
            JsonObject.builder()
                .put("ApproximateCreationDateTime", EPOCH_MILLIS / 1000)
                .put("Keys", JsonObject.of("id", JsonObject.of("S", JsonValue.of("1"))))
                .put(
                    "NewImage",
                    JsonObject.builder()
                        .put("id", JsonObject.of("S", JsonValue.of("1")))
                        .put("message", JsonObject.of("S", JsonValue.of("hello world")))
                        .build())
                .put("SequenceNumber", "4421584500000000017450439091")
                .put("SizeBytes", 26)
                .put("StreamViewType", "NEW_AND_OLD_IMAGES")
                .build())
        .put(
            "eventSourceARN",
            "arn:aws:dynamodb:"
                + region
                + ":"
                + account
                + ":table/sample-table/stream/2026-01-01T00:00:00.000")
        .build();
  }

  /** CloudWatch Logs delivers its payload gzipped and base64-encoded under awslogs.data. */
  private static JsonObject cloudWatchLog(String account) {
    JsonObject payload =
        JsonObject.builder()
            .put("messageType", "DATA_MESSAGE")
            .put("owner", account)
            .put("logGroup", "/aws/lambda/sample")
            .put("logStream", "2026/01/01/[$LATEST]0123456789abcdef0123456789abcdef")
            .put("subscriptionFilters", JsonArray.ofStrings(List.of("sample-filter")))
            .put(
                "logEvents",
                JsonArray.of(
                    JsonObject.builder()
                        .put("id", "37552483423456789012345678901234567890123456789012345678")
                        .put("timestamp", EPOCH_MILLIS)
                        .put("message", "sample log line")
                        .build()))
            .build();
    return JsonObject.of(
        "awslogs",
        JsonObject.of(
            "data",
            JsonValue.of(Base64.getEncoder().encodeToString(gzip(JsonWriter.compact(payload))))));
  }

  /**
   * An alarm's change to ALARM as EventBridge delivers it: the cloudwatch-alarm event is a rule on
   * "CloudWatch Alarm State Change"
   * (https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch-and-eventbridge.html).
   */
  private static JsonObject cloudWatchAlarm(String region, String account) {
    String alarm = "sample-alarm";
    return eventBridge(
        region,
        account,
        "CloudWatch Alarm State Change",
        "aws.cloudwatch",
        JsonArray.ofStrings(
            List.of("arn:aws:cloudwatch:" + region + ":" + account + ":alarm:" + alarm)),
        JsonObject.builder()
            .put("alarmName", alarm)
            .put(
                "state",
                JsonObject.builder()
                    .put("value", "ALARM")
                    .put("reason", "Threshold Crossed: 1 datapoint was greater than the threshold.")
                    .put("timestamp", "2026-01-01T00:00:00.000+0000")
                    .build())
            .put(
                "previousState",
                JsonObject.builder()
                    .put("value", "OK")
                    .put(
                        "reason", "Threshold Crossed: no datapoint was greater than the threshold.")
                    .put("timestamp", "2025-12-31T23:55:00.000+0000")
                    .build())
            .put("configuration", JsonObject.of("description", JsonValue.of("sample alarm")))
            .build());
  }

  /**
   * One record of a self-managed Kafka topic, keyed by topic and partition, with its key and value
   * base64-encoded (https://docs.aws.amazon.com/lambda/latest/dg/with-kafka.html).
   */
  private static JsonObject kafka() {
    Base64.Encoder base64 = Base64.getEncoder();
    JsonObject record =
        JsonObject.builder()
            .put("topic", "sample-topic")
            .put("partition", 0)
            .put("offset", 15)
            .put("timestamp", EPOCH_MILLIS)
            .put("timestampType", "CREATE_TIME")
            .put("key", base64.encodeToString("sample-key".getBytes(StandardCharsets.UTF_8)))
            .put("value", base64.encodeToString(BODY.getBytes(StandardCharsets.UTF_8)))
            .put("headers", JsonArray.EMPTY)
            .build();
    return JsonObject.builder()
        .put("eventSource", "SelfManagedKafka")
        .put("bootstrapServers", "broker-1.example.com:9096,broker-2.example.com:9096")
        .put("records", JsonObject.of("sample-topic-0", JsonArray.of(record)))
        .build();
  }

  private static JsonObject alb(String region, String account) {
    return JsonObject.builder()
        .put(
            "requestContext",
            JsonObject.of(
                "elb",
                JsonObject.of(
                    "targetGroupArn",
                    JsonValue.of(
                        "arn:aws:elasticloadbalancing:"
                            + region
                            + ":"
                            + account
                            + ":targetgroup/sample/0123456789abcdef"))))
        .put("httpMethod", "GET")
        .put("path", "/hello")
        .put("queryStringParameters", JsonObject.of("name", JsonValue.of("world")))
        .put("headers", httpHeaders("sample-alb-123456789." + region + ".elb.amazonaws.com"))
        .put("body", "")
        .put("isBase64Encoded", false)
        .build();
  }

  /** GZIP with Java's fixed header (mtime 0), so the bytes are the same on every run. */
  static byte[] gzip(String text) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
        gz.write(text.getBytes(StandardCharsets.UTF_8));
      }
      return bytes.toByteArray();
    } catch (IOException impossible) {
      throw new IllegalStateException("in-memory gzip cannot fail", impossible);
    }
  }
}
