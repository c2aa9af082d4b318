package dev.formwork.compiler.synth.ref;

import dev.formwork.compiler.naming.LogicalIds;
import dev.formwork.compiler.template.Cf;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.model.EventBusResource;
import java.util.LinkedHashMap;
import java.util.Map;

/** An {@code event-bus} of the config: {@code <Name>EventBus}, and its archive when enabled. */
public record EventBusRef(String name, boolean archived) implements ResourceRef, HasArn {

  public static EventBusRef of(String name, EventBusResource bus) {
    return new EventBusRef(
        name,
        bus.properties().archivation().isPresent()
            && bus.properties().archivation().get().enabled());
  }

  public String logicalId() {
    return LogicalIds.eventBus(name);
  }

  public String archiveLogicalId() {
    return LogicalIds.eventBusArchive(name);
  }

  @Override
  public JsonValue arn() {
    return Cf.getAtt(logicalId(), "Arn");
  }

  @Override
  public Map<String, JsonValue> params() {
    Map<String, JsonValue> params = new LinkedHashMap<>();
    params.put("arn", arn());
    if (archived) {
      params.put("archiveArn", Cf.getAtt(archiveLogicalId(), "Arn"));
    }
    return params;
  }
}
