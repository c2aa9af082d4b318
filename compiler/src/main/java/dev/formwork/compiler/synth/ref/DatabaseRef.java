package dev.formwork.compiler.synth.ref;

import dev.formwork.compiler.naming.LogicalIds;
import dev.formwork.compiler.template.Cf;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.model.RelationalDatabaseResource.AccessibilityMode;
import dev.formwork.schema.model.RelationalDatabaseResource.DatabaseEngine;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@code relational-database} of the config: {@code <Name>DbInstance} (and {@code
 * <Name>DbCluster} for Aurora), how to connect to it, and where it may be reached from. The
 * password is a dynamic reference, never plain text.
 */
public record DatabaseRef(
    String name,
    DatabaseEngine engine,
    String user,
    JsonValue password,
    int port,
    String dbName,
    AccessibilityMode accessibilityMode)
    implements ResourceRef {

  public String instanceLogicalId() {
    return LogicalIds.dbInstance(name);
  }

  public String clusterLogicalId() {
    return LogicalIds.dbCluster(name);
  }

  public JsonValue host() {
    return engine.aurora()
        ? Cf.getAtt(clusterLogicalId(), "Endpoint.Address")
        : Cf.getAtt(instanceLogicalId(), "Endpoint.Address");
  }

  @Override
  public Map<String, JsonValue> params() {
    String portText = Integer.toString(port);
    Map<String, JsonValue> params = new LinkedHashMap<>();
    params.put("host", host());
    params.put("connectionString", connectionString(host()));
    params.put("jdbcConnectionString", jdbcConnectionString(host()));
    if (engine.aurora()) {
      JsonValue readerHost = Cf.getAtt(clusterLogicalId(), "ReadEndpoint.Address");
      params.put("readerHost", readerHost);
      params.put("readerConnectionString", connectionString(readerHost));
      params.put("readerPort", new JsonString(portText));
      params.put("readerJdbcConnectionString", jdbcConnectionString(readerHost));
    }
    params.put("port", new JsonString(portText));
    params.put("dbName", new JsonString(dbName));
    return params;
  }

  private String scheme() {
    if (engine.postgres()) {
      return "postgresql";
    }
    return engine == DatabaseEngine.MARIADB ? "mariadb" : "mysql";
  }

  /**
   * {@code postgresql://user:password@host:port/db}; the password stays a dynamic reference inside
   * Fn::Join.
   */
  private JsonValue connectionString(JsonValue host) {
    return Cf.join(
        "",
        List.of(
            new JsonString(scheme() + "://" + user + ":"),
            password,
            new JsonString("@"),
            host,
            new JsonString(":" + port + "/" + dbName)));
  }

  private JsonValue jdbcConnectionString(JsonValue host) {
    return Cf.join(
        "",
        List.of(
            new JsonString("jdbc:" + scheme() + "://"),
            host,
            new JsonString(":" + port + "/" + dbName + "?user=" + user + "&password="),
            password));
  }
}
