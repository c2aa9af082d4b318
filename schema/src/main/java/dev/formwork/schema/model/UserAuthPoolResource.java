package dev.formwork.schema.model;

import dev.formwork.schema.bind.ConfigEnum;
import dev.formwork.schema.bind.Default;
import dev.formwork.schema.bind.Doc;
import dev.formwork.schema.bind.NoEffect;
import dev.formwork.schema.bind.NotSupported;
import dev.formwork.schema.bind.Pattern;
import dev.formwork.schema.bind.Range;
import dev.formwork.schema.bind.Required;
import dev.formwork.schema.bind.ScalarShorthand;
import dev.formwork.schema.node.ConfigNode;
import dev.formwork.schema.value.TextValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A {@code user-auth-pool} resource: a Cognito user pool with one app client. */
@Doc(
    "A Cognito user pool with an app client, optional hosted UI, identity providers and Lambda"
        + " triggers.")
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
      @Doc(
              "Days a user created by an administrator may take to sign in first (the temporary"
                  + " password's validity, unless passwordPolicy sets it).")
          @Range(min = 1, max = 365)
          Optional<Integer> unusedAccountValidityDays,
      @Doc("Password rules.") Optional<PasswordPolicy> passwordPolicy,
      @Doc(
              "Multi-factor authentication: OFF, OPTIONAL or ON, or Stacktape's {status,"
                  + " enabledTypes}.")
          Optional<MfaConfiguration> mfaConfiguration,
      @Doc("Give the app client a secret (exposed as the clientSecret parameter).")
          @Default("false")
          boolean generateClientSecret,
      @Doc("Refuse to delete the pool (Cognito DeletionProtection).") @Default("false")
          boolean deletionProtection,
      @Doc(
              "How users verify their address: email-code (default), email-link (needs the hosted"
                  + " UI) or none.")
          @Default("email-code")
          VerificationType userVerificationType,
      @Doc("Users sign in with their email address.") @Default("true") boolean allowEmailAsUserName,
      @Doc(
              "Users sign in with their phone number. Default false (Stacktape: true): Cognito"
                  + " cannot change sign-in attributes after a pool is created, and formwork"
                  + " pools have used email only.")
          @Default("false")
          boolean allowPhoneNumberAsUserName,
      @Doc("Reserved in Stacktape (no effect); formwork warns.")
          @NoEffect("It is reserved in Stacktape; verification follows userVerificationType.")
          Optional<Boolean> requireEmailVerification,
      @Doc("Reserved in Stacktape (no effect); formwork warns.")
          @NoEffect("It is reserved in Stacktape; verification follows userVerificationType.")
          Optional<Boolean> requirePhoneNumberVerification,
      @Doc("Lambda triggers of the pool, as function ARNs ($ResourceParam('<function>', 'arn')).")
          Optional<Hooks> hooks,
      @Doc("Custom attributes.") List<Attribute> schema,
      @Doc("Create the hosted sign-in UI on <prefix>.auth.<region>.amazoncognito.com.")
          @Default("false")
          boolean enableHostedUi,
      @Doc("Hosted UI domain prefix. Default: <stack>-<pool name>, lower-cased.")
          @Pattern(
              regex = "[a-z0-9](?:[a-z0-9\\-]{0,61}[a-z0-9])?",
              meaning = "lower-case letters, digits and '-' (not at either end), at most 63")
          Optional<String> hostedUiDomainPrefix,
      @Doc("CSS of the hosted UI.") Optional<String> hostedUiCSS,
      @Doc("OAuth callback URLs of the app client; the first is the default redirect.")
          List<String> callbackURLs,
      @Doc("OAuth sign-out URLs of the app client.") List<String> logoutURLs,
      @Doc("OAuth flows of the app client: code, implicit, client_credentials.")
          List<OAuthFlow> allowedOAuthFlows,
      @Doc("OAuth scopes of the app client, e.g. openid, email, profile.")
          List<String> allowedOAuthScopes,
      @Doc(
              "External identity providers (Google, Facebook, LoginWithAmazon, SignInWithApple,"
                  + " OIDC, SAML).")
          List<IdentityProvider> identityProviders,
      @Doc("Sign in only through the identity providers, not with a Cognito password.")
          @Default("false")
          boolean allowOnlyExternalIdentityProviders,
      @Doc("Access token lifetime in seconds (300 to 86400).") @Range(min = 300, max = 86400)
          Optional<Integer> accessTokenValiditySeconds,
      @Doc("ID token lifetime in seconds (300 to 86400).") @Range(min = 300, max = 86400)
          Optional<Integer> idTokenValiditySeconds,
      @Doc("Refresh token lifetime in days (1 to 3650).") @Range(min = 1, max = 3650)
          Optional<Integer> refreshTokenValidityDays,
      @Doc("How Cognito sends e-mail: through Cognito, or an SES identity of yours.")
          Optional<EmailConfiguration> emailConfiguration,
      @Doc("The message users created by an administrator receive.")
          Optional<InviteMessage> inviteMessageConfig,
      @Doc("The verification message.") Optional<VerificationMessage> userVerificationMessageConfig,
      @NotSupported(
              "A custom hosted-UI domain needs an ACM certificate in us-east-1, which a stack in"
                  + " another region cannot create natively.")
          Optional<ConfigNode> customDomain,
      @NotSupported("web-app-firewall resources are not supported yet.")
          Optional<ConfigNode> useFirewall) {}

  /** Stacktape's verification types. */
  public enum VerificationType implements ConfigEnum {
    EMAIL_CODE("email-code"),
    EMAIL_LINK("email-link"),
    NONE("none"),
    SMS("sms");

    private final String value;

    VerificationType(String value) {
      this.value = value;
    }

    @Override
    public String configValue() {
      return value;
    }
  }

  /** OAuth flows of the app client. */
  public enum OAuthFlow implements ConfigEnum {
    CODE("code"),
    IMPLICIT("implicit"),
    CLIENT_CREDENTIALS("client_credentials");

    private final String value;

    OAuthFlow(String value) {
      this.value = value;
    }

    @Override
    public String configValue() {
      return value;
    }
  }

  /** MFA mode and factors; a plain OFF, OPTIONAL or ON sets only the mode. */
  @ScalarShorthand("status")
  @Doc("Multi-factor authentication.")
  public record MfaConfiguration(
      @Doc("OFF, OPTIONAL or ON.") @Required MfaMode status,
      @Doc(
              "Second factors: SOFTWARE_TOKEN (authenticator apps, default) and SMS (needs an SMS"
                  + " role, which formwork does not configure).")
          List<MfaType> enabledTypes) {}

  /** MFA factors. */
  public enum MfaType implements ConfigEnum {
    SOFTWARE_TOKEN("SOFTWARE_TOKEN"),
    SMS("SMS");

    private final String value;

    MfaType(String value) {
      this.value = value;
    }

    @Override
    public String configValue() {
      return value;
    }
  }

  /** The Cognito triggers, each the ARN of a function. */
  @Doc("Cognito Lambda triggers.")
  public record Hooks(
      Optional<TextValue> preSignUp,
      Optional<TextValue> postConfirmation,
      Optional<TextValue> preAuthentication,
      Optional<TextValue> postAuthentication,
      Optional<TextValue> customMessage,
      Optional<TextValue> preTokenGeneration,
      Optional<TextValue> userMigration,
      Optional<TextValue> defineAuthChallenge,
      Optional<TextValue> createAuthChallenge,
      Optional<TextValue> verifyAuthChallengeResponse) {}

  /** A custom attribute. */
  @Doc("A custom attribute (custom:<name>).")
  public record Attribute(
      @Doc("Attribute name, without custom:.") @Required String name,
      @Doc("String, Number, DateTime or Boolean.") @Default("String")
          AttributeDataType attributeDataType,
      @Doc("Users may change it after sign-up.") @Default("true") boolean mutable,
      @Doc("Required at sign-up (Cognito allows it only for standard attributes).")
          @Default("false")
          boolean required,
      @Range(min = 0, max = 2048) Optional<Integer> stringMinLength,
      @Range(min = 0, max = 2048) Optional<Integer> stringMaxLength,
      Optional<Integer> numberMinValue,
      Optional<Integer> numberMaxValue) {}

  /** Cognito attribute types. */
  public enum AttributeDataType implements ConfigEnum {
    STRING("String"),
    NUMBER("Number"),
    DATE_TIME("DateTime"),
    BOOLEAN("Boolean");

    private final String value;

    AttributeDataType(String value) {
      this.value = value;
    }

    @Override
    public String configValue() {
      return value;
    }
  }

  /** An external identity provider. */
  @Doc("An external identity provider.")
  public record IdentityProvider(
      @Doc("Google, Facebook, LoginWithAmazon, SignInWithApple, OIDC or SAML.") @Required
          ProviderType type,
      @Doc("Name of an OIDC or SAML provider (default: its type).") Optional<String> providerName,
      @Doc("OAuth client ID at the provider.") Optional<String> clientId,
      @Doc("OAuth client secret, e.g. $Secret('google-oauth.client-secret').")
          Optional<TextValue> clientSecret,
      @Doc("Scopes requested from the provider.") List<String> authorizeScopes,
      @Doc("Cognito attribute -> provider attribute.") Map<String, String> attributeMapping,
      @Doc("More ProviderDetails, as Cognito names them.") Map<String, String> providerDetails) {}

  /** Cognito provider types. */
  public enum ProviderType implements ConfigEnum {
    GOOGLE("Google"),
    FACEBOOK("Facebook"),
    LOGIN_WITH_AMAZON("LoginWithAmazon"),
    SIGN_IN_WITH_APPLE("SignInWithApple"),
    OIDC("OIDC"),
    SAML("SAML");

    private final String value;

    ProviderType(String value) {
      this.value = value;
    }

    @Override
    public String configValue() {
      return value;
    }
  }

  /** E-mail sending. */
  @Doc("E-mail sending.")
  public record EmailConfiguration(
      @Doc("ARN of a verified SES identity; without it Cognito sends with its own limits.")
          Optional<TextValue> sesAddressArn,
      @Doc("Sender, e.g. \"Acme <no-reply@example.com>\" (needs sesAddressArn).")
          Optional<String> from,
      @Doc("Reply-to address.") Optional<String> replyToEmailAddress) {}

  /** The invitation of users created by an administrator. */
  @Doc("Invitation message ({username} and {####} are replaced).")
  public record InviteMessage(
      Optional<String> emailMessage, Optional<String> emailSubject, Optional<String> smsMessage) {}

  /** The verification message. */
  @Doc("Verification message ({####} is the code, {##Verify Email##} the link).")
  public record VerificationMessage(
      Optional<String> emailMessageUsingCode,
      Optional<String> emailMessageUsingLink,
      Optional<String> emailSubjectUsingCode,
      Optional<String> emailSubjectUsingLink,
      Optional<String> smsMessage) {}

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
