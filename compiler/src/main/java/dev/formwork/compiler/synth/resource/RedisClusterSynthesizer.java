package dev.formwork.compiler.synth.resource;

import dev.formwork.compiler.naming.LogicalIds;
import dev.formwork.compiler.naming.PascalCase;
import dev.formwork.compiler.synth.ResourceSynthesizer;
import dev.formwork.compiler.synth.StackIdentity;
import dev.formwork.compiler.synth.SynthesisContext;
import dev.formwork.compiler.synth.ref.RedisClusterRef;
import dev.formwork.compiler.synth.vpc.SecurityGroups;
import dev.formwork.compiler.synth.vpc.StackVpc;
import dev.formwork.compiler.template.Cf;
import dev.formwork.compiler.template.CfResource;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.model.RedisClusterResource;
import java.util.List;
import java.util.Optional;

/**
 * Synthesizes a {@code redis-cluster} as {@code <Name>ReplicationGroup}
 * (AWS::ElastiCache::ReplicationGroup, TLS and encryption at rest on, AUTH password required) in
 * the VPC's private subnets through {@code <Name>SubnetGroup}, behind {@code <Name>SecurityGroup};
 * the password is the user's $Secret or the generated {@code <Name>AuthTokenSecret}.
 */
public final class RedisClusterSynthesizer implements ResourceSynthesizer<RedisClusterResource> {

  @Override
  public Class<RedisClusterResource> type() {
    return RedisClusterResource.class;
  }

  @Override
  public RedisClusterRef ref(String name, RedisClusterResource resource, StackIdentity stack) {
    return new RedisClusterRef(
        name,
        GeneratedPasswords.reference(password(name, resource)),
        resource.properties().port(),
        accessibilityMode(resource));
  }

  private static GeneratedPasswords.Source password(String name, RedisClusterResource resource) {
    return new GeneratedPasswords.Source(
        resource.properties().defaultUserPassword(),
        LogicalIds.redisAuthTokenSecret(name),
        LogicalIds.redisPasswordParameter(name),
        "password of Redis cluster " + name);
  }

  private static RedisClusterResource.AccessibilityMode accessibilityMode(
      RedisClusterResource resource) {
    Optional<RedisClusterResource.Accessibility> accessibility =
        resource.properties().accessibility();
    return accessibility.isPresent()
        ? accessibility.get().accessibilityMode()
        : RedisClusterResource.AccessibilityMode.VPC;
  }

  @Override
  public void synthesize(String name, RedisClusterResource resource, SynthesisContext context) {
    ConfigPath path = ConfigPath.of("resources", name);
    String prefix = PascalCase.of(name);
    RedisClusterResource.Properties properties = resource.properties();
    List<JsonObject> ingress =
        accessibilityMode(resource) == RedisClusterResource.AccessibilityMode.VPC
            ? List.of(
                SecurityGroups.cidrRule(
                    StackVpc.CIDR, properties.port(), "The stack VPC (accessibilityMode vpc)"))
            : List.of();
    SecurityGroups.add(prefix, name, path, ingress, context);
    context
        .template()
        .add(
            prefix + "SubnetGroup",
            CfResource.of(
                "AWS::ElastiCache::SubnetGroup",
                JsonObject.builder()
                    .put(
                        "Description",
                        "Subnets of " + name + " in stack " + context.stack().stackName())
                    .put("SubnetIds", new JsonArray(StackVpc.privateSubnets()))
                    .build()),
            path,
            name);
    JsonValue password =
        GeneratedPasswords.synthesize(
            password(name, resource),
            path.key("properties").key("defaultUserPassword"),
            "default",
            "AUTH password of Redis cluster " + name + " in stack " + context.stack().stackName(),
            path,
            name,
            context);
    boolean replicas = properties.numReplicaNodes() > 0;
    JsonObject.Builder group =
        JsonObject.builder()
            .put("AtRestEncryptionEnabled", true)
            .put("AuthToken", password)
            .put("AutomaticFailoverEnabled", replicas)
            .put("CacheNodeType", properties.instanceSize())
            .put("CacheSubnetGroupName", Cf.ref(prefix + "SubnetGroup"))
            .put("Engine", "redis")
            .put("MultiAZEnabled", replicas)
            .put("NumCacheClusters", 1 + properties.numReplicaNodes())
            .put("Port", properties.port())
            .put(
                "ReplicationGroupDescription",
                "Redis " + name + " of stack " + context.stack().stackName())
            .put(
                "SecurityGroupIds",
                JsonArray.of(Cf.getAtt(SecurityGroups.logicalId(prefix), "GroupId")))
            .put("TransitEncryptionEnabled", true);
    group.putIfPresent("EngineVersion", properties.engineVersion());
    context
        .template()
        .add(
            LogicalIds.redisReplicationGroup(name),
            CfResource.of("AWS::ElastiCache::ReplicationGroup", group.build())
                .withDeletionPolicy("Snapshot"),
            path,
            name);
  }
}
