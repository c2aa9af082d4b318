package dev.formwork.compiler.synth.ref;

import dev.formwork.compiler.naming.LogicalIds;
import dev.formwork.compiler.template.Cf;
import dev.formwork.schema.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;

/** A {@code lambda-layer} of the config: {@code <Name>Layer}, whose Ref is its version ARN. */
public record LayerRef(String name) implements ResourceRef, HasArn {

  public String logicalId() {
    return LogicalIds.layer(name);
  }

  @Override
  public JsonValue arn() {
    return Cf.ref(logicalId());
  }

  @Override
  public Map<String, JsonValue> params() {
    Map<String, JsonValue> params = new LinkedHashMap<>();
    params.put("arn", arn());
    return params;
  }
}
