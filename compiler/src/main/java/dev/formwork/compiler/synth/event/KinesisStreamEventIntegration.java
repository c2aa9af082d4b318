package dev.formwork.compiler.synth.event;

import dev.formwork.compiler.naming.PascalCase;
import dev.formwork.compiler.naming.PhysicalNames;
import dev.formwork.compiler.synth.SynthesisContext;
import dev.formwork.compiler.synth.function.FunctionAssembly;
import dev.formwork.compiler.synth.ref.KinesisStreamRef;
import dev.formwork.compiler.template.Cf;
import dev.formwork.compiler.template.CfResource;
import dev.formwork.compiler.template.PolicyStatement;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.model.event.EventIdentity;
import dev.formwork.schema.model.event.KinesisStreamEvent;
import java.util.List;
import java.util.Optional;

/**
 * A {@code kinesis-stream} event: an AWS::Lambda::EventSourceMapping {@code
 * <Fn><Stream>KinesisEventSourceMapping} reading the stream directly or through an enhanced fan-out
 * consumer (given by ARN, or created as AWS::Kinesis::StreamConsumer {@code
 * <Fn><Stream>KinesisStreamConsumer}), and read access to exactly that stream and consumer. A
 * stream or consumer given by ARN is named by a hash of the ARN as written. Lambda allows one
 * mapping per function and stream (or consumer).
 */
public final class KinesisStreamEventIntegration implements EventIntegration<KinesisStreamEvent> {

  static final String POLICY = "kinesis-event-sources";

  /**
   * What the Lambda poller calls on the stream. kinesis:ListStreams (in the AWS-managed
   * AWSLambdaKinesisExecutionRole) is left out: it supports no resource ARN and the poller does not
   * need it when it is given the stream ARN.
   * https://docs.aws.amazon.com/lambda/latest/dg/with-kinesis.html#events-kinesis-permissions
   */
  static final List<String> STREAM_ACTIONS =
      List.of(
          "kinesis:DescribeStream",
          "kinesis:DescribeStreamSummary",
          "kinesis:GetRecords",
          "kinesis:GetShardIterator",
          "kinesis:ListShards");

  /** Kinesis consumer names are at most 128 characters. */
  static final int CONSUMER_NAME_LIMIT = 128;

  @Override
  public Class<KinesisStreamEvent> type() {
    return KinesisStreamEvent.class;
  }

  @Override
  public void synthesize(
      FunctionAssembly function,
      KinesisStreamEvent event,
      ConfigPath eventPath,
      SynthesisContext context) {
    KinesisStreamEvent.Properties properties = event.properties();
    ConfigPath propertiesPath = eventPath.key("properties");
    JsonValue streamArn;
    if (properties.kinesisStreamName().isPresent()) {
      Optional<KinesisStreamRef> stream =
          context
              .index()
              .kinesisStream(
                  properties.kinesisStreamName().get(),
                  propertiesPath.key("kinesisStreamName"),
                  context.diagnostics());
      if (stream.isEmpty()) {
        return;
      }
      streamArn = stream.get().arn();
    } else {
      streamArn =
          context.values().resolve(properties.streamArn().get(), propertiesPath.key("streamArn"));
    }
    Optional<JsonValue> givenConsumer =
        properties.consumerArn().isPresent()
            ? Optional.of(
                context
                    .values()
                    .resolve(properties.consumerArn().get(), propertiesPath.key("consumerArn")))
            : Optional.empty();
    JsonObject.Builder mapping =
        StreamMappings.properties(function, properties, streamArn, propertiesPath, context);

    String base =
        properties.kinesisStreamName().isPresent()
            ? PascalCase.of(properties.kinesisStreamName().get()) + "Kinesis"
            : "Kinesis" + EventIds.hash(EventIdentity.canonical(properties.streamArn()));
    if (properties.consumerArn().isPresent()) {
      base += "Consumer" + EventIds.hash(EventIdentity.canonical(properties.consumerArn()));
    }
    Optional<String> found = EventIds.identity(function, event, base, eventPath, context);
    if (found.isEmpty()) {
      return;
    }
    String identity = found.get();
    String mappingId = function.logicalPrefix() + identity + "EventSourceMapping";
    if (!EventIds.claim(mappingId, function, eventPath, context)) {
      return;
    }
    Optional<JsonValue> consumerArn = givenConsumer;
    if (properties.autoCreateConsumer()) {
      String consumerId = function.logicalPrefix() + identity + "StreamConsumer";
      context
          .template()
          .add(
              consumerId,
              CfResource.of(
                  "AWS::Kinesis::StreamConsumer",
                  JsonObject.builder()
                      .put(
                          "ConsumerName",
                          PhysicalNames.fit(
                              context.stack().stackName()
                                  + "-"
                                  + function.qualifiedName()
                                  + "-"
                                  + identity,
                              CONSUMER_NAME_LIMIT))
                      .put("StreamARN", streamArn)
                      .build()),
              function.path(),
              function.name());
      consumerArn = Optional.of(Cf.getAtt(consumerId, "ConsumerARN"));
    }
    mapping.putIfPresent("EventSourceArn", consumerArn);
    context
        .template()
        .add(
            mappingId,
            CfResource.of("AWS::Lambda::EventSourceMapping", mapping.build()),
            function.path(),
            function.name());

    function.grant(POLICY, PolicyStatement.allow(STREAM_ACTIONS, List.of(streamArn)));
    // Enhanced fan-out pushes records over SubscribeToShard on the consumer.
    if (consumerArn.isPresent()) {
      function.grant(POLICY, PolicyStatement.allow("kinesis:SubscribeToShard", consumerArn.get()));
    }
  }
}
