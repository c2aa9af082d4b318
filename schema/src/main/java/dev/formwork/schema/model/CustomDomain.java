package dev.formwork.schema.model;

import dev.formwork.schema.bind.Default;
import dev.formwork.schema.bind.Doc;
import dev.formwork.schema.bind.ModelConstraintException;
import dev.formwork.schema.bind.Pattern;
import dev.formwork.schema.bind.Required;
import dev.formwork.schema.bind.ScalarShorthand;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.value.TextValue;
import java.util.Optional;

/**
 * A custom domain of an HTTP API or load balancer: an ACM certificate validated through DNS in the
 * domain's Route 53 hosted zone (or the given one), and an alias record to the resource.
 */
@ScalarShorthand("domainName")
@Doc(
    "A custom domain: a plain domain name, or {domainName, customCertificateArn,"
        + " disableDnsRecordCreation}. The domain's public Route 53 hosted zone is found by"
        + " formwork deploy.")
public record CustomDomain(
    @Doc("The fully qualified domain name, e.g. api.example.com.")
        @Required
        @Pattern(
            regex = "(?=.{1,253}$)([a-zA-Z0-9*]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\\.)+[a-zA-Z]{2,63}",
            meaning = "a fully qualified domain name such as api.example.com")
        String domainName,
    @Doc(
            "ARN of an ACM certificate for the domain (in the stack's region); formwork then"
                + " creates no certificate.")
        Optional<TextValue> customCertificateArn,
    @Doc(
            "Create no Route 53 record (the DNS is managed elsewhere); needs"
                + " customCertificateArn, since formwork validates its certificates through DNS.")
        @Default("false")
        boolean disableDnsRecordCreation) {

  public CustomDomain {
    // Stacktape e118: without a record in the zone, a DNS-validated certificate never validates.
    if (disableDnsRecordCreation && customCertificateArn.isEmpty()) {
      throw new ModelConstraintException(
          Code.CONFIG_MISSING_PROPERTY,
          "disableDnsRecordCreation",
          "disableDnsRecordCreation needs customCertificateArn: formwork validates the"
              + " certificates it creates through DNS records in the domain's hosted zone.");
    }
  }
}
