package dev.formwork.schema.model.event;

import dev.formwork.schema.bind.Default;
import dev.formwork.schema.bind.Doc;
import dev.formwork.schema.bind.Pattern;
import dev.formwork.schema.bind.Range;
import dev.formwork.schema.model.function.FunctionAlias;
import dev.formwork.schema.node.ConfigNode;
import dev.formwork.schema.value.TextValue;
import java.util.List;
import java.util.Optional;

/** Consume a DynamoDB table's stream. */
@Doc("Consume a DynamoDB stream.")
public record DynamoDbStreamEvent(Properties properties) implements FunctionEvent {

  @Override
  public String typeName() {
    return "dynamo-db-stream";
  }

  @Override
  public Optional<String> alias() {
    return properties.alias();
  }

  /** The stream and batching. */
  @Doc("DynamoDB stream event properties.")
  public record Properties(
      @Doc("Stream ARN, usually $ResourceParam('<table>', 'streamArn').") TextValue streamArn,
      @Range(min = 1, max = 10000) Optional<Integer> batchSize,
      @Range(min = 0, max = 300) Optional<Integer> maxBatchWindowSeconds,
      @Default("TRIM_HORIZON") StartingPosition startingPosition,
      @Range(min = -1, max = 10000) Optional<Integer> maximumRetryAttempts,
      Optional<StreamFailureDestination> onFailure,
      @Range(min = 1, max = 10) Optional<Integer> parallelizationFactor,
      Optional<Boolean> bisectBatchOnFunctionError,
      @Doc("Event filter patterns.") List<ConfigNode> filterPatterns,
      @Doc(
              "Create the mapping enabled; false creates it disabled, to enable later without"
                  + " replacement.")
          @Default("true")
          boolean enabled,
      @Doc(FunctionEvent.ALIAS_DOC)
          @Pattern(regex = FunctionAlias.NAME_PATTERN, meaning = FunctionAlias.NAME_MEANING)
          Optional<String> alias)
      implements StreamOptions {}
}
