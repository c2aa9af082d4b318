package dev.formwork.schema.model;

import dev.formwork.schema.bind.ConfigEnum;
import dev.formwork.schema.bind.Default;
import dev.formwork.schema.bind.Doc;
import dev.formwork.schema.bind.NotSupported;
import dev.formwork.schema.bind.Range;
import dev.formwork.schema.bind.Required;
import dev.formwork.schema.bind.YamlName;
import dev.formwork.schema.node.ConfigNode;
import dev.formwork.schema.value.TextValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An {@code application-load-balancer} resource in an existing VPC: formwork has no VPC of its own
 * yet, so the VPC and its subnets are given by ID ({@code vpcId}, {@code subnetIds}).
 */
@Doc(
    "An Application Load Balancer in an existing VPC. formwork does not create a VPC: give vpcId"
        + " and at least two subnetIds (public subnets for an internet-facing balancer). Listeners"
        + " must be listed; an HTTPS listener needs customCertificateArns.")
public record ApplicationLoadBalancerResource(
    @Doc("Load balancer properties.") Properties properties,
    @Doc(
            "Property overrides by child logical ID (e.g. MyLbLoadBalancer), paths relative to"
                + " Properties.")
        Map<String, ConfigNode> overrides)
    implements ResourceDefinition {

  @Override
  public String typeName() {
    return "application-load-balancer";
  }

  /** The balancer's network placement and listeners. */
  @Doc("Load balancer properties.")
  public record Properties(
      @Doc("ID of the VPC the balancer and its security group live in (formwork extension).")
          TextValue vpcId,
      @Doc("IDs of at least two subnets in different Availability Zones (formwork extension).")
          @Required
          List<TextValue> subnetIds,
      @Doc("internet (internet-facing, default) or internal.")
          @YamlName("interface")
          @Default("internet")
          Interface interfaceType,
      @Doc("Listeners; each port must be unique.") List<Listener> listeners,
      @NotSupported("Custom domains need DNS records that formwork does not manage yet.")
          Optional<ConfigNode> customDomains,
      @NotSupported("CloudFront distributions for load balancers are not supported yet.")
          Optional<ConfigNode> cdn,
      @NotSupported("Load balancer alarms are not supported yet.") Optional<ConfigNode> alarms,
      @NotSupported("Load balancer alarms are not supported yet.")
          Optional<ConfigNode> disabledGlobalAlarms,
      @NotSupported("web-app-firewall resources are not supported yet.")
          Optional<ConfigNode> useFirewall) {}

  /** Internet-facing or internal. */
  public enum Interface implements ConfigEnum {
    INTERNET("internet"),
    INTERNAL("internal");

    private final String value;

    Interface(String value) {
      this.value = value;
    }

    @Override
    public String configValue() {
      return value;
    }
  }

  /** Listener protocols. */
  public enum Protocol implements ConfigEnum {
    HTTP,
    HTTPS;

    @Override
    public String configValue() {
      return name();
    }
  }

  /** A listener on one port. */
  @Doc("A load balancer listener.")
  public record Listener(
      @Doc("HTTP or HTTPS.") Protocol protocol,
      @Doc("Port.") @Range(min = 1, max = 65535) int port,
      @Doc("ACM certificate ARNs (HTTPS); the first is the default certificate.")
          List<TextValue> customCertificateArns,
      @Doc(
              "Client IPs or CIDRs allowed to connect (default: anyone for internet-facing"
                  + " balancers).")
          List<String> whitelistIps,
      @Doc("What requests no rule matches get (default: a 404 fixed response).")
          Optional<DefaultAction> defaultAction) {}

  /** A redirect for unmatched requests. */
  @Doc("Default listener action (a redirect).")
  public record DefaultAction(
      @Doc("Only redirect is supported.") @Default("redirect") String type,
      @Doc("Redirect target.") Redirect properties) {}

  /** Redirect target; unset parts keep the request's values. */
  @Doc("Redirect target.")
  public record Redirect(
      Optional<String> path,
      Optional<String> host,
      Optional<String> port,
      Optional<String> protocol,
      Optional<String> query,
      @Doc("HTTP_301 or HTTP_302.") @Default("HTTP_301") String statusCode) {}
}
