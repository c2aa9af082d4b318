package dev.formwork.schema.model;

import dev.formwork.schema.bind.Default;
import dev.formwork.schema.bind.Doc;
import dev.formwork.schema.bind.ModelConstraintException;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.node.ConfigNode;
import java.util.Map;

/**
 * An {@code upstash-redis} resource: a serverless Upstash Redis database (registry type
 * Upstash::DatabasesV1::Database).
 */
@Doc(
    "A serverless Redis database at Upstash, created through the Upstash::DatabasesV1::Database"
        + " registry type. Needs providerConfig.upstash.")
public record UpstashRedisResource(
    @Doc("Upstash Redis properties.") Properties properties,
    @Doc(
            "Property overrides by child logical ID (e.g. CacheDatabase), paths relative to"
                + " Properties.")
        Map<String, ConfigNode> overrides)
    implements ResourceDefinition {

  @Override
  public String typeName() {
    return "upstash-redis";
  }

  /** Every supported property of an upstash-redis database. */
  @Doc("Properties of an Upstash Redis database.")
  public record Properties(
      @Doc("Evict keys (allkeys-lru style) when the database is full instead of refusing writes.")
          @Default("false")
          boolean enableEviction,
      @Doc(
              "Encrypt connections with TLS. Upstash creates every database with TLS, so only"
                  + " true is accepted.")
          @Default("true")
          boolean enableTls) {
    public Properties {
      // https://upstash.com/docs/redis/features/security#tls
      if (!enableTls) {
        throw new ModelConstraintException(
            Code.CONFIG_INVALID_VALUE,
            "enableTls",
            "Upstash creates every Redis database with TLS; enableTls: false cannot be honoured.");
      }
    }
  }
}
