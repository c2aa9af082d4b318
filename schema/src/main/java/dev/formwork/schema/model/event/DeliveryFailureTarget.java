package dev.formwork.schema.model.event;

import dev.formwork.schema.bind.Doc;
import dev.formwork.schema.bind.ModelConstraintException;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.value.TextValue;
import java.util.Optional;

/** An SQS dead-letter queue for events that could not be delivered; exactly one of name or ARN. */
@Doc("A dead-letter SQS queue: exactly one of sqsQueueName or sqsQueueArn.")
public record DeliveryFailureTarget(
    @Doc("Name of an sqs-queue resource in this config.") Optional<String> sqsQueueName,
    @Doc("ARN of an existing queue.") Optional<TextValue> sqsQueueArn) {
  public DeliveryFailureTarget {
    if (sqsQueueName.isPresent() == sqsQueueArn.isPresent()) {
      throw new ModelConstraintException(
          Code.CONFIG_EXACTLY_ONE,
          "sqsQueueName",
          "Give exactly one of sqsQueueName or sqsQueueArn.");
    }
  }
}
