package dev.formwork.compiler.synth.resource;

import dev.formwork.compiler.naming.PascalCase;
import dev.formwork.compiler.naming.PhysicalNames;
import dev.formwork.compiler.synth.ResourceSynthesizer;
import dev.formwork.compiler.synth.StackIdentity;
import dev.formwork.compiler.synth.SynthesisContext;
import dev.formwork.compiler.template.Cf;
import dev.formwork.compiler.template.CfResource;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.model.EventBusResource;
import java.util.LinkedHashMap;
import java.util.Map;

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

  public static String busLogicalId(String name) {
    return PascalCase.of(name) + "EventBus";
  }

  static String archiveLogicalId(String name) {
    return PascalCase.of(name) + "Archive";
  }

  /** The bus's ARN in the template. */
  public static JsonValue arn(String name) {
    return Cf.getAtt(busLogicalId(name), "Arn");
  }

  private static boolean archived(EventBusResource resource) {
    return resource
        .properties()
        .archivation()
        .map(EventBusResource.Archivation::enabled)
        .orElse(false);
  }

  @Override
  public Map<String, JsonValue> referenceableParams(
      String name, EventBusResource resource, StackIdentity stack) {
    Map<String, JsonValue> params = new LinkedHashMap<>();
    params.put("arn", arn(name));
    if (archived(resource)) {
      params.put("archiveArn", Cf.getAtt(archiveLogicalId(name), "Arn"));
    }
    return params;
  }

  @Override
  public void synthesize(String name, EventBusResource resource, SynthesisContext context) {
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
    properties.eventSourceName().ifPresent(source -> bus.put("EventSourceName", source));
    context
        .template()
        .add(busLogicalId(name), CfResource.of("AWS::Events::EventBus", bus.build()), path, name);
    if (archived(resource)) {
      JsonObject.Builder archive = JsonObject.builder().put("SourceArn", arn(name));
      properties
          .archivation()
          .orElseThrow()
          .retentionDays()
          .ifPresent(days -> archive.put("RetentionDays", days));
      context
          .template()
          .add(
              archiveLogicalId(name),
              CfResource.of("AWS::Events::Archive", archive.build()),
              path,
              name);
    }
  }
}
