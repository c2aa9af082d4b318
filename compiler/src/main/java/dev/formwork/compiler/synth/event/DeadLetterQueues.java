package dev.formwork.compiler.synth.event;

import dev.formwork.compiler.synth.SynthesisContext;
import dev.formwork.compiler.synth.ref.QueueRef;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.model.event.DeliveryFailureTarget;
import java.util.Optional;

/** Resolves an {@code onDeliveryFailure} dead-letter queue, by config name or ARN. */
final class DeadLetterQueues {

  /**
   * The queue's ARN and, for a config queue, its reference (whose policy must admit the sender).
   */
  record DeadLetterQueue(JsonValue arn, Optional<QueueRef> configQueue) {}

  private DeadLetterQueues() {}

  static Optional<DeadLetterQueue> resolve(
      DeliveryFailureTarget target, ConfigPath path, SynthesisContext context) {
    if (target.sqsQueueArn().isPresent()) {
      return Optional.of(
          new DeadLetterQueue(
              context.values().resolve(target.sqsQueueArn().get(), path.key("sqsQueueArn")),
              Optional.empty()));
    }
    Optional<QueueRef> queue =
        context
            .index()
            .queue(
                target.sqsQueueName().orElseThrow(),
                path.key("sqsQueueName"),
                context.diagnostics());
    if (queue.isEmpty()) {
      return Optional.empty();
    }
    if (queue.get().fifo()) {
      // EventBridge and SNS dead-letter queues must be standard queues:
      // https://docs.aws.amazon.com/sns/latest/dg/sns-dead-letter-queues.html
      context
          .diagnostics()
          .valueError(
              Code.CONFIG_FIFO_DEAD_LETTER_QUEUE,
              path.key("sqsQueueName"),
              "Queue '"
                  + queue.get().name()
                  + "' is a FIFO queue; a dead-letter queue for undeliverable events must be a"
                  + " standard queue.");
      return Optional.empty();
    }
    return Optional.of(new DeadLetterQueue(queue.get().arn(), queue));
  }
}
