package dev.formwork.compiler.synth.ref;

import dev.formwork.compiler.naming.LogicalIds;
import dev.formwork.compiler.template.Cf;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.model.RedisClusterResource.AccessibilityMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@code redis-cluster} of the config: {@code <Name>ReplicationGroup}, how to connect to it, and
 * where it may be reached from. The password is a dynamic reference, never plain text.
 */
public record RedisClusterRef(
    String name, JsonValue password, int port, AccessibilityMode accessibilityMode)
    implements ResourceRef {

  public String logicalId() {
    return LogicalIds.redisReplicationGroup(name);
  }

  @Override
  public Map<String, JsonValue> params() {
    JsonValue host = Cf.getAtt(logicalId(), "PrimaryEndPoint.Address");
    JsonValue endpointPort = Cf.getAtt(logicalId(), "PrimaryEndPoint.Port");
    JsonValue readerHost = Cf.getAtt(logicalId(), "ReaderEndPoint.Address");
    JsonValue readerPort = Cf.getAtt(logicalId(), "ReaderEndPoint.Port");
    Map<String, JsonValue> params = new LinkedHashMap<>();
    params.put("sharding", new JsonString("disabled"));
    params.put("host", host);
    params.put("connectionString", connectionString(host, endpointPort));
    params.put("readerHost", readerHost);
    params.put("readerConnectionString", connectionString(readerHost, readerPort));
    params.put("port", endpointPort);
    params.put("readerPort", readerPort);
    return params;
  }

  /**
   * {@code rediss://default:<password>@host:port} (TLS, the default user), as Stacktape builds it.
   */
  private JsonValue connectionString(JsonValue host, JsonValue endpointPort) {
    return Cf.join(
        "",
        List.of(
            new JsonString("rediss://default:"),
            password,
            new JsonString("@"),
            host,
            new JsonString(":"),
            endpointPort));
  }
}
