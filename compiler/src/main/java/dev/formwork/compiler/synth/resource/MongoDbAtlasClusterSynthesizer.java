package dev.formwork.compiler.synth.resource;

import dev.formwork.compiler.naming.LogicalIds;
import dev.formwork.compiler.naming.PhysicalNames;
import dev.formwork.compiler.synth.ResourceSynthesizer;
import dev.formwork.compiler.synth.StackIdentity;
import dev.formwork.compiler.synth.SynthesisContext;
import dev.formwork.compiler.synth.ref.AtlasClusterRef;
import dev.formwork.compiler.synth.stack.AtlasMongoProject;
import dev.formwork.compiler.synth.stack.ThirdPartyProviders;
import dev.formwork.compiler.template.CfResource;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.model.MongoDbAtlasClusterResource;
import dev.formwork.schema.model.MongoDbAtlasClusterResource.AutoScaling;
import dev.formwork.schema.model.MongoDbAtlasClusterResource.ClusterTier;
import dev.formwork.schema.model.MongoDbAtlasClusterResource.Replication;
import dev.formwork.schema.model.stack.ProviderConfig;
import java.util.Locale;
import java.util.Optional;

/**
 * Synthesizes a {@code mongo-db-atlas-cluster} as {@code <Name>Cluster} (public registry type
 * MongoDB::Atlas::Cluster) on AWS in the stack's region, inside the stack's {@link
 * AtlasMongoProject}.
 */
public final class MongoDbAtlasClusterSynthesizer
    implements ResourceSynthesizer<MongoDbAtlasClusterResource> {

  /** Atlas caps cluster names at 64 characters. */
  static final int NAME_LIMIT = 64;

  @Override
  public Class<MongoDbAtlasClusterResource> type() {
    return MongoDbAtlasClusterResource.class;
  }

  /** The Atlas cluster name, which database users name in their scopes. */
  private static String clusterName(StackIdentity stack, String name) {
    return PhysicalNames.fit(stack.stackName() + "-" + name, NAME_LIMIT);
  }

  @Override
  public AtlasClusterRef ref(
      String name, MongoDbAtlasClusterResource resource, StackIdentity stack) {
    return new AtlasClusterRef(name, clusterName(stack, name));
  }

  @Override
  public void synthesize(
      String name, MongoDbAtlasClusterResource resource, SynthesisContext context) {
    ConfigPath path = ConfigPath.of("resources", name);
    Optional<ProviderConfig.MongoDbAtlas> atlas =
        ThirdPartyProviders.atlas(context, path.key("type"), name);
    if (atlas.isEmpty()) {
      return;
    }
    AtlasMongoProject.ensure(atlas.get(), path, name, context);
    MongoDbAtlasClusterResource.Properties properties = resource.properties();
    JsonObject.Builder cluster =
        JsonObject.builder()
            .put("ClusterType", properties.numShards() > 1 ? "SHARDED" : "REPLICASET")
            .put("MongoDBMajorVersion", properties.version().configValue())
            .put("Name", clusterName(context.stack(), name))
            .put("Profile", AtlasMongoProject.profile(context))
            .put("ProjectId", AtlasMongoProject.projectId())
            .put(
                "ReplicationSpecs",
                JsonArray.of(
                    JsonObject.builder()
                        .put(
                            "AdvancedRegionConfigs",
                            JsonArray.of(regionConfig(properties, context.stack().region())))
                        .put("NumShards", properties.numShards())
                        .build()));
    if (!properties.clusterTier().shared()) {
      cluster
          .put("BackupEnabled", properties.enableBackups())
          .put("PitEnabled", properties.enablePointInTimeRecovery());
    }
    cluster.putIfPresent("DiskSizeGB", properties.diskSizeGB());
    if (properties.biConnector().isPresent()) {
      MongoDbAtlasClusterResource.BiConnector bi = properties.biConnector().get();
      JsonObject.Builder connector = JsonObject.builder().put("Enabled", bi.enabled());
      if (bi.readPreference().isPresent()) {
        connector.put("ReadPreference", bi.readPreference().get().configValue());
      }
      cluster.put("BiConnector", connector.build());
    }
    context
        .template()
        .add(
            LogicalIds.atlasCluster(name),
            CfResource.of("MongoDB::Atlas::Cluster", cluster.build()),
            path,
            name);
  }

  /** The one region config: the stack's AWS region, with the tier's node specs and auto-scaling. */
  private static JsonObject regionConfig(
      MongoDbAtlasClusterResource.Properties properties, String region) {
    ClusterTier tier = properties.clusterTier();
    JsonObject.Builder config =
        JsonObject.builder()
            .put("Priority", 7)
            .put("RegionName", region.toUpperCase(Locale.ROOT).replace('-', '_'));
    if (tier.shared()) {
      // Shared tiers are "TENANT" clusters hosted on a backing cloud; Atlas sizes their single node
      // set:
      // https://www.mongodb.com/docs/atlas/reference/api-resources-spec/v2/#tag/Clusters/operation/createCluster
      return config
          .put("BackingProviderName", "AWS")
          .put(
              "ElectableSpecs",
              JsonObject.builder().put("InstanceSize", tier.instanceSize()).build())
          .put("ProviderName", "TENANT")
          .build();
    }
    Replication replication = properties.replication().orElse(new Replication(3, 0, 0));
    config
        .put("ProviderName", "AWS")
        .put("ElectableSpecs", specs(tier, replication.numElectableNodes()));
    if (replication.numReadOnlyNodes() > 0) {
      config.put("ReadOnlySpecs", specs(tier, replication.numReadOnlyNodes()));
    }
    if (replication.numAnalyticsNodes() > 0) {
      config.put("AnalyticsSpecs", specs(tier, replication.numAnalyticsNodes()));
    }
    config.put("AutoScaling", autoScaling(properties.autoScaling(), tier));
    return config.build();
  }

  private static JsonObject specs(ClusterTier tier, int nodes) {
    return JsonObject.builder()
        .put("InstanceSize", tier.instanceSize())
        .put("NodeCount", nodes)
        .build();
  }

  /**
   * Storage auto-scaling is on unless disabled (dedicated tiers scale storage by default); tier
   * auto-scaling is on only with a maximum tier, because Atlas requires one when it is enabled.
   */
  private static JsonObject autoScaling(Optional<AutoScaling> settings, ClusterTier tier) {
    boolean disk = settings.isEmpty() || !settings.get().disableDiskScaling();
    JsonObject.Builder compute = JsonObject.builder();
    Optional<ClusterTier> max =
        settings.isPresent() ? settings.get().maxClusterTier() : Optional.empty();
    if (max.isPresent()) {
      boolean scaleDown = !settings.get().disableScaleDown();
      compute
          .put("Enabled", true)
          .put("MaxInstanceSize", max.get().instanceSize())
          .put("ScaleDownEnabled", scaleDown);
      if (scaleDown) {
        compute.put("MinInstanceSize", settings.get().minClusterTier().orElse(tier).instanceSize());
      }
    } else {
      compute.put("Enabled", false).put("ScaleDownEnabled", false);
    }
    return JsonObject.builder()
        .put("Compute", compute.build())
        .put("DiskGB", JsonObject.builder().put("Enabled", disk).build())
        .build();
  }
}
