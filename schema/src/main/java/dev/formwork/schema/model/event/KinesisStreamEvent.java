package dev.formwork.schema.model.event;

import dev.formwork.schema.bind.Default;
import dev.formwork.schema.bind.Doc;
import dev.formwork.schema.bind.ModelConstraintException;
import dev.formwork.schema.bind.Pattern;
import dev.formwork.schema.bind.Range;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.model.function.FunctionAlias;
import dev.formwork.schema.node.ConfigNode;
import dev.formwork.schema.value.TextValue;
import java.util.List;
import java.util.Optional;

/** Consume a Kinesis stream directly or through an enhanced fan-out consumer. */
@Doc("Consume a Kinesis stream.")
public record KinesisStreamEvent(Properties properties) implements FunctionEvent {

  @Override
  public String typeName() {
    return "kinesis-stream";
  }

  @Override
  public Optional<String> alias() {
    return properties.alias();
  }

  /** The stream, consumer and batching. */
  @Doc("Kinesis event properties: exactly one of kinesisStreamName or streamArn.")
  public record Properties(
      @Doc("Name of a kinesis-stream resource in this config.") Optional<String> kinesisStreamName,
      @Doc("ARN of an existing stream.") Optional<TextValue> streamArn,
      @Doc("ARN of an existing enhanced fan-out consumer.") Optional<TextValue> consumerArn,
      @Doc("Create an enhanced fan-out consumer for this function.") @Default("false")
          boolean autoCreateConsumer,
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
      implements StreamOptions {
    public Properties {
      if (kinesisStreamName.isPresent() == streamArn.isPresent()) {
        throw new ModelConstraintException(
            Code.CONFIG_EXACTLY_ONE,
            "kinesisStreamName",
            "Give exactly one of kinesisStreamName or streamArn.");
      }
      if (consumerArn.isPresent() && autoCreateConsumer) {
        throw new ModelConstraintException(
            Code.CONFIG_EXCLUSIVE_PROPERTIES,
            "consumerArn",
            "Use either consumerArn or autoCreateConsumer, not both.");
      }
    }
  }
}
