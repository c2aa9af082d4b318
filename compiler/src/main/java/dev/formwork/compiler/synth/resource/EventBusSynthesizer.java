package dev.formwork.compiler.synth.resource;

import dev.formwork.compiler.naming.PhysicalNames;
import dev.formwork.compiler.synth.ResourceSynthesizer;
import dev.formwork.compiler.synth.StackIdentity;
import dev.formwork.compiler.synth.SynthesisContext;
import dev.formwork.compiler.synth.ref.EventBusRef;
import dev.formwork.compiler.template.CfResource;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.model.EventBusResource;
import java.util.Optional;

/**
 * Synthesizes an {@code event-bus} as {@code <Name>EventBus} (AWS::Events::EventBus) and, when
 * archivation is enabled, {@code <Name>Archive} (AWS::Events::Archive).
 */
public final class EventBusSynthesizer implements ResourceSynthesizer<EventBusResource> {

  static final int NAME_LIMIT = 256;

  @Override
  public Class<EventBusResource> type() {
    return EventBusResource.class;
  }

  @Override
  public EventBusRef ref(String name, EventBusResource resource, StackIdentity stack) {
    return EventBusRef.of(name, resource);
  }

  @Override
  public void synthesize(String name, EventBusResource resource, SynthesisContext context) {
    EventBusRef ref = EventBusRef.of(name, resource);
    ConfigPath path = ConfigPath.of("resources", name);
    EventBusResource.Properties properties = resource.properties();
    // A partner event bus must be named exactly like its partner event source.
    JsonObject.Builder bus =
        JsonObject.builder()
            .put(
                "Name",
                properties
                    .eventSourceName()
                    .orElse(
                        PhysicalNames.fit(context.stack().stackName() + "-" + name, NAME_LIMIT)));
    bus.putIfPresent("EventSourceName", properties.eventSourceName());
    context
        .template()
        .add(ref.logicalId(), CfResource.of("AWS::Events::EventBus", bus.build()), path, name);
    if (ref.archived()) {
      JsonObject.Builder archive = JsonObject.builder().put("SourceArn", ref.arn());
      Optional<Integer> retentionDays = properties.archivation().orElseThrow().retentionDays();
      archive.putIfPresent("RetentionDays", retentionDays);
      context
          .template()
          .add(
              ref.archiveLogicalId(),
              CfResource.of("AWS::Events::Archive", archive.build()),
              path,
              name);
    }
  }
}
