package dev.formwork.compiler.synth.connect;

import dev.formwork.schema.model.SqsQueueResource;
import java.util.List;

/**
 * connectTo an {@code sqs-queue}: send, receive, delete and purge messages on that queue
 * (Stacktape's named actions).
 */
public final class SqsQueueConnectTarget implements ConnectTarget<SqsQueueResource> {

  static final List<String> ACTIONS =
      List.of(
          "sqs:ChangeMessageVisibility",
          "sqs:DeleteMessage",
          "sqs:GetQueueAttributes",
          "sqs:GetQueueUrl",
          "sqs:ListQueueTags",
          "sqs:PurgeQueue",
          "sqs:ReceiveMessage",
          "sqs:SendMessage");

  @Override
  public Class<SqsQueueResource> type() {
    return SqsQueueResource.class;
  }

  @Override
  public void connect(Connection<SqsQueueResource> connection) {
    connection.allow(ACTIONS, List.of(connection.param("arn")));
  }
}
