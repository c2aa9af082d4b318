package dev.formwork.compiler.synth.ref;

import dev.formwork.compiler.naming.LogicalIds;
import dev.formwork.compiler.template.Cf;
import dev.formwork.schema.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;

/** An {@code upstash-redis} of the config: {@code <Name>Database}, and how to connect to it. */
public record UpstashRedisRef(String name) implements ResourceRef {

  public String logicalId() {
    return LogicalIds.upstashDatabase(name);
  }

  @Override
  public Map<String, JsonValue> params() {
    String id = logicalId();
    Map<String, JsonValue> params = new LinkedHashMap<>();
    params.put("host", Cf.getAtt(id, "Endpoint"));
    params.put("port", Cf.getAtt(id, "Port"));
    params.put("password", Cf.getAtt(id, "Password"));
    params.put("restToken", Cf.getAtt(id, "RestToken"));
    params.put("readOnlyRestToken", Cf.getAtt(id, "ReadOnlyRestToken"));
    // Upstash serves REST on https://<endpoint> (port 443); Stacktape appends the Redis port, which
    // the REST API does not listen on: https://upstash.com/docs/redis/features/restapi
    params.put("restUrl", Cf.sub("https://${" + id + ".Endpoint}"));
    params.put(
        "redisUrl",
        Cf.sub(
            "rediss://default:${" + id + ".Password}@${" + id + ".Endpoint}:${" + id + ".Port}"));
    return params;
  }
}
