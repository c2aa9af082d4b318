package dev.formwork.schema.model;

import dev.formwork.schema.bind.ConfigEnum;
import dev.formwork.schema.bind.Default;
import dev.formwork.schema.bind.Doc;
import dev.formwork.schema.bind.NotSupported;
import dev.formwork.schema.bind.Range;
import dev.formwork.schema.bind.Required;
import dev.formwork.schema.bind.YamlName;
import dev.formwork.schema.model.alarm.ResourceAlarm;
import dev.formwork.schema.node.ConfigNode;
import dev.formwork.schema.value.TextValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An {@code application-load-balancer} resource: in the stack VPC's public subnets (or the given
 * VPC and subnets), with the listeners given or the default ones.
 */
@Doc(
    "An Application Load Balancer. Without properties it goes into the stack VPC's public subnets"
        + " with the default listeners: HTTP 80 redirecting to HTTPS 443 when a certificate is"
        + " known (customDomains), otherwise HTTP 80. vpcId and subnetIds place it in another VPC.")
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
      @Doc(
              "ID of an existing VPC for the balancer and its security group (formwork extension;"
                  + " default: the stack VPC). Needs subnetIds.")
          Optional<TextValue> vpcId,
      @Doc(
              "IDs of at least two subnets of vpcId in different Availability Zones (formwork"
                  + " extension; default: the stack VPC's public subnets).")
          List<TextValue> subnetIds,
      @Doc("internet (internet-facing, default) or internal.")
          @YamlName("interface")
          @Default("internet")
          Interface interfaceType,
      @Doc(
              "Listeners; each port must be unique. Default: HTTP 80 redirecting to HTTPS 443 (with"
                  + " the custom domains' certificates) when customDomains are set, else HTTP 80.")
          List<Listener> listeners,
      @Doc(
              "Custom domains: an ACM certificate per domain (DNS-validated in its hosted zone)"
                  + " on the HTTPS listeners, and a Route 53 alias record to the balancer.")
          List<CustomDomain> customDomains,
      @NotSupported("CloudFront distributions for load balancers are not supported yet.")
          Optional<ConfigNode> cdn,
      @Doc("CloudWatch alarms on the balancer: application-load-balancer-error-rate.")
          List<ResourceAlarm> alarms,
      @NotSupported("Load balancer alarms are not supported yet.")
          Optional<ConfigNode> disabledGlobalAlarms,
      @NotSupported("web-app-firewall resources are not supported yet.")
          Optional<ConfigNode> useFirewall) {

    /**
     * The listeners as given, or the default ones: HTTP 80 redirecting to HTTPS 443 (whose
     * certificates come from the custom domains) when there are custom domains, else HTTP 80.
     */
    public List<Listener> effectiveListeners() {
      if (!listeners.isEmpty()) {
        return listeners;
      }
      if (customDomains.isEmpty()) {
        return List.of(new Listener(Protocol.HTTP, 80, List.of(), List.of(), Optional.empty()));
      }
      Redirect toHttps =
          new Redirect(
              Optional.empty(),
              Optional.empty(),
              Optional.of("443"),
              Optional.of("HTTPS"),
              Optional.empty(),
              "HTTP_301");
      return List.of(
          new Listener(
              Protocol.HTTP,
              80,
              List.of(),
              List.of(),
              Optional.of(new DefaultAction("redirect", toHttps))),
          new Listener(Protocol.HTTPS, 443, List.of(), List.of(), Optional.empty()));
    }
  }

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
      @Doc("HTTP or HTTPS.") @Required Protocol protocol,
      @Doc("Port.") @Required @Range(min = 1, max = 65535) int port,
      @Doc(
              "ACM certificate ARNs (HTTPS); the first is the default certificate. Default: the"
                  + " certificates of the balancer's customDomains.")
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
