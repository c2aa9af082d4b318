package dev.formwork.compiler.synth.connect;

import dev.formwork.compiler.synth.SynthesisContext;
import dev.formwork.compiler.synth.function.FunctionAssembly;
import dev.formwork.compiler.synth.vpc.SecurityGroups;
import dev.formwork.compiler.synth.vpc.StackVpc;
import dev.formwork.compiler.template.Cf;
import dev.formwork.compiler.template.PolicyStatement;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonString;
import java.util.List;

/**
 * {@code joinDefaultVpc: true}: the function gets {@code <Fn>SecurityGroup}, a VpcConfig in the
 * stack VPC's private subnets, and the network-interface permissions Lambda needs to attach to
 * them.
 *
 * <p>Private subnets in both cases: Lambda never gives a function's network interface a public IP,
 * so a public subnet would not give internet access either. Without {@code
 * stackConfig.vpc.natGateway} the function reaches the VPC (databases, Redis) and, through gateway
 * endpoints, S3 and DynamoDB, but not the internet or other AWS APIs; with it, outbound traffic
 * goes through the NAT gateway.
 */
public final class FunctionVpcAttachment {

  /** Name of the role policy with the network-interface actions. */
  static final String POLICY = "vpc-network-interfaces";

  static final List<String> ENI_ACTIONS =
      List.of(
          "ec2:AssignPrivateIpAddresses",
          "ec2:CreateNetworkInterface",
          "ec2:DeleteNetworkInterface",
          "ec2:DescribeNetworkInterfaces",
          "ec2:DescribeSubnets",
          "ec2:UnassignPrivateIpAddresses");

  private FunctionVpcAttachment() {}

  static void attach(FunctionAssembly function, SynthesisContext context) {
    if (!function.properties().joinDefaultVpc()) {
      return;
    }
    SecurityGroups.add(
        function.logicalPrefix(), function.name(), function.path(), List.of(), context);
    function.setFunctionProperty(
        "VpcConfig",
        JsonObject.builder()
            .put(
                "SecurityGroupIds",
                JsonArray.of(
                    Cf.getAtt(SecurityGroups.logicalId(function.logicalPrefix()), "GroupId")))
            .put("SubnetIds", new JsonArray(StackVpc.privateSubnets()))
            .build());
    // These are the actions of AWSLambdaVPCAccessExecutionRole. Lambda creates the interfaces
    // before
    // they exist, and the Describe actions have no resource type, so AWS offers nothing narrower
    // than "*":
    // https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc.html#configuration-vpc-permissions
    function.grant(POLICY, PolicyStatement.allow(ENI_ACTIONS, List.of(new JsonString("*"))));
    if (StackVpc.natGateway(context)) {
      // Without the route the function would time out on its first outbound call during creation.
      function.dependOn("StpPrivateNatRoute");
    }
  }
}
