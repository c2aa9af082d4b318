package dev.formwork.compiler.synth.ref;

import dev.formwork.compiler.naming.LogicalIds;
import dev.formwork.compiler.template.Cf;
import dev.formwork.schema.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@code mongo-db-atlas-cluster} of the config: {@code <Name>Cluster}, and its Atlas cluster
 * name, which database users name in their scopes.
 */
public record AtlasClusterRef(String name, String clusterName) implements ResourceRef {

  public String logicalId() {
    return LogicalIds.atlasCluster(name);
  }

  @Override
  public Map<String, JsonValue> params() {
    Map<String, JsonValue> params = new LinkedHashMap<>();
    params.put("connectionString", Cf.getAtt(logicalId(), "ConnectionStrings.StandardSrv"));
    return params;
  }
}
