package dev.formwork.schema.model;

import dev.formwork.schema.bind.ConfigEnum;
import dev.formwork.schema.bind.Default;
import dev.formwork.schema.bind.Doc;
import dev.formwork.schema.bind.NotSupported;
import dev.formwork.schema.bind.Range;
import dev.formwork.schema.bind.Required;
import dev.formwork.schema.node.ConfigNode;
import dev.formwork.schema.value.TextValue;
import java.util.Map;
import java.util.Optional;

/** A {@code redis-cluster} resource: an ElastiCache Redis replication group in the stack's VPC. */
@Doc(
    "A Redis cluster (ElastiCache replication group, TLS on), reachable only from the stack's VPC.")
public record RedisClusterResource(
    @Doc("Redis properties.") Properties properties,
    @Doc(
            "Property overrides by child logical ID (e.g. CacheReplicationGroup), paths relative to"
                + " Properties.")
        Map<String, ConfigNode> overrides)
    implements ResourceDefinition {

  @Override
  public String typeName() {
    return "redis-cluster";
  }

  /** Every supported property of a redis-cluster. */
  @Doc("Properties of a Redis cluster.")
  public record Properties(
      @Doc("Node type, e.g. cache.t4g.micro.") @Required String instanceSize,
      @Doc(
              "Password of the default user, as $Secret('name.key'). Omit it to have formwork"
                  + " generate one in Secrets Manager. A plain-text password becomes a NoEcho"
                  + " template parameter that formwork deploy supplies (with a warning).")
          Optional<TextValue> defaultUserPassword,
      @Doc("Read replicas besides the primary; with one or more, failover is automatic.")
          @Default("0")
          @Range(min = 0, max = 5)
          int numReplicaNodes,
      @Doc("Redis engine version. Default: the AWS default version.")
          Optional<String> engineVersion,
      @Doc("Port.") @Default("6379") @Range(min = 1024, max = 65535) int port,
      @Doc("Who can reach the cluster inside the VPC.") Optional<Accessibility> accessibility,
      @NotSupported("Sharded (cluster-mode) Redis is not supported yet.")
          Optional<ConfigNode> numShards) {}

  /** Network accessibility of the cluster; Redis is always inside the VPC. */
  @Doc("Network accessibility.")
  public record Accessibility(
      @Doc(
              "vpc: anything in the stack's VPC; scoping-workloads-in-vpc: only the functions that"
                  + " connectTo it.")
          @Default("vpc")
          AccessibilityMode accessibilityMode) {}

  /** Redis accessibility modes. */
  public enum AccessibilityMode implements ConfigEnum {
    VPC("vpc"),
    SCOPING_WORKLOADS_IN_VPC("scoping-workloads-in-vpc");

    private final String value;

    AccessibilityMode(String value) {
      this.value = value;
    }

    @Override
    public String configValue() {
      return value;
    }
  }
}
