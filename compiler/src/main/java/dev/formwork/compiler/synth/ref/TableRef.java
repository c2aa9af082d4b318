package dev.formwork.compiler.synth.ref;

import dev.formwork.compiler.naming.LogicalIds;
import dev.formwork.compiler.template.Cf;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.model.DynamoDbTableResource;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code dynamo-db-table} of the config: {@code <Name>GlobalTable}, and its stream if enabled.
 */
public record TableRef(String name, boolean streamEnabled) implements ResourceRef, HasArn {

  public static TableRef of(String name, DynamoDbTableResource table) {
    return new TableRef(name, table.properties().streamType().isPresent());
  }

  public String logicalId() {
    return LogicalIds.table(name);
  }

  @Override
  public JsonValue arn() {
    return Cf.getAtt(logicalId(), "Arn");
  }

  public Optional<JsonValue> streamArn() {
    return streamEnabled ? Optional.of(Cf.getAtt(logicalId(), "StreamArn")) : Optional.empty();
  }

  @Override
  public Map<String, JsonValue> params() {
    Map<String, JsonValue> params = new LinkedHashMap<>();
    params.put("name", Cf.ref(logicalId()));
    params.put("arn", arn());
    if (streamArn().isPresent()) {
      params.put("streamArn", streamArn().get());
    }
    return params;
  }
}
