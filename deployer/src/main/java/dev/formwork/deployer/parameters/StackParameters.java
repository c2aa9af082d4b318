package dev.formwork.deployer.parameters;

import dev.formwork.schema.deploy.DeployParameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import software.amazon.awssdk.services.cloudformation.model.Parameter;
import software.amazon.awssdk.services.route53.Route53Client;
import software.amazon.awssdk.services.route53.model.HostedZone;
import software.amazon.awssdk.services.route53.model.ListHostedZonesByNameResponse;

/**
 * Turns the parameters a compiled template declares for deploy time into the values of the change
 * set: a plain-text secret of the config as it is (CloudFormation keeps NoEcho values out of every
 * answer), and a custom domain's hosted zone looked up in Route 53. Never prints a secret.
 */
public final class StackParameters {

  /** The values, or why one cannot be found. */
  public sealed interface Result permits Resolved, Unresolvable {}

  /** Every parameter's value, in parameter-name order. */
  public record Resolved(List<Parameter> parameters) implements Result {}

  /** A parameter without a value: one sentence and what to do. */
  public record Unresolvable(String message, String hint) implements Result {}

  private final Route53Client route53;

  public StackParameters(Route53Client route53) {
    this.route53 = route53;
  }

  public Result resolve(Map<String, DeployParameter> parameters) {
    List<Parameter> values = new ArrayList<>();
    for (Map.Entry<String, DeployParameter> entry : new TreeMap<>(parameters).entrySet()) {
      String value;
      if (entry.getValue() instanceof DeployParameter.Secret secret) {
        value = secret.value();
      } else {
        String domain = ((DeployParameter.HostedZone) entry.getValue()).domainName();
        Optional<String> zone = hostedZoneOf(domain);
        if (zone.isEmpty()) {
          return new Unresolvable(
              "No public Route 53 hosted zone in this account holds "
                  + domain
                  + " (looked for "
                  + String.join(", ", candidates(domain))
                  + ").",
              "Create a public hosted zone for the domain in Route 53 and delegate the domain to"
                  + " it, or give customCertificateArn with disableDnsRecordCreation: true."
                  + " Nothing was uploaded or changed.");
        }
        value = zone.get();
      }
      values.add(Parameter.builder().parameterKey(entry.getKey()).parameterValue(value).build());
    }
    return new Resolved(values);
  }

  /**
   * The ID of the public hosted zone whose name is the longest suffix of {@code domain}: the zone
   * DNS resolves the domain in. ListHostedZonesByName lists zones from the given name on, in name
   * order, so the first answer tells whether a zone of exactly that name exists.
   */
  Optional<String> hostedZoneOf(String domain) {
    for (String candidate : candidates(domain)) {
      ListHostedZonesByNameResponse page =
          route53.listHostedZonesByName(b -> b.dnsName(candidate).maxItems("10"));
      for (HostedZone zone : page.hostedZones()) {
        if (!zone.name().equalsIgnoreCase(candidate + ".")) {
          break;
        }
        if (zone.config() == null || !Boolean.TRUE.equals(zone.config().privateZone())) {
          // The API returns /hostedzone/Z123; templates take the bare ID.
          return Optional.of(zone.id().substring(zone.id().lastIndexOf('/') + 1));
        }
      }
    }
    return Optional.empty();
  }

  /** {@code api.example.com}, {@code example.com}: the names a zone of the domain may have. */
  static List<String> candidates(String domain) {
    String name = domain.toLowerCase(Locale.ROOT);
    if (name.endsWith(".")) {
      name = name.substring(0, name.length() - 1);
    }
    List<String> names = new ArrayList<>();
    while (name.contains(".")) {
      names.add(name);
      name = name.substring(name.indexOf('.') + 1);
    }
    return names;
  }
}
