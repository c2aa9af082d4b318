package dev.formwork.compiler.synth.connect;

import dev.formwork.compiler.synth.ref.QueueRef;
import dev.formwork.schema.model.SqsQueueResource;
import java.util.List;

/**
 * connectTo an {@code sqs-queue}: send, receive, delete and purge messages on that queue
 * (Stacktape's named actions).
 */
public final class SqsQueueConnectTarget implements ConnectTarget<QueueRef> {

  @Override
  public Class<SqsQueueResource> resourceType() {
    return SqsQueueResource.class;
  }

  @Override
  public Class<QueueRef> refType() {
    return QueueRef.class;
  }

  @Override
  public void connect(Connection<QueueRef> connection) {
    connection.allow(QueueRef.CONSUME_ACTIONS, List.of(connection.target().arn()));
  }
}
