package dev.formwork.compiler.synth.ref;

import dev.formwork.compiler.naming.LogicalIds;
import dev.formwork.compiler.template.Cf;
import dev.formwork.schema.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;

/** A {@code kinesis-stream} of the config: {@code <Name>Stream}. */
public record KinesisStreamRef(String name) implements ResourceRef, HasArn {

  public String logicalId() {
    return LogicalIds.stream(name);
  }

  @Override
  public JsonValue arn() {
    return Cf.getAtt(logicalId(), "Arn");
  }

  @Override
  public Map<String, JsonValue> params() {
    Map<String, JsonValue> params = new LinkedHashMap<>();
    params.put("arn", arn());
    // Ref returns the stream name; Stacktape writes the literal name, which hides the dependency.
    params.put("name", Cf.ref(logicalId()));
    return params;
  }
}
