package dev.formwork.schema.model.event;

import dev.formwork.schema.node.ConfigNode;
import java.util.List;
import java.util.Optional;

/**
 * Shared accessors of the stream event types (Kinesis and DynamoDB), for their shared synthesis.
 */
public interface StreamOptions {
  Optional<Integer> batchSize();

  Optional<Integer> maxBatchWindowSeconds();

  StartingPosition startingPosition();

  Optional<Integer> maximumRetryAttempts();

  Optional<StreamFailureDestination> onFailure();

  Optional<Integer> parallelizationFactor();

  Optional<Boolean> bisectBatchOnFunctionError();

  List<ConfigNode> filterPatterns();

  boolean enabled();
}
