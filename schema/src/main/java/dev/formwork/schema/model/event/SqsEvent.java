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

/** Consume messages of an SQS queue. */
@Doc("Consume messages of an SQS queue.")
public record SqsEvent(Properties properties) implements FunctionEvent {

  @Override
  public String typeName() {
    return "sqs";
  }

  @Override
  public Optional<String> alias() {
    return properties.alias();
  }

  /** The queue, batching and options. */
  @Doc("SQS event properties: exactly one of sqsQueueName or sqsQueueArn.")
  public record Properties(
      @Doc("Name of an sqs-queue resource in this config.") Optional<String> sqsQueueName,
      @Doc("ARN of an existing queue.") Optional<TextValue> sqsQueueArn,
      @Doc("Messages per batch (over 10 needs maxBatchWindowSeconds).") @Range(min = 1, max = 10000)
          Optional<Integer> batchSize,
      @Doc("Seconds to gather a batch.") @Range(min = 0, max = 300)
          Optional<Integer> maxBatchWindowSeconds,
      @Doc("Let the handler report individual failed messages (ReportBatchItemFailures).")
          @Default("false")
          boolean reportBatchItemFailures,
      @Doc("Event filter patterns; only matching messages invoke the function.")
          List<ConfigNode> filterPatterns,
      @Doc("Maximum concurrent invocations for this queue.") @Range(min = 2, max = 1000)
          Optional<Integer> maxConcurrency,
      @Doc(
              "Create the mapping enabled; false creates it disabled, to enable later without"
                  + " replacement.")
          @Default("true")
          boolean enabled,
      @Doc(FunctionEvent.ALIAS_DOC)
          @Pattern(regex = FunctionAlias.NAME_PATTERN, meaning = FunctionAlias.NAME_MEANING)
          Optional<String> alias) {
    public Properties {
      if (sqsQueueName.isPresent() == sqsQueueArn.isPresent()) {
        throw new ModelConstraintException(
            Code.CONFIG_EXACTLY_ONE,
            "sqsQueueName",
            "Give exactly one of sqsQueueName or sqsQueueArn.");
      }
      // AWS rejects standard-queue batches over 10 without a batching window:
      // https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-parameters.html
      if (batchSize.orElse(10) > 10 && maxBatchWindowSeconds.orElse(0) < 1) {
        throw new ModelConstraintException(
            Code.CONFIG_SQS_BATCH_WINDOW,
            "batchSize",
            "batchSize over 10 needs maxBatchWindowSeconds of at least 1.");
      }
    }
  }
}
