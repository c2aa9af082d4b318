package dev.formwork.deployer.invoke;

import java.util.Locale;
import java.util.Optional;

/**
 * The event sources a function's first trigger can have, each with the shape of event it delivers;
 * a test checks that every event type of the config has one.
 */
public enum TriggerType {
  SQS("sqs"),
  SNS("sns"),
  S3("s3"),
  HTTP_API_V1("http-api-gateway"),
  HTTP_API_V2("http-api-gateway-v2"),
  SCHEDULE("schedule"),
  EVENT_BUS("event-bus"),
  KINESIS("kinesis-stream"),
  DYNAMODB_STREAM("dynamo-db-stream"),
  CLOUDWATCH_LOG("cloudwatch-log"),
  CLOUDWATCH_ALARM("cloudwatch-alarm"),
  KAFKA("kafka-topic"),
  ALB("application-load-balancer");

  private final String configName;

  TriggerType(String configName) {
    this.configName = configName;
  }

  /** The event type's name in the config's {@code events[].type}. */
  public String configName() {
    return configName;
  }

  /**
   * The trigger for a config event type. An HTTP API event uses payload format 1.0 unless {@code
   * payloadFormat} is "2.0" (Stacktape's default is 1.0: event, then gateway, then "1.0").
   */
  public static Optional<TriggerType> fromConfig(String eventType, Optional<String> payloadFormat) {
    String type = eventType.toLowerCase(Locale.ROOT);
    if (type.equals("http-api-gateway")) {
      return Optional.of(
          payloadFormat.filter("2.0"::equals).isPresent() ? HTTP_API_V2 : HTTP_API_V1);
    }
    for (TriggerType trigger : values()) {
      if (trigger.configName.equals(type)) {
        return Optional.of(trigger);
      }
    }
    return Optional.empty();
  }
}
