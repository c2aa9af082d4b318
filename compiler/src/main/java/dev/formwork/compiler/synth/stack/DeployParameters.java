package dev.formwork.compiler.synth.stack;

import dev.formwork.compiler.naming.LogicalIds;
import dev.formwork.compiler.template.Cf;
import dev.formwork.compiler.template.TemplateBuilder;
import dev.formwork.schema.deploy.DeployParameter;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonValue;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The template parameters that {@code formwork deploy} fills in (see {@link DeployParameter}): a
 * plain-text secret of the config as a NoEcho parameter, and the hosted zone of a custom domain.
 * The template declares them without defaults, so no value is ever written into it.
 */
public final class DeployParameters {

  private final SortedMap<String, DeployParameter> parameters = new TreeMap<>();

  /**
   * Declares the NoEcho parameter {@code name} for a plain-text secret and returns its Ref.
   * CloudFormation masks NoEcho values in every API answer and in the console:
   * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/parameters-section-structure.html
   */
  public JsonValue secret(String name, String value, String what, TemplateBuilder template) {
    parameters.put(name, new DeployParameter.Secret(value, what));
    template.addParameter(
        name,
        JsonObject.builder()
            .put("Type", "String")
            .put("NoEcho", true)
            .put(
                "Description",
                "The " + what + ", written in plain text in the config; set by formwork deploy.")
            .build());
    return Cf.ref(name);
  }

  /**
   * Declares the parameter that holds the ID of the Route 53 hosted zone of {@code domainName} and
   * returns its Ref; the deployer finds the zone with ListHostedZonesByName, so compiling needs no
   * AWS access.
   */
  public JsonValue hostedZoneId(String domainName, TemplateBuilder template) {
    String name = LogicalIds.hostedZoneParameter(domainName);
    parameters.put(name, new DeployParameter.HostedZone(domainName));
    template.addParameter(
        name,
        JsonObject.builder()
            .put("Type", "AWS::Route53::HostedZone::Id")
            .put(
                "Description",
                "The public Route 53 hosted zone of "
                    + domainName
                    + "; found by formwork deploy in the target account.")
            .build());
    return Cf.ref(name);
  }

  /** Every parameter deploy must supply, by template parameter name. */
  public SortedMap<String, DeployParameter> all() {
    return Collections.unmodifiableSortedMap(parameters);
  }
}
