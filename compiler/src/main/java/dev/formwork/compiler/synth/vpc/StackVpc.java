package dev.formwork.compiler.synth.vpc;

import dev.formwork.compiler.synth.SynthesisContext;
import dev.formwork.compiler.template.Cf;
import dev.formwork.compiler.template.CfResource;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.model.stack.StackConfig;
import dev.formwork.schema.model.stack.VpcSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The stack's one VPC, added the first time something needs it: {@code StpVpc} (AWS::EC2::VPC), an
 * internet gateway, a public and a private subnet in each of two availability zones with their
 * route tables, and, with {@code stackConfig.vpc.natGateway} or {@code nat}, NAT gateways for the
 * private subnets. Every method is idempotent, so the template does not depend on which resource
 * asked first.
 */
public final class StackVpc {

  public static final String VPC = "StpVpc";

  /** The CIDR Stacktape uses for the VPC it creates; "vpc" accessibility modes open ports to it. */
  public static final String CIDR = "172.16.0.0/16";

  static final int ZONES = 2;
  static final String INTERNET_GATEWAY = "StpInternetGateway";
  static final String GATEWAY_ATTACHMENT = "StpVpcGatewayAttachment";
  static final String PUBLIC_ROUTE_TABLE = "StpPublicRouteTable";
  static final String PRIVATE_ROUTE_TABLE = "StpPrivateRouteTable";
  static final String NAT_GATEWAY = "StpNatGateway";

  /**
   * Resources shared by the whole stack belong to stackConfig.vpc (an owner name no config resource
   * has).
   */
  static final ConfigPath OWNER = ConfigPath.of("stackConfig", "vpc");

  static final String OWNER_NAME = "";

  private StackVpc() {}

  public static JsonValue vpcId() {
    return Cf.ref(VPC);
  }

  public static boolean natGateway(SynthesisContext context) {
    return natGateways(context) > 0;
  }

  /** NAT gateways of the VPC: {@code natGateway: true} gives one, {@code nat} one per zone. */
  static int natGateways(SynthesisContext context) {
    Optional<VpcSettings> settings = settings(context);
    return settings.isPresent() ? settings.get().natGateways() : 0;
  }

  private static Optional<VpcSettings> settings(SynthesisContext context) {
    Optional<StackConfig> stack = context.config().stackConfig();
    return stack.isPresent() ? stack.get().vpc() : Optional.empty();
  }

  public static List<JsonValue> publicSubnets() {
    List<JsonValue> subnets = new ArrayList<>();
    for (int zone = 0; zone < ZONES; zone++) {
      subnets.add(Cf.ref("StpPublicSubnet" + zone));
    }
    return subnets;
  }

  public static List<JsonValue> privateSubnets() {
    List<JsonValue> subnets = new ArrayList<>();
    for (int zone = 0; zone < ZONES; zone++) {
      subnets.add(Cf.ref("StpPrivateSubnet" + zone));
    }
    return subnets;
  }

  /** Adds the VPC and its subnets, gateways and route tables unless they are already there. */
  public static void ensure(SynthesisContext context) {
    if (context.template().has(VPC)) {
      return;
    }
    add(
        context,
        VPC,
        CfResource.of(
            "AWS::EC2::VPC",
            JsonObject.builder()
                .put("CidrBlock", CIDR)
                // Both are needed for RDS/ElastiCache endpoint names and for gateway endpoints to
                // resolve.
                .put("EnableDnsHostnames", true)
                .put("EnableDnsSupport", true)
                .put("Tags", nameTag(Cf.sub("${AWS::StackName}-vpc")))
                .build()));
    add(context, INTERNET_GATEWAY, CfResource.of("AWS::EC2::InternetGateway", JsonObject.EMPTY));
    add(
        context,
        GATEWAY_ATTACHMENT,
        CfResource.of(
            "AWS::EC2::VPCGatewayAttachment",
            JsonObject.builder()
                .put("InternetGatewayId", Cf.ref(INTERNET_GATEWAY))
                .put("VpcId", vpcId())
                .build()));
    add(context, PUBLIC_ROUTE_TABLE, routeTable());
    add(
        context,
        "StpPublicInternetRoute",
        CfResource.of(
                "AWS::EC2::Route",
                JsonObject.builder()
                    .put("DestinationCidrBlock", "0.0.0.0/0")
                    .put("GatewayId", Cf.ref(INTERNET_GATEWAY))
                    .put("RouteTableId", Cf.ref(PUBLIC_ROUTE_TABLE))
                    .build())
            .dependingOn(List.of(GATEWAY_ATTACHMENT)));
    add(context, PRIVATE_ROUTE_TABLE, routeTable());
    int nats = natGateways(context);
    warnAboutThirdZone(context);
    if (nats > 1) {
      // With a NAT gateway per zone, each private subnet routes through its own zone's gateway.
      add(context, PRIVATE_ROUTE_TABLE + 1, routeTable());
    }
    for (int zone = 0; zone < ZONES; zone++) {
      // /20 blocks: public subnets 172.16.0.0 and .16.0, private subnets 172.16.128.0 and .144.0.
      subnet(
          context,
          "StpPublicSubnet" + zone,
          "172.16." + (zone * 16) + ".0/20",
          zone,
          PUBLIC_ROUTE_TABLE);
      subnet(
          context,
          "StpPrivateSubnet" + zone,
          "172.16." + (128 + zone * 16) + ".0/20",
          zone,
          privateRouteTable(zone, nats));
    }
    for (int zone = 0; zone < nats; zone++) {
      addNatGateway(context, zone, privateRouteTable(zone, nats));
    }
  }

