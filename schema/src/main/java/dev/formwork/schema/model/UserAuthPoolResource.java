package dev.formwork.schema.model;

import dev.formwork.schema.bind.ConfigEnum;
import dev.formwork.schema.bind.Default;
import dev.formwork.schema.bind.Doc;
import dev.formwork.schema.bind.Range;
import dev.formwork.schema.node.ConfigNode;
import java.util.Map;
import java.util.Optional;

/** A {@code user-auth-pool} resource: a Cognito user pool with one app client. */
@Doc("A Cognito user pool with an app client; users sign in with their email address.")
public record UserAuthPoolResource(
    @Doc("User pool properties.") Properties properties,
    @Doc(
            "Property overrides by child logical ID (e.g. PoolUserPool), paths relative to"
                + " Properties.")
        Map<String, ConfigNode> overrides)
    implements ResourceDefinition {

  @Override
  public String typeName() {
    return "user-auth-pool";
  }

  /** The supported user pool properties. */
  @Doc("Properties of a user pool.")
  public record Properties(
      @Doc("Only administrators can create users (no self sign-up).") @Default("false")
          boolean allowOnlyAdminsToCreateAccount,
      @Doc("Password rules.") Optional<PasswordPolicy> passwordPolicy,
      @Doc("Multi-factor authentication with authenticator apps: OFF, OPTIONAL or ON.")
          @Default("OFF")
          MfaMode mfaConfiguration,
      @Doc("Give the app client a secret (exposed as the clientSecret parameter).")
          @Default("false")
          boolean generateClientSecret,
      @Doc("Refuse to delete the pool (Cognito DeletionProtection).") @Default("false")
          boolean deletionProtection) {}

  /** Password rules of the pool. */
  @Doc("Password rules.")
  public record PasswordPolicy(
      @Doc("Minimum length.") @Default("8") @Range(min = 6, max = 99) int minimumLength,
      @Doc("Require a lowercase letter.") @Default("true") boolean requireLowercase,
      @Doc("Require an uppercase letter.") @Default("true") boolean requireUppercase,
      @Doc("Require a digit.") @Default("true") boolean requireNumbers,
      @Doc("Require a symbol.") @Default("true") boolean requireSymbols,
      @Doc("Days a temporary password stays valid.") @Default("7") @Range(min = 1, max = 365)
          int temporaryPasswordValidityDays) {}

  /** Cognito's MfaConfiguration values. */
  public enum MfaMode implements ConfigEnum {
    OFF,
    OPTIONAL,
    ON;

    @Override
    public String configValue() {
      return name();
    }
  }
}
