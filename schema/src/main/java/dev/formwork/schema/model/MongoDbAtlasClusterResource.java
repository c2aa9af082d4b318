package dev.formwork.schema.model;

import dev.formwork.schema.bind.ConfigEnum;
import dev.formwork.schema.bind.Default;
import dev.formwork.schema.bind.Doc;
import dev.formwork.schema.bind.ModelConstraintException;
import dev.formwork.schema.bind.NotSupported;
import dev.formwork.schema.bind.Range;
import dev.formwork.schema.bind.Required;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.node.ConfigNode;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code mongo-db-atlas-cluster} resource: a MongoDB Atlas cluster on AWS in the stack's Atlas
 * project (registry type MongoDB::Atlas::Cluster). Like Stacktape, it has no {@code overrides}.
 */
@Doc(
    "A MongoDB Atlas cluster on AWS, in the stack's Atlas project (registry types"
        + " MongoDB::Atlas::Project and MongoDB::Atlas::Cluster). Needs"
        + " providerConfig.mongoDbAtlas.")
public record MongoDbAtlasClusterResource(@Doc("Cluster properties.") Properties properties)
    implements ResourceDefinition {

  @Override
  public String typeName() {
    return "mongo-db-atlas-cluster";
  }

  /**
   * The type takes no overrides (as in Stacktape); an {@code overrides} key is an unknown property.
   */
  @Override
  public Map<String, ConfigNode> overrides() {
    return Map.of();
  }

  /** Every supported property of an Atlas cluster. */
  @Doc("Properties of a MongoDB Atlas cluster.")
  public record Properties(
      @Doc("Instance size. M2/M5 are shared tiers; M10 and above are dedicated.") @Required
          ClusterTier clusterTier,
      @Doc("MongoDB major version.") @Default("7.0") MongoVersion version,
      @Doc("Number of shards; more than 1 makes a sharded cluster (M30 and above).")
          @Default("1")
          @Range(min = 1, max = 50)
          int numShards,
      @Doc("Node counts (dedicated tiers only).") Optional<Replication> replication,
      @Doc("Cloud backups (dedicated tiers only).") @Default("false") boolean enableBackups,
      @Doc("Continuous backups for point-in-time restore; needs enableBackups.") @Default("false")
          boolean enablePointInTimeRecovery,
      @Doc("Storage in GB (dedicated tiers only).") @Range(min = 10, max = 4096)
          Optional<Integer> diskSizeGB,
      @Doc("BI Connector for SQL access (dedicated tiers only).") Optional<BiConnector> biConnector,
      @Doc("Tier and storage auto-scaling (dedicated tiers only).")
          Optional<AutoScaling> autoScaling,
      @NotSupported(
              "An admin user with a password is not created by formwork; functions use IAM users"
                  + " through connectTo.")
          Optional<ConfigNode> adminUserCredentials) {
    public Properties {
      if (clusterTier.shared()) {
        if (numShards > 1
            || replication.isPresent()
            || enableBackups
            || diskSizeGB.isPresent()
            || biConnector.isPresent()
            || autoScaling.isPresent()) {
          throw new ModelConstraintException(
              Code.CONFIG_ATLAS_SHARED_TIER,
              "clusterTier",
              "Shared tier "
                  + clusterTier.configValue()
                  + " supports none of numShards, replication, enableBackups, diskSizeGB,"
                  + " biConnector and autoScaling; choose M10 or above to use them.");
        }
      }
      if (numShards > 1 && clusterTier.ordinal() < ClusterTier.M30.ordinal()) {
        throw new ModelConstraintException(
            Code.CONFIG_ATLAS_SHARDING_TIER,
            "numShards",
            "A sharded Atlas cluster (numShards above 1) needs clusterTier M30 or above.");
      }
      if (enablePointInTimeRecovery && !enableBackups) {
        throw new ModelConstraintException(
            Code.CONFIG_ATLAS_PIT_WITHOUT_BACKUPS,
            "enablePointInTimeRecovery",
            "enablePointInTimeRecovery needs enableBackups: true.");
      }
    }
  }

  /** Node counts of each region config. */
  @Doc("Node counts.")
  public record Replication(
      @Doc("Nodes that can become primary: 3, 5 or 7.") @Default("3") @Range(min = 3, max = 7)
          int numElectableNodes,
      @Doc("Read-only nodes.") @Default("0") @Range(min = 0, max = 50) int numReadOnlyNodes,
      @Doc("Analytics nodes.") @Default("0") @Range(min = 0, max = 50) int numAnalyticsNodes) {
    public Replication {
      if (numElectableNodes % 2 == 0) {
        throw new ModelConstraintException(
            Code.CONFIG_ATLAS_ELECTABLE_NODES,
            "numElectableNodes",
            "numElectableNodes must be 3, 5 or 7.");
      }
    }
  }

  /** The BI Connector settings. */
  @Doc("BI Connector.")
  public record BiConnector(
      @Doc("Turn the BI Connector on.") @Required boolean enabled,
      @Doc("Nodes the connector reads from.") Optional<ReadPreference> readPreference) {}

  /** Auto-scaling of tier and storage. */
  @Doc("Auto-scaling.")
  public record AutoScaling(
      @Doc("Lowest tier to scale down to.") Optional<ClusterTier> minClusterTier,
      @Doc("Highest tier to scale up to; tier auto-scaling is on when it is set.")
          Optional<ClusterTier> maxClusterTier,
      @Doc("Keep the storage size fixed.") @Default("false") boolean disableDiskScaling,
      @Doc("Only scale up, never down.") @Default("false") boolean disableScaleDown) {
    public AutoScaling {
      if ((minClusterTier.isPresent() && minClusterTier.get().shared())
          || (maxClusterTier.isPresent() && maxClusterTier.get().shared())) {
        throw new ModelConstraintException(
            Code.CONFIG_ATLAS_SHARED_TIER,
            "maxClusterTier",
            "Auto-scaling tiers must be M10 or above.");
      }
      if (minClusterTier.isPresent() && maxClusterTier.isEmpty()) {
        throw new ModelConstraintException(
            Code.CONFIG_ATLAS_AUTOSCALING,
            "minClusterTier",
            "minClusterTier needs maxClusterTier: tier auto-scaling is on only with a maximum.");
      }
    }
  }

  /** MongoDB major versions Atlas offers for new clusters. */
  public enum MongoVersion implements ConfigEnum {
    V5("5.0"),
    V6("6.0"),
    V7("7.0");

    private final String value;

    MongoVersion(String value) {
      this.value = value;
    }

    @Override
    public String configValue() {
      return value;
    }
  }

  /** Nodes the BI Connector reads from. */
  public enum ReadPreference implements ConfigEnum {
    PRIMARY("primary"),
    SECONDARY("secondary"),
    ANALYTICS("analytics");

    private final String value;

    ReadPreference(String value) {
      this.value = value;
    }

    @Override
    public String configValue() {
      return value;
    }
  }

  /**
   * Atlas cluster tiers as Stacktape names them, in ascending order, with Atlas's instance size
   * name.
   */
  public enum ClusterTier implements ConfigEnum {
    M2("M2", "M2"),
    M5("M5", "M5"),
    M10("M10", "M10"),
    M20("M20", "M20"),
    M30("M30", "M30"),
    M40("M40", "M40"),
    R40("M40 Low-CPU (R40)", "R40"),
    M40_NVME("M40_NVME", "M40_NVME"),
    M50("M50", "M50"),
    R50("M50 Low-CPU (R50)", "R50"),
    M50_NVME("M50_NVME", "M50_NVME"),
    M60("M60", "M60"),
    R60("M60 Low-CPU (R60)", "R60"),
    M60_NVME("M60_NVME", "M60_NVME"),
    M80("M80", "M80"),
    R80("M80 Low-CPU (R80)", "R80"),
    M80_NVME("M80_NVME", "M80_NVME"),
    M100("M100", "M100"),
    M140("M140", "M140"),
    M200("M200", "M200"),
    R200("M200 Low-CPU (R200)", "R200"),
    M200_NVME("M200_NVME", "M200_NVME"),
    M300("M300", "M300"),
    R300("M300 Low-CPU (R300)", "R300"),
    M400("M400", "M400"),
    R400("M400 Low-CPU (R400)", "R400"),
    M400_NVME("M400_NVME", "M400_NVME"),
    M700("M700", "M700"),
    R700("M700 Low-CPU (R700)", "R700");

    private final String value;
    private final String instanceSize;

    ClusterTier(String value, String instanceSize) {
      this.value = value;
      this.instanceSize = instanceSize;
    }

    @Override
    public String configValue() {
      return value;
    }

    /** The InstanceSize Atlas expects, e.g. R40 for "M40 Low-CPU (R40)". */
    public String instanceSize() {
      return instanceSize;
    }

    /** M2 and M5 run on shared hardware (Atlas provider TENANT). */
    public boolean shared() {
      return this == M2 || this == M5;
    }
  }
}
