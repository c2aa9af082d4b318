package dev.formwork.compiler.synth.resource;

import dev.formwork.compiler.naming.PascalCase;
import dev.formwork.compiler.synth.ResourceSynthesizer;
import dev.formwork.compiler.synth.StackIdentity;
import dev.formwork.compiler.synth.SynthesisContext;
import dev.formwork.compiler.synth.vpc.SecurityGroups;
import dev.formwork.compiler.synth.vpc.StackVpc;
import dev.formwork.compiler.template.Cf;
import dev.formwork.compiler.template.CfResource;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.model.RedisClusterResource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

  public static RedisClusterResource.AccessibilityMode accessibilityMode(
      RedisClusterResource resource) {
    return resource
        .properties()
        .accessibility()
        .map(a -> a.accessibilityMode())
        .orElse(RedisClusterResource.AccessibilityMode.VPC);
  }

  private static String secretLogicalId(String name) {
    return PascalCase.of(name) + "AuthTokenSecret";
  }

  @Override
  public Map<String, JsonValue> referenceableParams(
      String name, RedisClusterResource resource, StackIdentity stack) {
    String group = PascalCase.of(name) + "ReplicationGroup";
    JsonValue password =
        GeneratedPasswords.reference(
            resource.properties().defaultUserPassword(), secretLogicalId(name));
    JsonValue host = Cf.getAtt(group, "PrimaryEndPoint.Address");
    JsonValue port = Cf.getAtt(group, "PrimaryEndPoint.Port");
    JsonValue readerHost = Cf.getAtt(group, "ReaderEndPoint.Address");
    JsonValue readerPort = Cf.getAtt(group, "ReaderEndPoint.Port");
    Map<String, JsonValue> params = new LinkedHashMap<>();
    params.put("sharding", new JsonString("disabled"));
    params.put("host", host);
    params.put("connectionString", connectionString(password, host, port));
    params.put("readerHost", readerHost);
    params.put("readerConnectionString", connectionString(password, readerHost, readerPort));
    params.put("port", port);
    params.put("readerPort", readerPort);
    return params;
  }

  /**
   * {@code rediss://default:<password>@host:port} (TLS, the default user), as Stacktape builds it.
   */
  private static JsonValue connectionString(JsonValue password, JsonValue host, JsonValue port) {
    return Cf.join(
        "",
        List.of(
            new JsonString("rediss://default:"),
            password,
            new JsonString("@"),
            host,
            new JsonString(":"),
            port));
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
            properties.defaultUserPassword(),
            path.key("properties").key("defaultUserPassword"),
            secretLogicalId(name),
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
    properties.engineVersion().ifPresent(version -> group.put("EngineVersion", version));
    context
        .template()
        .add(
            prefix + "ReplicationGroup",
            CfResource.of("AWS::ElastiCache::ReplicationGroup", group.build())
                .withDeletionPolicy("Snapshot"),
            path,
            name);
  }
}