  private static void warnAboutThirdZone(SynthesisContext context) {
    Optional<VpcSettings> settings = settings(context);
    if (settings.isEmpty() || settings.get().nat().isEmpty()) {
      return;
    }
    VpcSettings.Nat nat = settings.get().nat().get();
    if (nat.availabilityZones() > ZONES) {
      context
          .diagnostics()
          .valueWarning(
              Code.VPC_NAT_ZONES,
              OWNER.key("nat").key("availabilityZones"),
              "formwork's VPC spans "
                  + ZONES
                  + " availability zones, so it creates "
                  + ZONES
                  + " NAT gateways, not "
                  + nat.availabilityZones()
                  + ".",
              "Set availabilityZones: " + ZONES + " to say what you get.");
    }
  }

  private static String privateRouteTable(int zone, int nats) {
    return nats > 1 && zone > 0 ? PRIVATE_ROUTE_TABLE + zone : PRIVATE_ROUTE_TABLE;
  }

  /**
   * A NAT gateway in the public subnet of {@code zone}, routed from {@code routeTable}. The default
   * ({@code natGateway: true}) is one for both zones: it is billed by the hour, and a zone outage
   * only cuts internet access; Stacktape's {@code nat} asks for one per zone. Zone 0 keeps the
   * names of the single gateway, so going from one to two adds resources and replaces none.
   */
  private static void addNatGateway(SynthesisContext context, int zone, String routeTable) {
    String suffix = zone == 0 ? "" : String.valueOf(zone);
    String elasticIp = "StpNatElasticIp" + suffix;
    add(
        context,
        elasticIp,
        CfResource.of("AWS::EC2::EIP", JsonObject.builder().put("Domain", "vpc").build())
            .dependingOn(List.of(GATEWAY_ATTACHMENT)));
    add(
        context,
        NAT_GATEWAY + suffix,
        CfResource.of(
            "AWS::EC2::NatGateway",
            JsonObject.builder()
                .put("AllocationId", Cf.getAtt(elasticIp, "AllocationId"))
                .put("SubnetId", Cf.ref("StpPublicSubnet" + zone))
                .build()));
    add(
        context,
        "StpPrivateNatRoute" + suffix,
        CfResource.of(
            "AWS::EC2::Route",
            JsonObject.builder()
                .put("DestinationCidrBlock", "0.0.0.0/0")
                .put("NatGatewayId", Cf.ref(NAT_GATEWAY + suffix))
                .put("RouteTableId", Cf.ref(routeTable))
                .build()));
  }

  /**
   * A gateway endpoint (s3 or dynamodb) on both route tables, so traffic to it needs no internet
   * access.
   */
  public static void ensureGatewayEndpoint(
      String service, String logicalId, SynthesisContext context) {
    ensure(context);
    if (context.template().has(logicalId)) {
      return;
    }
    add(
        context,
        logicalId,
        CfResource.of(
            "AWS::EC2::VPCEndpoint",
            JsonObject.builder()
                .put("RouteTableIds", routeTables(context))
                .put("ServiceName", Cf.sub("com.amazonaws.${AWS::Region}." + service))
                .put("VpcEndpointType", "Gateway")
                .put("VpcId", vpcId())
                .build()));
  }

  private static JsonArray routeTables(SynthesisContext context) {
    List<JsonValue> tables = new ArrayList<>();
    tables.add(Cf.ref(PRIVATE_ROUTE_TABLE));
    if (natGateways(context) > 1) {
      tables.add(Cf.ref(PRIVATE_ROUTE_TABLE + 1));
    }
    tables.add(Cf.ref(PUBLIC_ROUTE_TABLE));
    return new JsonArray(tables);
  }

  private static void subnet(
      SynthesisContext context, String logicalId, String cidr, int zone, String routeTable) {
    add(
        context,
        logicalId,
        CfResource.of(
            "AWS::EC2::Subnet",
            JsonObject.builder()
                .put(
                    "AvailabilityZone",
                    Cf.select(zone, JsonObject.of("Fn::GetAZs", new JsonString(""))))
                .put("CidrBlock", cidr)
                .put("VpcId", vpcId())
                .put(
                    "Tags",
                    nameTag(
                        Cf.sub(
                            "${AWS::StackName}-"
                                + (logicalId.startsWith("StpPublic") ? "public-" : "private-")
                                + zone)))
                .build()));
    add(
        context,
        logicalId + "RouteTableAssociation",
        CfResource.of(
            "AWS::EC2::SubnetRouteTableAssociation",
            JsonObject.builder()
                .put("RouteTableId", Cf.ref(routeTable))
                .put("SubnetId", Cf.ref(logicalId))
                .build()));
  }

  private static CfResource routeTable() {
    return CfResource.of(
        "AWS::EC2::RouteTable", JsonObject.builder().put("VpcId", vpcId()).build());
  }

  private static JsonValue nameTag(JsonValue value) {
    return JsonArray.of(JsonObject.builder().put("Key", "Name").put("Value", value).build());
  }

  private static void add(SynthesisContext context, String logicalId, CfResource resource) {
    context.template().add(logicalId, resource, OWNER, OWNER_NAME);
  }
}
