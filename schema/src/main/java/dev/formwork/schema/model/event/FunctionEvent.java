package dev.formwork.schema.model.event;

import dev.formwork.schema.bind.Union;
import dev.formwork.schema.bind.Variant;

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

  /** The event type as written in the config. */
  String typeName();
}
