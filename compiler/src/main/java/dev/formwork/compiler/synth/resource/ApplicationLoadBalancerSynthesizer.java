package dev.formwork.compiler.synth.resource;

import dev.formwork.compiler.naming.LogicalIds;
import dev.formwork.compiler.naming.PascalCase;
import dev.formwork.compiler.synth.ResourceSynthesizer;
import dev.formwork.compiler.synth.StackIdentity;
import dev.formwork.compiler.synth.SynthesisContext;
import dev.formwork.compiler.synth.ref.LoadBalancerRef;
import dev.formwork.compiler.synth.vpc.StackVpc;
import dev.formwork.compiler.template.Cf;
import dev.formwork.compiler.template.CfResource;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.model.ApplicationLoadBalancerResource;
import dev.formwork.schema.model.ApplicationLoadBalancerResource.Interface;
import dev.formwork.schema.model.ApplicationLoadBalancerResource.Listener;
import dev.formwork.schema.model.ApplicationLoadBalancerResource.Protocol;
import dev.formwork.schema.value.TextValue;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Synthesizes an {@code application-load-balancer} in the stack VPC (or the given one): {@code
 * <X>LoadBalancer} (AWS::ElasticLoadBalancingV2::LoadBalancer), {@code <X>LbSecurityGroup}
 * (AWS::EC2::SecurityGroup, one ingress per listener port and allowed CIDR), {@code
 * <X>Port<p>Listener} (AWS::ElasticLoadBalancingV2::Listener, the given ones or the defaults) and
 * {@code <X>Port<p>ListenerCertificate} for extra certificates, and for custom domains their
 * certificates and alias records ({@link CustomDomains}).
 */
