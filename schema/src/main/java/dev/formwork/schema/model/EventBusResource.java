package dev.formwork.schema.model;

import dev.formwork.schema.bind.Doc;
import dev.formwork.schema.bind.Range;
import dev.formwork.schema.bind.Required;
import dev.formwork.schema.node.ConfigNode;
import java.util.Map;
import java.util.Optional;

/** An {@code event-bus} resource: a custom EventBridge bus, optionally with an archive. */
@Doc("A custom EventBridge event bus.")
public record EventBusResource(
    @Doc("Event bus properties.") Properties properties,
    @Doc(
            "Property overrides by child logical ID (e.g. OrdersEventBus), paths relative to"
                + " Properties.")
        Map<String, ConfigNode> overrides)
    implements ResourceDefinition {

  @Override
  public String typeName() {
    return "event-bus";
  }

  /** Every property of an event-bus. */
  @Doc("Properties of an event bus.")
  public record Properties(
      @Doc("Partner event source to receive events from; also the bus name.")
          Optional<String> eventSourceName,
      @Doc("Keep a replayable archive of the bus's events.") Optional<Archivation> archivation) {}

  /** Archive settings. */
  @Doc("Event archive settings.")
  public record Archivation(
      @Doc("Create the archive.") @Required boolean enabled,
      @Doc("Days to keep archived events; unset keeps them indefinitely.") @Range(min = 1)
          Optional<Integer> retentionDays) {}
}
