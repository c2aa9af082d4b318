package dev.formwork.compiler.synth.resource;

import dev.formwork.compiler.naming.LogicalIds;
import dev.formwork.compiler.synth.SynthesisContext;
import dev.formwork.compiler.template.Cf;
import dev.formwork.compiler.template.CfResource;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.model.CustomDomain;
import java.util.ArrayList;
import java.util.List;

/**
 * The certificates and DNS records of {@code customDomains}: per domain, {@code
 * Stp<Domain>Certificate} (AWS::CertificateManager::Certificate, validated through DNS in the
 * domain's hosted zone, unless customCertificateArn is given) and {@code Stp<Domain>RecordSet} (an
 * AWS::Route53::RecordSet alias A record to the resource, unless disableDnsRecordCreation). The
 * hosted zone is a template parameter that the deployer fills, so compiling stays offline.
 */
final class CustomDomains {

  /** One domain with the certificate its listener or API domain uses. */
  record Domain(CustomDomain config, JsonValue certificateArn) {}

  /** Where an alias record points: the target's DNS name and the hosted zone of that name. */
  record AliasTarget(JsonValue dnsName, JsonValue hostedZoneId) {}

  private CustomDomains() {}

  /**
   * Adds the certificates of {@code domains}, listed at {@code path} by the resource {@code owner}
   * (at {@code ownerPath}).
   */
  static List<Domain> certificates(
      List<CustomDomain> domains,
      ConfigPath path,
      ConfigPath ownerPath,
      String owner,
      SynthesisContext context) {
    List<Domain> result = new ArrayList<>();
    for (int i = 0; i < domains.size(); i++) {
      CustomDomain domain = domains.get(i);
      ConfigPath domainPath = path.index(i);
      if (domain.customCertificateArn().isPresent()) {
        JsonValue given =
            context
                .values()
                .resolve(
                    domain.customCertificateArn().get(), domainPath.key("customCertificateArn"));
        result.add(new Domain(domain, given));
        continue;
      }
      String certificateId = LogicalIds.domainCertificate(domain.domainName());
      // ACM writes the validation CNAME into the zone itself when HostedZoneId is given, so the
      // certificate is issued during the deploy:
      // https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-certificatemanager-certificate.html
      context
          .template()
          .add(
              certificateId,
              CfResource.of(
                  "AWS::CertificateManager::Certificate",
                  JsonObject.builder()
                      .put("DomainName", domain.domainName())
                      .put(
                          "DomainValidationOptions",
                          JsonArray.of(
                              JsonObject.builder()
                                  .put("DomainName", domain.domainName())
                                  .put("HostedZoneId", hostedZone(domain, context))
                                  .build()))
                      .put("ValidationMethod", "DNS")
                      .build()),
              ownerPath,
              owner);
      result.add(new Domain(domain, Cf.ref(certificateId)));
    }
    return result;
  }

  /** Adds the alias A record of each domain that wants one. */
  static void records(
      List<Domain> domains,
      AliasTarget target,
      ConfigPath ownerPath,
      String owner,
      SynthesisContext context) {
    for (Domain domain : domains) {
      if (domain.config().disableDnsRecordCreation()) {
        continue;
      }
      String name = domain.config().domainName();
      context
          .template()
          .add(
              LogicalIds.domainRecordSet(name),
              CfResource.of(
                  "AWS::Route53::RecordSet",
                  JsonObject.builder()
                      .put(
                          "AliasTarget",
                          JsonObject.builder()
                              .put("DNSName", target.dnsName())
                              .put("HostedZoneId", target.hostedZoneId())
                              .build())
                      .put("HostedZoneId", hostedZone(domain.config(), context))
                      .put("Name", name)
                      .put("Type", "A")
                      .build()),
              ownerPath,
              owner);
    }
  }

  private static JsonValue hostedZone(CustomDomain domain, SynthesisContext context) {
    return context.cached(
        "hosted-zone:" + domain.domainName(),
        () -> context.deployParameters().hostedZoneId(domain.domainName(), context.template()));
  }
}
