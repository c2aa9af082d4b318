package dev.formwork.compiler.synth.connect;

import dev.formwork.compiler.synth.ref.EventBusRef;
import dev.formwork.schema.model.EventBusResource;
import java.util.List;

/** connectTo an {@code event-bus}: {@code events:PutEvents} on that bus. */
public final class EventBusConnectTarget implements ConnectTarget<EventBusRef> {

  @Override
  public Class<EventBusResource> resourceType() {
    return EventBusResource.class;
  }

  @Override
  public Class<EventBusRef> refType() {
    return EventBusRef.class;
  }

  @Override
  public void connect(Connection<EventBusRef> connection) {
    connection.allow(List.of("events:PutEvents"), List.of(connection.target().arn()));
  }
}