public final class ApplicationLoadBalancerSynthesizer
    implements ResourceSynthesizer<ApplicationLoadBalancerResource> {

  static final String TLS_POLICY = "ELBSecurityPolicy-TLS13-1-2-2021-06";

  @Override
  public Class<ApplicationLoadBalancerResource> type() {
    return ApplicationLoadBalancerResource.class;
  }

  @Override
  public LoadBalancerRef ref(
      String name, ApplicationLoadBalancerResource resource, StackIdentity stack) {
    return LoadBalancerRef.of(name, resource);
  }

  @Override
  public void synthesize(
      String name, ApplicationLoadBalancerResource resource, SynthesisContext context) {
    ConfigPath path = ConfigPath.of("resources", name);
    ConfigPath propertiesPath = path.key("properties");
    ApplicationLoadBalancerResource.Properties properties = resource.properties();
    List<Listener> listeners = properties.effectiveListeners();
    if (!valid(name, properties, listeners, propertiesPath, context)) {
      return;
    }
    boolean stackVpc = properties.vpcId().isEmpty();
    JsonValue vpcId;
    JsonArray subnets;
    if (stackVpc) {
      StackVpc.ensure(context);
      vpcId = StackVpc.vpcId();
      subnets =
          new JsonArray(
              properties.interfaceType() == Interface.INTERNAL
                  ? StackVpc.privateSubnets()
                  : StackVpc.publicSubnets());
    } else {
      vpcId = context.values().resolve(properties.vpcId().get(), propertiesPath.key("vpcId"));
      subnets = resolveAll(properties.subnetIds(), propertiesPath.key("subnetIds"), context);
    }
    List<CustomDomains.Domain> domains =
        CustomDomains.certificates(
            properties.customDomains(), propertiesPath.key("customDomains"), path, name, context);
    String prefix = PascalCase.of(name);
    List<JsonValue> ingress = new ArrayList<>();
    for (Listener listener : listeners) {
      List<String> sources =
          !listener.whitelistIps().isEmpty()
              ? listener.whitelistIps()
              // An internal balancer in the stack VPC is reachable from the VPC only.
              : List.of(
                  properties.interfaceType() == Interface.INTERNAL ? StackVpc.CIDR : "0.0.0.0/0");
      for (String source : new TreeSet<>(sources)) {
        ingress.add(
            JsonObject.builder()
                .put("CidrIp", source.contains("/") ? source : source + "/32")
                .put("Description", "listener port " + listener.port())
                .put("FromPort", listener.port())
                .put("IpProtocol", "tcp")
                .put("ToPort", listener.port())
                .build());
      }
    }
    context
        .template()
        .add(
            prefix + "LbSecurityGroup",
            CfResource.of(
                "AWS::EC2::SecurityGroup",
                JsonObject.builder()
                    .put(
                        "GroupDescription",
                        "Load balancer " + name + " of stack " + context.stack().stackName())
                    .put("GroupName", context.stack().stackName() + "-" + name + "-lb-sg")
                    .put("SecurityGroupIngress", new JsonArray(ingress))
                    .put("VpcId", vpcId)
                    .build()),
            path,
            name);
    context
        .template()
        .add(
            LogicalIds.loadBalancer(name),
            CfResource.of(
                "AWS::ElasticLoadBalancingV2::LoadBalancer",
                JsonObject.builder()
                    .put("IpAddressType", "ipv4")
                    .put(
                        "Scheme",
                        properties.interfaceType() == Interface.INTERNAL
                            ? "internal"
                            : "internet-facing")
                    .put("SecurityGroups", JsonArray.of(Cf.ref(prefix + "LbSecurityGroup")))
                    .put("Subnets", subnets)
                    .put("Type", "application")
                    .build()),
            path,
            name);
    List<JsonValue> domainCertificates = new ArrayList<>();
    for (CustomDomains.Domain domain : domains) {
      domainCertificates.add(domain.certificateArn());
    }
    for (int i = 0; i < listeners.size(); i++) {
      addListener(
          name,
          listeners.get(i),
          domainCertificates,
          propertiesPath.key("listeners").index(i),
          path,
          context);
    }
    CustomDomains.records(
        domains,
        new CustomDomains.AliasTarget(
            Cf.getAtt(LogicalIds.loadBalancer(name), "DNSName"),
            Cf.getAtt(LogicalIds.loadBalancer(name), "CanonicalHostedZoneID")),
        path,
        name,
        context);
    ResourceAlarms.synthesize(
        name,
        properties.alarms(),
        new ResourceAlarms.Dimension(
            "LoadBalancer", Cf.getAtt(LogicalIds.loadBalancer(name), "LoadBalancerFullName")),
        path,
        context);
  }

  private static JsonArray resolveAll(
      List<TextValue> values, ConfigPath path, SynthesisContext context) {
    List<JsonValue> resolved = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      resolved.add(context.values().resolve(values.get(i), path.index(i)));
    }
    return new JsonArray(resolved);
  }

  private static boolean valid(
      String name,
      ApplicationLoadBalancerResource.Properties properties,
      List<Listener> listeners,
      ConfigPath propertiesPath,
      SynthesisContext context) {
    boolean valid = true;
    if (properties.vpcId().isPresent() && properties.subnetIds().size() < 2) {
      context
          .diagnostics()
          .error(
              Code.CONFIG_INVALID_VALUE,
              propertiesPath.key("subnetIds"),
              "An Application Load Balancer needs subnets in at least two Availability Zones; '"
                  + name
                  + "' lists "
                  + properties.subnetIds().size()
                  + ".",
              "List two or more subnets of vpcId, or leave out vpcId to use the stack VPC.");
      valid = false;
    }
    if (properties.vpcId().isEmpty() && !properties.subnetIds().isEmpty()) {
      context
          .diagnostics()
          .error(
              Code.CONFIG_MISSING_PROPERTY,
              propertiesPath.key("subnetIds"),
              "subnetIds of load balancer '"
                  + name
                  + "' need vpcId: the balancer's security group lives in that VPC.",
              "Add vpcId, or leave out subnetIds to use the stack VPC's subnets.");
      valid = false;
    }
    TreeSet<Integer> ports = new TreeSet<>();
    for (int i = 0; i < listeners.size(); i++) {
      Listener listener = listeners.get(i);
      ConfigPath listenerPath = propertiesPath.key("listeners").index(i);
      if (!ports.add(listener.port())) {
        context
            .diagnostics()
            .error(
                Code.CONFIG_DUPLICATE_LISTENER_PORT,
                listenerPath.key("port"),
                "Load balancer '" + name + "' has two listeners on port " + listener.port() + ".");
        valid = false;
      }
      if (listener.protocol() == Protocol.HTTPS
          && listener.customCertificateArns().isEmpty()
          && properties.customDomains().isEmpty()) {
        context
            .diagnostics()
            .error(
                Code.CONFIG_MISSING_PROPERTY,
                listenerPath.key("customCertificateArns"),
                "The HTTPS listener on port "
                    + listener.port()
                    + " needs a certificate: customCertificateArns, or customDomains on the"
                    + " balancer.");
        valid = false;
      }
      if (properties.interfaceType() == Interface.INTERNAL
          && properties.vpcId().isPresent()
          && listener.whitelistIps().isEmpty()) {
        context
            .diagnostics()
            .error(
                Code.CONFIG_MISSING_PROPERTY,
                listenerPath.key("whitelistIps"),
                "The listener on port "
                    + listener.port()
                    + " of internal load balancer '"
                    + name
                    + "' needs whitelistIps: formwork does not know the CIDR of vpcId to allow"
                    + " by default.");
        valid = false;
      }
      if (listener.defaultAction().isPresent()
          && !listener.defaultAction().get().type().equals("redirect")) {
        context
            .diagnostics()
            .valueError(
                Code.CONFIG_INVALID_VALUE,
                listenerPath.key("defaultAction").key("type"),
                "The only default action type is redirect.");
        valid = false;
      }
    }
    return valid;
  }

  private static void addListener(
      String name,
      Listener listener,
      List<JsonValue> domainCertificates,
      ConfigPath listenerPath,
      ConfigPath path,
      SynthesisContext context) {
    List<JsonValue> certificateArns =
        listener.customCertificateArns().isEmpty()
            ? domainCertificates
            : resolveAll(
                    listener.customCertificateArns(),
                    listenerPath.key("customCertificateArns"),
                    context)
                .items();
    String prefix = PascalCase.of(name);
    JsonObject.Builder json =
        JsonObject.builder()
            .put("DefaultActions", JsonArray.of(defaultAction(listener)))
            .put("LoadBalancerArn", Cf.ref(LogicalIds.loadBalancer(name)))
            .put("Port", listener.port())
            .put("Protocol", listener.protocol().configValue());
    if (listener.protocol() == Protocol.HTTPS) {
      json.put(
          "Certificates", JsonArray.of(JsonObject.of("CertificateArn", certificateArns.get(0))));
      json.put("SslPolicy", TLS_POLICY);
    }
    String listenerId = LogicalIds.listener(name, listener.port());
    context
        .template()
        .add(
            listenerId,
            CfResource.of("AWS::ElasticLoadBalancingV2::Listener", json.build()),
            path,
            name);
    List<JsonValue> extra =
        certificateArns.size() > 1 ? certificateArns.subList(1, certificateArns.size()) : List.of();
    if (listener.protocol() == Protocol.HTTPS && !extra.isEmpty()) {
      List<JsonValue> certificates = new ArrayList<>();
      for (JsonValue arn : extra) {
        certificates.add(JsonObject.of("CertificateArn", arn));
      }
      context
          .template()
          .add(
              prefix + "Port" + listener.port() + "ListenerCertificate",
              CfResource.of(
                  "AWS::ElasticLoadBalancingV2::ListenerCertificate",
                  JsonObject.builder()
                      .put("Certificates", new JsonArray(certificates))
                      .put("ListenerArn", Cf.ref(listenerId))
                      .build()),
              path,
              name);
    }
  }

  /** The listener's default action: its redirect, else a plain-text 404. */
  private static JsonValue defaultAction(Listener listener) {
    if (listener.defaultAction().isEmpty()) {
      return JsonObject.builder()
          .put(
              "FixedResponseConfig",
              JsonObject.builder()
                  .put("ContentType", "text/plain")
                  .put("MessageBody", "Not found")
                  .put("StatusCode", "404")
                  .build())
          .put("Type", "fixed-response")
          .build();
    }
    ApplicationLoadBalancerResource.Redirect redirect = listener.defaultAction().get().properties();
    JsonObject.Builder config = JsonObject.builder().put("StatusCode", redirect.statusCode());
    config.putIfPresent("Host", redirect.host());
    config.putIfPresent("Path", redirect.path());
    config.putIfPresent("Port", redirect.port());
    config.putIfPresent("Protocol", redirect.protocol());
    config.putIfPresent("Query", redirect.query());
    return JsonObject.builder()
        .put("RedirectConfig", config.build())
        .put("Type", "redirect")
        .build();
  }
}
