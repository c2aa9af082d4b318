package dev.formwork.compiler.synth.event;

import dev.formwork.compiler.synth.SynthesisContext;
import dev.formwork.compiler.synth.function.FunctionAssembly;
import dev.formwork.compiler.template.PolicyStatement;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.model.event.StreamFailureDestination;
import dev.formwork.schema.model.event.StreamOptions;
import java.util.Optional;

/**
 * The event source mapping properties shared by Kinesis and DynamoDB stream events (batching,
 * starting position, retries, bisect, parallelization, filters, on-failure destination, enabled),
 * and the IAM the on-failure destination needs.
 */
final class StreamMappings {

  static final String FAILURE_POLICY = "event-failure-destinations";

  private StreamMappings() {}

  static JsonObject.Builder properties(
      FunctionAssembly function,
      StreamOptions options,
      JsonValue eventSourceArn,
      ConfigPath propertiesPath,
      SynthesisContext context) {
    JsonObject.Builder json =
        JsonObject.builder()
            .put("EventSourceArn", eventSourceArn)
            .put("FunctionName", function.endpoint())
            .put("StartingPosition", options.startingPosition().configValue())
            // Always written, so that enabling a mapping created disabled is an in-place update.
            .put("Enabled", options.enabled());
    json.putIfPresent("BatchSize", options.batchSize());
    json.putIfPresent("MaximumBatchingWindowInSeconds", options.maxBatchWindowSeconds());
    json.putIfPresent("MaximumRetryAttempts", options.maximumRetryAttempts());
    json.putIfPresent("ParallelizationFactor", options.parallelizationFactor());
    json.putIfPresent("BisectBatchOnFunctionError", options.bisectBatchOnFunctionError());
    Optional<JsonValue> criteria =
        FilterCriteria.of(options.filterPatterns(), propertiesPath.key("filterPatterns"), context);
    json.putIfPresent("FilterCriteria", criteria);
    if (options.onFailure().isPresent()) {
      StreamFailureDestination destination = options.onFailure().get();
      JsonValue arn =
          context.values().resolve(destination.arn(), propertiesPath.key("onFailure").key("arn"));
      json.put("DestinationConfig", JsonObject.of("OnFailure", JsonObject.of("Destination", arn)));
      // Lambda sends the failed batch's metadata with the function's own role:
      // https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html#invocation-async-destinations
      function.grant(
          FAILURE_POLICY,
          destination.type() == StreamFailureDestination.Kind.SQS
              ? PolicyStatement.allow("sqs:SendMessage", arn)
              : PolicyStatement.allow("sns:Publish", arn));
    }
    return json;
  }
}
