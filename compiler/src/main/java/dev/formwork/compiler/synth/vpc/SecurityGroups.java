package dev.formwork.compiler.synth.vpc;

import dev.formwork.compiler.naming.PhysicalNames;
import dev.formwork.compiler.synth.SynthesisContext;
import dev.formwork.compiler.template.Cf;
import dev.formwork.compiler.template.CfResource;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonObject;
import java.util.List;

/**
 * Security groups in the stack VPC: {@code <Name>SecurityGroup} (AWS::EC2::SecurityGroup) for a
 * function, database or Redis cluster, and {@code <Target>From<Source>Ingress}
 * (AWS::EC2::SecurityGroupIngress) rules that open one port of a target to exactly one source
 * group.
 */
public final class SecurityGroups {

  /** EC2 allows group names of up to 255 characters. */
  static final int NAME_LIMIT = 255;

  private SecurityGroups() {}

  public static String logicalId(String prefix) {
    return prefix + "SecurityGroup";
  }

  /**
   * Adds {@code <prefix>SecurityGroup} with the given ingress rules (ingress only: the default
   * allow-all egress stays, since the owner's clients and AWS APIs are reached outbound).
   */
  public static void add(
      String prefix,
      String resourceName,
      ConfigPath owner,
      List<JsonObject> ingress,
      SynthesisContext context) {
    StackVpc.ensure(context);
    String stack = context.stack().stackName();
    JsonObject.Builder json =
        JsonObject.builder()
            .put(
                "GroupDescription",
                "Security group associated with " + resourceName + " in stack " + stack)
            .put("GroupName", PhysicalNames.fit(stack + "-" + resourceName + "-sg", NAME_LIMIT))
            .put("VpcId", StackVpc.vpcId());
    if (!ingress.isEmpty()) {
      json.put("SecurityGroupIngress", new JsonArray(List.copyOf(ingress)));
    }
    context
        .template()
        .add(
            logicalId(prefix),
            CfResource.of("AWS::EC2::SecurityGroup", json.build()),
            owner,
            resourceName);
  }

  /** A TCP ingress rule from a CIDR block, for a security group's inline SecurityGroupIngress. */
  public static JsonObject cidrRule(String cidr, int port, String description) {
    return JsonObject.builder()
        .put("CidrIp", cidr)
        .put("Description", description)
        .put("FromPort", port)
        .put("IpProtocol", "tcp")
        .put("ToPort", port)
        .build();
  }

  /**
   * Opens {@code port} of the target's group to the source's group: {@code
   * <Target>From<Source>Ingress}.
   */
  public static void allowFrom(
      String targetPrefix,
      String sourcePrefix,
      String sourceName,
      int port,
      ConfigPath owner,
      SynthesisContext context) {
    context
        .template()
        .add(
            targetPrefix + "From" + sourcePrefix + "Ingress",
            CfResource.of(
                "AWS::EC2::SecurityGroupIngress",
                JsonObject.builder()
                    .put("Description", "From " + sourceName)
                    .put("FromPort", port)
                    .put("GroupId", Cf.getAtt(logicalId(targetPrefix), "GroupId"))
                    .put("IpProtocol", "tcp")
                    .put("SourceSecurityGroupId", Cf.getAtt(logicalId(sourcePrefix), "GroupId"))
                    .put("ToPort", port)
                    .build()),
            owner,
            sourceName);
  }
}
