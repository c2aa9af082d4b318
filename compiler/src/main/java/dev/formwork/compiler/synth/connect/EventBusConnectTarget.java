package dev.formwork.compiler.synth.connect;

import dev.formwork.schema.model.EventBusResource;
import java.util.List;

/** connectTo an {@code event-bus}: {@code events:PutEvents} on that bus. */
public final class EventBusConnectTarget implements ConnectTarget<EventBusResource> {

  @Override
  public Class<EventBusResource> type() {
    return EventBusResource.class;
  }

  @Override
  public void connect(Connection<EventBusResource> connection) {
    connection.allow(List.of("events:PutEvents"), List.of(connection.param("arn")));
  }
}
