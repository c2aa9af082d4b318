package dev.formwork.schema.deploy;

import java.util.Objects;

/**
 * A template parameter that {@code formwork deploy} fills in, because its value must not be in the
 * template (a password written in plain text in the config) or is only known in the target account
 * (the Route 53 hosted zone of a custom domain). The compiler declares them; the deployer supplies
 * them to the change set.
 */
public sealed interface DeployParameter permits DeployParameter.Secret, DeployParameter.HostedZone {

  /** What the parameter holds, in words, for messages (never the value itself). */
  String describe();

  /**
   * A value written in plain text in the config (a database password, an API key), sent to
   * CloudFormation as a NoEcho parameter. {@link #toString()} never shows it.
   */
  final class Secret implements DeployParameter {

    private final String value;
    private final String what;

    public Secret(String value, String what) {
      this.value = Objects.requireNonNull(value, "value");
      this.what = Objects.requireNonNull(what, "what");
    }

    /** The plain-text value; pass it only to CloudFormation. */
    public String value() {
      return value;
    }

    @Override
    public String describe() {
      return what;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Secret secret
          && secret.value.equals(value)
          && secret.what.equals(what);
    }

    @Override
    public int hashCode() {
      return Objects.hash(value, what);
    }

    @Override
    public String toString() {
      return "Secret[" + what + ", value=***]";
    }
  }

  /** The ID of the public Route 53 hosted zone that holds {@code domainName}. */
  record HostedZone(String domainName) implements DeployParameter {

    @Override
    public String describe() {
      return "the Route 53 hosted zone of " + domainName;
    }
  }
}
