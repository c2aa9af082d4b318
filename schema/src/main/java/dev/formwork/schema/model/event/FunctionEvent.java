package dev.formwork.schema.model.event;

import dev.formwork.schema.bind.Union;
import dev.formwork.schema.bind.Variant;
import java.util.Optional;

/** A trigger of a function: a tagged union over the event integrations. */
@Union(
    variants = {
      @Variant(name = "http-api-gateway", type = HttpApiEvent.class),
      @Variant(name = "schedule", type = ScheduleEvent.class),
      @Variant(name = "event-bus", type = EventBusEvent.class),
      @Variant(name = "kafka-topic", type = KafkaTopicEvent.class),
      @Variant(name = "sns", type = SnsEvent.class),
      @Variant(name = "sqs", type = SqsEvent.class),
      @Variant(name = "kinesis-stream", type = KinesisStreamEvent.class),
      @Variant(name = "dynamo-db-stream", type = DynamoDbStreamEvent.class),
      @Variant(name = "s3", type = S3Event.class),
      @Variant(name = "cloudwatch-log", type = CloudwatchLogEvent.class),
      @Variant(name = "cloudwatch-alarm", type = CloudwatchAlarmEvent.class),
      @Variant(name = "application-load-balancer", type = LoadBalancerEvent.class)
    },
    notSupported = {"iot"})
public sealed interface FunctionEvent
    permits HttpApiEvent,
        ScheduleEvent,
        EventBusEvent,
        KafkaTopicEvent,
        SnsEvent,
        SqsEvent,
        KinesisStreamEvent,
        DynamoDbStreamEvent,
        S3Event,
        CloudwatchLogEvent,
        CloudwatchAlarmEvent,
        LoadBalancerEvent {

  /** Documentation of every event's {@code alias} property. */
  String ALIAS_DOC =
      "Invoke this alias of the function (a name from its aliases, or stp-live) instead of the"
          + " function itself: the permission, mapping, subscription or rule target uses the alias"
          + " ARN. Default: the function (or its live alias when it has one).";

  /** The event type as written in the config. */
  String typeName();

  /** The alias of the function this event invokes, when it names one. */
  Optional<String> alias();
}
