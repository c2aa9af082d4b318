package dev.formwork.compiler.synth.resource;

import dev.formwork.compiler.naming.LogicalIds;
import dev.formwork.compiler.naming.PascalCase;
import dev.formwork.compiler.synth.ResourceSynthesizer;
import dev.formwork.compiler.synth.StackIdentity;
import dev.formwork.compiler.synth.SynthesisContext;
import dev.formwork.compiler.synth.ref.LoadBalancerRef;
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
 * Synthesizes an {@code application-load-balancer} in the given VPC: {@code <X>LoadBalancer}
 * (AWS::ElasticLoadBalancingV2::LoadBalancer), {@code <X>LbSecurityGroup} (AWS::EC2::SecurityGroup,
 * one ingress per listener port and allowed CIDR), {@code <X>Port<p>Listener}
 * (AWS::ElasticLoadBalancingV2::Listener) and {@code <X>Port<p>ListenerCertificate} for extra
 * certificates.
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
    if (!valid(name, properties, propertiesPath, context)) {
      return;
    }
    String prefix = PascalCase.of(name);
    List<JsonValue> ingress = new ArrayList<>();
    for (Listener listener : properties.listeners()) {
      List<String> sources =
          listener.whitelistIps().isEmpty() ? List.of("0.0.0.0/0") : listener.whitelistIps();
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
                    .put(
                        "VpcId",
                        context.values().resolve(properties.vpcId(), propertiesPath.key("vpcId")))
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
                    .put(
                        "Subnets",
                        resolveAll(
                            properties.subnetIds(), propertiesPath.key("subnetIds"), context))
                    .put("Type", "application")
                    .build()),
            path,
            name);
    for (int i = 0; i < properties.listeners().size(); i++) {
      addListener(
          name,
          properties.listeners().get(i),
          propertiesPath.key("listeners").index(i),
          path,
          context);
    }
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
      ConfigPath propertiesPath,
      SynthesisContext context) {
    boolean valid = true;
    if (properties.listeners().isEmpty()) {
      context
          .diagnostics()
          .error(
              Code.CONFIG_MISSING_PROPERTY,
              propertiesPath,
              "Load balancer '"
                  + name
                  + "' needs listeners: formwork cannot create Stacktape's default HTTPS listener,"
                  + " whose certificate comes from Stacktape's domain service.",
              "List them, e.g. listeners: [{protocol: HTTPS, port: 443, customCertificateArns:"
                  + " [<ACM certificate ARN>]}].");
      valid = false;
    }
    if (properties.subnetIds().size() < 2) {
      context
          .diagnostics()
          .error(
              Code.CONFIG_INVALID_VALUE,
              propertiesPath.key("subnetIds"),
              "An Application Load Balancer needs subnets in at least two Availability Zones; '"
                  + name
                  + "' lists "
                  + properties.subnetIds().size()
                  + ".");
      valid = false;
    }
    TreeSet<Integer> ports = new TreeSet<>();
    for (int i = 0; i < properties.listeners().size(); i++) {
      Listener listener = properties.listeners().get(i);
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
      if (listener.protocol() == Protocol.HTTPS && listener.customCertificateArns().isEmpty()) {
        context
            .diagnostics()
            .error(
                Code.CONFIG_MISSING_PROPERTY,
                listenerPath.key("customCertificateArns"),
                "The HTTPS listener on port "
                    + listener.port()
                    + " needs customCertificateArns (an ACM certificate ARN).");
        valid = false;
      }
      if (properties.interfaceType() == Interface.INTERNAL && listener.whitelistIps().isEmpty()) {
        context
            .diagnostics()
            .error(
                Code.CONFIG_MISSING_PROPERTY,
                listenerPath.key("whitelistIps"),
                "The listener on port "
                    + listener.port()
                    + " of internal load balancer '"
                    + name
                    + "' needs whitelistIps:"
                    + " formwork does not know the VPC's CIDR to allow by default.");
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
      ConfigPath listenerPath,
      ConfigPath path,
      SynthesisContext context) {
    List<JsonValue> certificateArns =
        resolveAll(
                listener.customCertificateArns(),
                listenerPath.key("customCertificateArns"),
                context)
            .items();
    String prefix = PascalCase.of(name);
    JsonValue action =
        listener
            .defaultAction()
            .<JsonValue>map(
                defaultAction -> {
                  ApplicationLoadBalancerResource.Redirect redirect = defaultAction.properties();
                  JsonObject.Builder config =
                      JsonObject.builder().put("StatusCode", redirect.statusCode());
                  redirect.host().ifPresent(value -> config.put("Host", value));
                  redirect.path().ifPresent(value -> config.put("Path", value));
                  redirect.port().ifPresent(value -> config.put("Port", value));
                  redirect.protocol().ifPresent(value -> config.put("Protocol", value));
                  redirect.query().ifPresent(value -> config.put("Query", value));
                  return JsonObject.builder()
                      .put("RedirectConfig", config.build())
                      .put("Type", "redirect")
                      .build();
                })
            .orElseGet(
                () ->
                    JsonObject.builder()
                        .put(
                            "FixedResponseConfig",
                            JsonObject.builder()
                                .put("ContentType", "text/plain")
                                .put("MessageBody", "Not found")
                                .put("StatusCode", "404")
                                .build())
                        .put("Type", "fixed-response")
                        .build());
    JsonObject.Builder json =
        JsonObject.builder()
            .put("DefaultActions", JsonArray.of(action))
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
      extra.forEach(arn -> certificates.add(JsonObject.of("CertificateArn", arn)));
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
}
