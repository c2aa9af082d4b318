package dev.formwork.compiler.synth.connect;

import dev.formwork.compiler.naming.LogicalIds;
import dev.formwork.compiler.synth.IndexedResource;
import dev.formwork.compiler.synth.SynthesisContext;
import dev.formwork.compiler.synth.function.FunctionAssembly;
import dev.formwork.compiler.synth.ref.AtlasClusterRef;
import dev.formwork.compiler.synth.stack.AtlasMongoProject;
import dev.formwork.compiler.synth.stack.ThirdPartyProviders;
import dev.formwork.compiler.template.Cf;
import dev.formwork.compiler.template.CfResource;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.model.MongoDbAtlasClusterResource;
import dev.formwork.schema.model.stack.ProviderConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * connectTo a {@code mongo-db-atlas-cluster}: the function's role becomes an Atlas database user,
 * {@code <Fn>AtlasMongoDatabaseUser} (MongoDB::Atlas::DatabaseUser, AWS IAM authentication on
 * {@code $external}, readWriteAnyDatabase scoped to every Atlas cluster the function connects to),
 * and the function depends on it. Outside internet accessibility the function must be in the VPC.
 */
public final class MongoDbAtlasClusterConnectTarget implements ConnectTarget<AtlasClusterRef> {

  @Override
  public Class<MongoDbAtlasClusterResource> resourceType() {
    return MongoDbAtlasClusterResource.class;
  }

  @Override
  public Class<AtlasClusterRef> refType() {
    return AtlasClusterRef.class;
  }

  @Override
  public void connect(Connection<AtlasClusterRef> connection) {
    SynthesisContext context = connection.context();
    ProviderConfig.AtlasAccessibilityMode mode = ThirdPartyProviders.atlasAccessibility(context);
    if (mode != ProviderConfig.AtlasAccessibilityMode.INTERNET
        && !VpcRequirement.check(
            connection, "providerConfig.mongoDbAtlas accessibilityMode is " + mode.configValue())) {
      return;
    }
    if (ThirdPartyProviders.configuredAtlas(context).isEmpty()) {
      return; // the cluster's synthesizer reports the missing providerConfig
    }
    FunctionAssembly function = connection.function();
    // One user per function covering all its clusters, built on the first Atlas entry from the
    // whole
    // connectTo list, so the result does not depend on the order of that list.
    context.cached(
        "atlas-mongo-user:" + function.name(),
        () -> {
          addUser(function, context);
          return Boolean.TRUE;
        });
  }

  private static void addUser(FunctionAssembly function, SynthesisContext context) {
    TreeMap<String, String> clusters = new TreeMap<>();
    for (String entry : function.properties().connectTo()) {
      Optional<IndexedResource> resource = context.index().find(entry);
      if (resource.isPresent() && resource.get().ref() instanceof AtlasClusterRef cluster) {
        clusters.put(cluster.logicalId(), cluster.clusterName());
      }
    }
    List<JsonValue> scopes = new ArrayList<>();
    for (String clusterName : new TreeSet<>(clusters.values())) {
      scopes.add(JsonObject.builder().put("Name", clusterName).put("Type", "CLUSTER").build());
    }
    String userId = LogicalIds.atlasDatabaseUser(function.name());
    context
        .template()
        .add(
            userId,
            CfResource.of(
                    "MongoDB::Atlas::DatabaseUser",
                    JsonObject.builder()
                        // IAM users authenticate against the virtual $external database with the
                        // role ARN as user name:
                        // https://www.mongodb.com/docs/atlas/security/aws-iam-authentication/
                        .put("AWSIAMType", "ROLE")
                        .put("DatabaseName", "$external")
                        .put("Profile", AtlasMongoProject.profile(context))
                        .put("ProjectId", AtlasMongoProject.projectId())
                        .put(
                            "Roles",
                            JsonArray.of(
                                JsonObject.builder()
                                    .put("DatabaseName", "admin")
                                    .put("RoleName", "readWriteAnyDatabase")
                                    .build()))
                        .put("Scopes", new JsonArray(scopes))
                        .put("Username", Cf.getAtt(function.roleLogicalId(), "Arn"))
                        .build())
                .dependingOn(List.copyOf(clusters.keySet())),
            function.path(),
            function.name());
    function.dependOn(userId);
  }
}
