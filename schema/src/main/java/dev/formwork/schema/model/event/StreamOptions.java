package dev.formwork.schema.model.event;

/**
 * Shared accessors of the stream event types (Kinesis and DynamoDB), for their shared synthesis.
 */
public interface StreamOptions {
  java.util.Optional<Integer> batchSize();

  java.util.Optional<Integer> maxBatchWindowSeconds();

  StartingPosition startingPosition();

  java.util.Optional<Integer> maximumRetryAttempts();

  java.util.Optional<StreamFailureDestination> onFailure();

  java.util.Optional<Integer> parallelizationFactor();

  java.util.Optional<Boolean> bisectBatchOnFunctionError();

  java.util.List<dev.formwork.schema.node.ConfigNode> filterPatterns();

  boolean enabled();
}
