package dev.formwork.compiler.synth.event;

import dev.formwork.compiler.naming.PascalCase;
import dev.formwork.compiler.synth.SynthesisContext;
import dev.formwork.compiler.synth.function.FunctionAssembly;
import dev.formwork.compiler.template.CfResource;
import dev.formwork.compiler.template.PolicyStatement;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.model.event.DynamoDbStreamEvent;
import dev.formwork.schema.node.ScalarNode;
import dev.formwork.schema.value.TextValue;
import java.util.List;
import java.util.Optional;

/**
 * A {@code dynamo-db-stream} event: an AWS::Lambda::EventSourceMapping {@code
 * <Fn><Table>DynamoDbStreamEventSourceMapping} (for {@code $ResourceParam('<table>', 'streamArn')})
 * or {@code <Fn>DynamoDbStream<hash of the ARN as written>EventSourceMapping}, and read access to
 * exactly that stream. Lambda allows one mapping per function and stream.
 */
public final class DynamoDbStreamEventIntegration implements EventIntegration<DynamoDbStreamEvent> {

  static final String POLICY = "dynamodb-stream-event-sources";

  /**
   * What Lambda needs on the stream, all scoped to the stream ARN as in AWS's own example:
   * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/iam-policy-example-lamda-process-dynamodb-streams.html
   * (Lambda's mapping validation asks for ListStreams "on your stream" too.)
   */
  static final List<String> STREAM_ACTIONS =
      List.of(
          "dynamodb:DescribeStream",
          "dynamodb:GetRecords",
          "dynamodb:GetShardIterator",
          "dynamodb:ListStreams");

  @Override
  public Class<DynamoDbStreamEvent> type() {
    return DynamoDbStreamEvent.class;
  }

  @Override
  public void synthesize(
      FunctionAssembly function,
      DynamoDbStreamEvent event,
      ConfigPath eventPath,
      SynthesisContext context) {
    DynamoDbStreamEvent.Properties properties = event.properties();
    ConfigPath propertiesPath = eventPath.key("properties");
    JsonValue streamArn =
        context.values().resolve(properties.streamArn(), propertiesPath.key("streamArn"));
    JsonObject mapping =
        StreamMappings.properties(function, properties, streamArn, propertiesPath, context).build();
    Optional<String> table = tableOf(properties.streamArn());
    String base =
        table.isPresent()
            ? PascalCase.of(table.get()) + "DynamoDbStream"
            : "DynamoDbStream" + EventIds.sourceHash(event);
    Optional<String> identity = EventIds.identity(function, event, base, eventPath, context);
    if (identity.isEmpty()) {
      return;
    }
    String mappingId = function.logicalPrefix() + identity.get() + "EventSourceMapping";
    if (!EventIds.claim(mappingId, function, eventPath, context)) {
      return;
    }
    context
        .template()
        .add(
            mappingId,
            CfResource.of("AWS::Lambda::EventSourceMapping", mapping),
            function.path(),
            function.name());
    function.grant(POLICY, PolicyStatement.allow(STREAM_ACTIONS, List.of(streamArn)));
  }

  /** The config table of a {@code $ResourceParam('<table>', 'streamArn')} reference. */
  private static Optional<String> tableOf(TextValue streamArn) {
    if (!(streamArn instanceof TextValue.Deferred deferred)
        || !deferred.call().name().equals("ResourceParam")
        || deferred.call().arguments().size() != 2) {
      return Optional.empty();
    }
    if (deferred.call().arguments().get(0) instanceof ScalarNode table
        && deferred.call().arguments().get(1) instanceof ScalarNode param
        && param.text().equals("streamArn")) {
      return Optional.of(table.text());
    }
    return Optional.empty();
  }
}
