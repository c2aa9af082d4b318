package dev.formwork.compiler.synth.ref;

import dev.formwork.compiler.naming.LogicalIds;
import dev.formwork.compiler.template.Cf;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.model.SqsQueueResource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** An {@code sqs-queue} of the config: {@code <Name>Queue}, and what its consumers may call. */
public record QueueRef(String name, boolean fifo, int visibilityTimeoutSeconds)
    implements ResourceRef, HasArn {

  /** SQS's default visibility timeout, used when the queue does not set one. */
  public static final int DEFAULT_VISIBILITY_TIMEOUT = 30;

  /**
   * What the Lambda poller of an sqs event calls on the queue with the function's role: receive,
   * then delete or re-hide each message. It never sends, purges or looks the queue up by name.
   */
  public static final List<String> POLL_ACTIONS =
      List.of(
          "sqs:ChangeMessageVisibility",
          "sqs:DeleteMessage",
          "sqs:GetQueueAttributes",
          "sqs:ReceiveMessage");

  /**
   * What connectTo grants: the poller's actions plus what application code needs to work the queue
   * itself (send, look up its URL, read its tags, purge). The sqs event grants only {@link
   * #POLL_ACTIONS}, because Lambda, not the function's code, reads that queue.
   */
  public static final List<String> CONSUME_ACTIONS =
      Stream.concat(
              POLL_ACTIONS.stream(),
              Stream.of(
                  "sqs:GetQueueUrl", "sqs:ListQueueTags", "sqs:PurgeQueue", "sqs:SendMessage"))
          .toList();

  public static QueueRef of(String name, SqsQueueResource queue) {
    return new QueueRef(
        name,
        queue.properties().fifoEnabled(),
        queue.properties().visibilityTimeoutSeconds().orElse(DEFAULT_VISIBILITY_TIMEOUT));
  }

  public String logicalId() {
    return LogicalIds.queue(name);
  }

  public String policyLogicalId() {
    return LogicalIds.queuePolicy(name);
  }

  @Override
  public JsonValue arn() {
    return Cf.getAtt(logicalId(), "Arn");
  }

  /** Ref of an AWS::SQS::Queue is its URL. */
  public JsonValue url() {
    return Cf.ref(logicalId());
  }

  public JsonValue queueName() {
    return Cf.getAtt(logicalId(), "QueueName");
  }

  @Override
  public Map<String, JsonValue> params() {
    Map<String, JsonValue> params = new LinkedHashMap<>();
    params.put("arn", arn());
    params.put("url", url());
    params.put("name", queueName());
    return params;
  }
}
