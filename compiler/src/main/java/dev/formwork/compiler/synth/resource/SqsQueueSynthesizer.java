package dev.formwork.compiler.synth.resource;

import dev.formwork.compiler.naming.PhysicalNames;
import dev.formwork.compiler.synth.ResourceSynthesizer;
import dev.formwork.compiler.synth.StackIdentity;
import dev.formwork.compiler.synth.SynthesisContext;
import dev.formwork.compiler.synth.ref.QueueRef;
import dev.formwork.compiler.template.Cf;
import dev.formwork.compiler.template.CfResource;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.model.SqsQueueResource;
import java.util.Optional;

/**
 * Synthesizes an {@code sqs-queue} as {@code <Name>Queue} (AWS::SQS::Queue, SQS-managed encryption
 * on) and registers its policy statements with {@code stack.QueuePolicies}, which writes {@code
 * <Name>QueuePolicy} when any exist.
 */
public final class SqsQueueSynthesizer implements ResourceSynthesizer<SqsQueueResource> {

  /** SQS queue names are at most 80 characters, including the .fifo suffix. */
  static final int NAME_LIMIT = 80;

  private static final String FIFO_SUFFIX = ".fifo";

  @Override
  public Class<SqsQueueResource> type() {
    return SqsQueueResource.class;
  }

  static String physicalName(String stackName, String name, boolean fifo) {
    return fifo
        ? PhysicalNames.fit(stackName + "-" + name, NAME_LIMIT - FIFO_SUFFIX.length()) + FIFO_SUFFIX
        : PhysicalNames.fit(stackName + "-" + name, NAME_LIMIT);
  }

  @Override
  public QueueRef ref(String name, SqsQueueResource resource, StackIdentity stack) {
    return QueueRef.of(name, resource);
  }

  @Override
  public void synthesize(String name, SqsQueueResource resource, SynthesisContext context) {
    QueueRef queue = QueueRef.of(name, resource);
    ConfigPath path = ConfigPath.of("resources", name);
    ConfigPath propertiesPath = path.key("properties");
    SqsQueueResource.Properties properties = resource.properties();
    JsonObject.Builder json =
        JsonObject.builder()
            .put(
                "QueueName",
                physicalName(context.stack().stackName(), name, properties.fifoEnabled()))
            // Encryption at rest with SQS-owned keys: free, and needs no KMS permissions from
            // producers or consumers.
            .put("SqsManagedSseEnabled", true);
    json.putIfPresent("DelaySeconds", properties.delayMessagesSecond());
    json.putIfPresent("MaximumMessageSize", properties.maxMessageSizeBytes());
    json.putIfPresent("MessageRetentionPeriod", properties.messageRetentionPeriodSeconds());
    json.putIfPresent("ReceiveMessageWaitTimeSeconds", properties.longPollingSeconds());
    json.putIfPresent("VisibilityTimeout", properties.visibilityTimeoutSeconds());
    if (properties.fifoEnabled()) {
      json.put("FifoQueue", true);
      if (properties.contentBasedDeduplication()) {
        json.put("ContentBasedDeduplication", true);
      }
      // High throughput mode:
      // https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/high-throughput-fifo.html
      json.put("DeduplicationScope", properties.fifoHighThroughput() ? "messageGroup" : "queue");
      json.put(
          "FifoThroughputLimit",
          properties.fifoHighThroughput() ? "perMessageGroupId" : "perQueue");
    }
    if (properties.redrivePolicy().isPresent()) {
      SqsQueueResource.RedrivePolicy redrive = properties.redrivePolicy().get();
      Optional<JsonValue> deadLetter =
          deadLetterArn(queue, redrive, propertiesPath.key("redrivePolicy"), context);
      if (deadLetter.isPresent()) {
        json.put(
            "RedrivePolicy",
            JsonObject.builder()
                .put("deadLetterTargetArn", deadLetter.get())
                .put("maxReceiveCount", redrive.maxReceiveCount())
                .build());
      }
    }
    context
        .template()
        .add(queue.logicalId(), CfResource.of("AWS::SQS::Queue", json.build()), path, name);

    for (int i = 0; i < properties.policyStatements().size(); i++) {
      SqsQueueResource.PolicyStatement statement = properties.policyStatements().get(i);
      ConfigPath statementPath = propertiesPath.key("policyStatements").index(i);
      JsonObject.Builder policy =
          JsonObject.builder()
              .put("Effect", statement.Effect().configValue())
              .put("Action", JsonArray.ofStrings(statement.Action()))
              .put(
                  "Principal",
                  context.values().resolve(statement.Principal(), statementPath.key("Principal")))
              // As in Stacktape, a queue policy statement always applies to this queue only.
              .put("Resource", queue.arn());
      if (statement.Condition().isPresent()) {
        policy.put(
            "Condition",
            context.values().resolve(statement.Condition().get(), statementPath.key("Condition")));
      }
      context.queuePolicies().add(queue, policy.build());
    }
    ResourceAlarms.synthesize(
        name,
        properties.alarms(),
        new ResourceAlarms.Dimension("QueueName", Cf.getAtt(queue.logicalId(), "QueueName")),
        path,
        context);
  }

  private static Optional<JsonValue> deadLetterArn(
      QueueRef queue,
      SqsQueueResource.RedrivePolicy redrive,
      ConfigPath path,
      SynthesisContext context) {
    if (redrive.targetSqsQueueArn().isPresent()) {
      return Optional.of(
          context
              .values()
              .resolve(redrive.targetSqsQueueArn().get(), path.key("targetSqsQueueArn")));
    }
    ConfigPath targetPath = path.key("targetSqsQueueName");
    Optional<QueueRef> dlq =
        context
            .index()
            .queue(redrive.targetSqsQueueName().orElseThrow(), targetPath, context.diagnostics());
    if (dlq.isEmpty()) {
      return Optional.empty();
    }
    if (dlq.get().name().equals(queue.name())) {
      context
          .diagnostics()
          .valueError(
              Code.CONFIG_SELF_REFERENCE,
              targetPath,
              "A queue cannot be its own dead-letter queue.");
      return Optional.empty();
    }
    // SQS requires the dead-letter queue of a FIFO queue to be FIFO, and of a standard queue to be
    // standard:
    // https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-dead-letter-queues.html
    if (dlq.get().fifo() != queue.fifo()) {
      context
          .diagnostics()
          .valueError(
              Code.CONFIG_DEAD_LETTER_QUEUE_TYPE,
              targetPath,
              "Queue '"
                  + queue.name()
                  + "' is "
                  + (queue.fifo() ? "FIFO" : "standard")
                  + " but its dead-letter queue '"
                  + dlq.get().name()
                  + "' is "
                  + (dlq.get().fifo() ? "FIFO" : "standard")
                  + "; SQS needs both of the same kind.");
      return Optional.empty();
    }
    return Optional.of(dlq.get().arn());
  }
}
