package dev.formwork.schema.model;

import dev.formwork.schema.bind.Default;
import dev.formwork.schema.bind.Doc;
import dev.formwork.schema.bind.ModelConstraintException;
import dev.formwork.schema.bind.NotSupported;
import dev.formwork.schema.bind.Range;
import dev.formwork.schema.bind.Required;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.model.alarm.ResourceAlarm;
import dev.formwork.schema.model.function.StatementEffect;
import dev.formwork.schema.node.ConfigNode;
import dev.formwork.schema.value.TextValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An {@code sqs-queue} resource: a standard or FIFO SQS queue with an optional dead-letter queue
 * and policy.
 */
@Doc("An SQS queue (standard or FIFO).")
public record SqsQueueResource(
    @Doc("Queue properties.") Properties properties,
    @Doc("Property overrides by child logical ID (e.g. JobsQueue), paths relative to Properties.")
        Map<String, ConfigNode> overrides)
    implements ResourceDefinition {

  @Override
  public String typeName() {
    return "sqs-queue";
  }

  /** Every property of an sqs-queue; unset numbers keep the AWS defaults. */
  @Doc("Properties of an SQS queue. Unset values keep the AWS defaults.")
  public record Properties(
      @Doc("Seconds each message is hidden after it is sent (AWS default 0).")
          @Range(min = 0, max = 900)
          Optional<Integer> delayMessagesSecond,
      @Doc("Largest message in bytes (AWS default 262144).") @Range(min = 1024, max = 262144)
          Optional<Integer> maxMessageSizeBytes,
      @Doc("Seconds a message is kept (AWS default 345600, 4 days).")
          @Range(min = 60, max = 1209600)
          Optional<Integer> messageRetentionPeriodSeconds,
      @Doc("Seconds a ReceiveMessage call waits for messages (long polling; AWS default 0).")
          @Range(min = 0, max = 20)
          Optional<Integer> longPollingSeconds,
      @Doc("Seconds a received message stays invisible to other consumers (AWS default 30).")
          @Range(min = 0, max = 43200)
          Optional<Integer> visibilityTimeoutSeconds,
      @Doc("Make this a FIFO queue; its name gets the .fifo suffix.") @Default("false")
          boolean fifoEnabled,
      @Doc("FIFO only: deduplicate and throttle per message group instead of per queue.")
          @Default("false")
          boolean fifoHighThroughput,
      @Doc("FIFO only: deduplicate by a SHA-256 of the message body.") @Default("false")
          boolean contentBasedDeduplication,
      @Doc("Move messages that failed maxReceiveCount times to a dead-letter queue.")
          Optional<RedrivePolicy> redrivePolicy,
      @Doc("Statements of the queue's resource policy; Resource is always this queue.")
          List<PolicyStatement> policyStatements,
      @Doc(
              "CloudWatch alarms on the queue: sqs-queue-received-messages-count,"
                  + " sqs-queue-not-empty.")
          List<ResourceAlarm> alarms,
      @NotSupported("Alarms on queues are not supported yet.")
          Optional<ConfigNode> disabledGlobalAlarms,
      @NotSupported(
              "Queue-side event-bus rules are not supported yet; target the queue from a"
                  + " cloudformationResources rule.")
          Optional<ConfigNode> events) {
    public Properties {
      // Stacktape e81: the FIFO-only settings are meaningless (and rejected by SQS) on a standard
      // queue.
      if (!fifoEnabled && (fifoHighThroughput || contentBasedDeduplication)) {
        String property = fifoHighThroughput ? "fifoHighThroughput" : "contentBasedDeduplication";
        throw new ModelConstraintException(
            Code.CONFIG_FIFO_ONLY,
            property,
            property + " can only be used when fifoEnabled is true (FIFO queues only).");
      }
    }
  }

  /** Where messages go after too many failed receives: exactly one of a queue name or ARN. */
  @Doc(
      "Dead-letter queue: exactly one of targetSqsQueueName or targetSqsQueueArn, and"
          + " maxReceiveCount.")
  public record RedrivePolicy(
      @Doc("Name of an sqs-queue resource in this config.") Optional<String> targetSqsQueueName,
      @Doc("ARN of an existing queue.") Optional<TextValue> targetSqsQueueArn,
      @Doc("Receives after which a message moves to the dead-letter queue.")
          @Required
          @Range(min = 1, max = 1000)
          int maxReceiveCount) {
    public RedrivePolicy {
      // Stacktape e112.
      if (targetSqsQueueName.isPresent() == targetSqsQueueArn.isPresent()) {
        throw new ModelConstraintException(
            Code.CONFIG_EXACTLY_ONE,
            "targetSqsQueueName",
            "Give exactly one of targetSqsQueueName or targetSqsQueueArn.");
      }
    }
  }

  /** One statement of the queue policy. */
  @Doc("A queue policy statement; its Resource is always the queue.")
  public record PolicyStatement(
      @Doc("Allow or Deny.") @Default("Allow") StatementEffect Effect,
      @Doc("SQS actions, e.g. sqs:SendMessage.") @Required List<String> Action,
      @Doc("Who the statement applies to, e.g. {Service: sns.amazonaws.com}.") ConfigNode Principal,
      @Doc("IAM condition block.") Optional<ConfigNode> Condition) {}
}
