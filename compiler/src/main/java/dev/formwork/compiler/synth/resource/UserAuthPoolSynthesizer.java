package dev.formwork.compiler.synth.resource;

import dev.formwork.compiler.naming.LogicalIds;
import dev.formwork.compiler.naming.PhysicalNames;
import dev.formwork.compiler.synth.ResourceSynthesizer;
import dev.formwork.compiler.synth.StackIdentity;
import dev.formwork.compiler.synth.SynthesisContext;
import dev.formwork.compiler.synth.ref.UserPoolRef;
import dev.formwork.compiler.template.Cf;
import dev.formwork.compiler.template.CfResource;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.model.UserAuthPoolResource;
import dev.formwork.schema.model.UserAuthPoolResource.Properties;
import dev.formwork.schema.value.TextValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Synthesizes a {@code user-auth-pool}: {@code <Name>UserPool} (AWS::Cognito::UserPool: sign-in
 * attributes, verification, MFA, custom attributes, messages, e-mail sending, Lambda triggers),
 * {@code <Name>UserPoolClient} (SRP and refresh tokens, OAuth flows, token lifetimes, identity
 * providers), {@code <Name><Hook>HookPermission} per trigger, {@code
 * <Name><Provider>IdentityProvider} per external provider, and with the hosted UI {@code
 * <Name>UserPoolDomain} and its CSS.
 */
public final class UserAuthPoolSynthesizer implements ResourceSynthesizer<UserAuthPoolResource> {

  /** Cognito user pool names are at most 128 characters. */
  static final int NAME_LIMIT = 128;

  @Override
  public Class<UserAuthPoolResource> type() {
    return UserAuthPoolResource.class;
  }

  @Override
  public UserPoolRef ref(String name, UserAuthPoolResource resource, StackIdentity stack) {
    Properties properties = resource.properties();
    return new UserPoolRef(
        name,
        properties.generateClientSecret(),
        properties.enableHostedUi()
            ? Optional.of(domainPrefix(name, properties, stack))
            : Optional.empty());
  }

  /** The hosted UI's prefix: the configured one, or the stack and pool name, lower-cased. */
  static String domainPrefix(String name, Properties properties, StackIdentity stack) {
    return properties
        .hostedUiDomainPrefix()
        .orElse(PhysicalNames.fit((stack.stackName() + "-" + name).toLowerCase(Locale.ROOT), 63));
  }

  @Override
  public void synthesize(String name, UserAuthPoolResource resource, SynthesisContext context) {
    ConfigPath path = ConfigPath.of("resources", name);
    ConfigPath propertiesPath = path.key("properties");
    Properties properties = resource.properties();
    if (!supported(properties, propertiesPath, context)) {
      return;
    }
    UserAuthPoolResource.PasswordPolicy password =
        properties
            .passwordPolicy()
            .orElse(
                new UserAuthPoolResource.PasswordPolicy(
                    8, true, true, true, true, properties.unusedAccountValidityDays().orElse(7)));
    JsonObject.Builder adminCreate =
        JsonObject.builder()
            .put("AllowAdminCreateUserOnly", properties.allowOnlyAdminsToCreateAccount());
    properties
        .inviteMessageConfig()
        .ifPresent(
            invite -> {
              JsonObject.Builder template = JsonObject.builder();
              invite.emailMessage().ifPresent(text -> template.put("EmailMessage", text));
              invite.emailSubject().ifPresent(text -> template.put("EmailSubject", text));
              invite.smsMessage().ifPresent(text -> template.put("SMSMessage", text));
              adminCreate.put("InviteMessageTemplate", template.build());
            });
    List<String> usernameAttributes = new ArrayList<>();
    if (properties.allowEmailAsUserName()) {
      usernameAttributes.add("email");
    }
    if (properties.allowPhoneNumberAsUserName()) {
      usernameAttributes.add("phone_number");
    }
    JsonObject.Builder pool =
        JsonObject.builder()
            .put(
                "AccountRecoverySetting",
                JsonObject.of(
                    "RecoveryMechanisms",
                    JsonArray.of(
                        JsonObject.builder()
                            .put("Name", "verified_email")
                            .put("Priority", 1)
                            .build())))
            .put("AdminCreateUserConfig", adminCreate.build())
            .put("DeletionProtection", properties.deletionProtection() ? "ACTIVE" : "INACTIVE")
            .put(
                "Policies",
                JsonObject.of(
                    "PasswordPolicy",
                    JsonObject.builder()
                        .put("MinimumLength", password.minimumLength())
                        .put("RequireLowercase", password.requireLowercase())
                        .put("RequireNumbers", password.requireNumbers())
                        .put("RequireSymbols", password.requireSymbols())
                        .put("RequireUppercase", password.requireUppercase())
                        .put(
                            "TemporaryPasswordValidityDays",
                            password.temporaryPasswordValidityDays())
                        .build()))
            .put(
                "UserPoolName",
                PhysicalNames.fit(
                    context.stack().stackName() + "-" + name + "-user-pool", NAME_LIMIT))
            .put("UsernameConfiguration", JsonObject.builder().put("CaseSensitive", false).build());
    if (!usernameAttributes.isEmpty()) {
      pool.put("UsernameAttributes", JsonArray.ofStrings(usernameAttributes));
    }
    if (properties.userVerificationType() != UserAuthPoolResource.VerificationType.NONE) {
      pool.put("AutoVerifiedAttributes", JsonArray.ofStrings(List.of("email")));
    }
    // Cognito's default is a code by e-mail; the template is written only when it differs.
    if (properties.userVerificationType() == UserAuthPoolResource.VerificationType.EMAIL_LINK
        || properties.userVerificationMessageConfig().isPresent()) {
      pool.put("VerificationMessageTemplate", verificationMessage(properties));
    }
    mfa(properties, pool);
    if (!properties.schema().isEmpty()) {
      pool.put("Schema", schema(properties.schema()));
    }
    properties
        .emailConfiguration()
        .ifPresent(
            email ->
                pool.put(
                    "EmailConfiguration",
                    emailConfiguration(email, propertiesPath.key("emailConfiguration"), context)));
    Map<String, JsonValue> hooks = hooks(properties, propertiesPath.key("hooks"), context);
    if (!hooks.isEmpty()) {
      pool.put("LambdaConfig", JsonObject.of(hooks));
    }
    context
        .template()
        .add(
            LogicalIds.userPool(name),
            CfResource.of("AWS::Cognito::UserPool", pool.build()),
            path,
            name);
    hooks.forEach(
        (hook, function) ->
            context
                .template()
                .add(
                    LogicalIds.userPoolHookPermission(name, hook),
                    CfResource.of(
                        "AWS::Lambda::Permission",
                        JsonObject.builder()
                            .put("Action", "lambda:InvokeFunction")
                            .put("FunctionName", function)
                            .put("Principal", "cognito-idp.amazonaws.com")
                            .put("SourceArn", Cf.getAtt(LogicalIds.userPool(name), "Arn"))
                            .build()),
                    path,
                    name));
    List<String> providers = identityProviders(name, properties, propertiesPath, context);
    client(name, properties, providers, path, context);
    if (properties.enableHostedUi()) {
      context
          .template()
          .add(
              LogicalIds.userPoolDomain(name),
              CfResource.of(
                  "AWS::Cognito::UserPoolDomain",
                  JsonObject.builder()
                      .put("Domain", domainPrefix(name, properties, context.stack()))
                      .put("UserPoolId", Cf.ref(LogicalIds.userPool(name)))
                      .build()),
              path,
              name);
      properties
          .hostedUiCSS()
          .ifPresent(
              css ->
                  context
                      .template()
                      .add(
                          LogicalIds.userPoolUiCustomization(name),
                          CfResource.of(
                                  "AWS::Cognito::UserPoolUICustomizationAttachment",
                                  JsonObject.builder()
                                      .put("CSS", css)
                                      .put("ClientId", Cf.ref(LogicalIds.userPoolClient(name)))
                                      .put("UserPoolId", Cf.ref(LogicalIds.userPool(name)))
                                      .build())
                              // The CSS applies to the hosted UI, which exists once the domain
                              // does.
                              .dependingOn(List.of(LogicalIds.userPoolDomain(name))),
                          path,
                          name));
    }
  }

  /** Reports what formwork does not build, and the properties Stacktape reserves. */
  private static boolean supported(
      Properties properties, ConfigPath path, SynthesisContext context) {
    boolean ok = true;
    if (properties.userVerificationType() == UserAuthPoolResource.VerificationType.SMS
        || properties
            .mfaConfiguration()
            .map(mfa -> mfa.enabledTypes().contains(UserAuthPoolResource.MfaType.SMS))
            .orElse(false)) {
      context
          .diagnostics()
          .error(
              Code.CONFIG_NOT_SUPPORTED,
              properties.userVerificationType() == UserAuthPoolResource.VerificationType.SMS
                  ? path.key("userVerificationType")
                  : path.key("mfaConfiguration").key("enabledTypes"),
              "formwork does not configure SMS for user pools yet: Cognito needs an SNS role and"
                  + " an origination identity for it.",
              "Use email-code verification and SOFTWARE_TOKEN MFA.");
      ok = false;
    }
    if (properties.userVerificationType() == UserAuthPoolResource.VerificationType.EMAIL_LINK
        && !properties.enableHostedUi()) {
      // The verification link points at the pool's domain.
      context
          .diagnostics()
          .error(
              Code.CONFIG_MISSING_PROPERTY,
              path.key("userVerificationType"),
              "email-link verification needs the hosted UI: the link points at its domain.",
              "Set enableHostedUi: true, or use email-code.");
      ok = false;
    }
    return ok;
  }

  private static JsonObject verificationMessage(Properties properties) {
    JsonObject.Builder template =
        JsonObject.builder()
            .put(
                "DefaultEmailOption",
                properties.userVerificationType()
                        == UserAuthPoolResource.VerificationType.EMAIL_LINK
                    ? "CONFIRM_WITH_LINK"
                    : "CONFIRM_WITH_CODE");
    properties
        .userVerificationMessageConfig()
        .ifPresent(
            message -> {
              message.emailMessageUsingCode().ifPresent(text -> template.put("EmailMessage", text));
              message
                  .emailMessageUsingLink()
                  .ifPresent(text -> template.put("EmailMessageByLink", text));
              message.emailSubjectUsingCode().ifPresent(text -> template.put("EmailSubject", text));
              message
                  .emailSubjectUsingLink()
                  .ifPresent(text -> template.put("EmailSubjectByLink", text));
              message.smsMessage().ifPresent(text -> template.put("SmsMessage", text));
            });
    return template.build();
  }

  private static void mfa(Properties properties, JsonObject.Builder pool) {
    UserAuthPoolResource.MfaMode mode =
        properties
            .mfaConfiguration()
            .map(UserAuthPoolResource.MfaConfiguration::status)
            .orElse(UserAuthPoolResource.MfaMode.OFF);
    pool.put("MfaConfiguration", mode.configValue());
    if (mode != UserAuthPoolResource.MfaMode.OFF) {
      // Authenticator apps (SMS is refused above).
      pool.put("EnabledMfas", JsonArray.ofStrings(List.of("SOFTWARE_TOKEN_MFA")));
    }
  }

  private static JsonArray schema(List<UserAuthPoolResource.Attribute> attributes) {
    List<JsonValue> schema = new ArrayList<>();
    for (UserAuthPoolResource.Attribute attribute : attributes) {
      JsonObject.Builder json =
          JsonObject.builder()
              .put("AttributeDataType", attribute.attributeDataType().configValue())
              .put("Mutable", attribute.mutable())
              .put("Name", attribute.name())
              .put("Required", attribute.required());
      JsonObject.Builder strings = JsonObject.builder();
      attribute.stringMinLength().ifPresent(n -> strings.put("MinLength", String.valueOf(n)));
      attribute.stringMaxLength().ifPresent(n -> strings.put("MaxLength", String.valueOf(n)));
      if (!strings.isEmpty()) {
        json.put("StringAttributeConstraints", strings.build());
      }
      JsonObject.Builder numbers = JsonObject.builder();
      attribute.numberMinValue().ifPresent(n -> numbers.put("MinValue", String.valueOf(n)));
      attribute.numberMaxValue().ifPresent(n -> numbers.put("MaxValue", String.valueOf(n)));
      if (!numbers.isEmpty()) {
        json.put("NumberAttributeConstraints", numbers.build());
      }
      schema.add(json.build());
    }
    return new JsonArray(schema);
  }

  private static JsonObject emailConfiguration(
      UserAuthPoolResource.EmailConfiguration email, ConfigPath path, SynthesisContext context) {
    JsonObject.Builder json =
        JsonObject.builder()
            .put(
                "EmailSendingAccount",
                email.sesAddressArn().isPresent() ? "DEVELOPER" : "COGNITO_DEFAULT");
    email
        .sesAddressArn()
        .ifPresent(
            arn -> json.put("SourceArn", context.values().resolve(arn, path.key("sesAddressArn"))));
    email.from().ifPresent(from -> json.put("From", from));
    email.replyToEmailAddress().ifPresent(address -> json.put("ReplyToEmailAddress", address));
    return json.build();
  }

  /** The configured triggers, by their LambdaConfig name, with the function ARNs. */
  private static Map<String, JsonValue> hooks(
      Properties properties, ConfigPath path, SynthesisContext context) {
    Map<String, JsonValue> lambdaConfig = new TreeMap<>();
    properties
        .hooks()
        .ifPresent(
            hooks -> {
              Map<String, Optional<TextValue>> byName = new LinkedHashMap<>();
              byName.put("CreateAuthChallenge", hooks.createAuthChallenge());
              byName.put("CustomMessage", hooks.customMessage());
              byName.put("DefineAuthChallenge", hooks.defineAuthChallenge());
              byName.put("PostAuthentication", hooks.postAuthentication());
              byName.put("PostConfirmation", hooks.postConfirmation());
              byName.put("PreAuthentication", hooks.preAuthentication());
              byName.put("PreSignUp", hooks.preSignUp());
              byName.put("PreTokenGeneration", hooks.preTokenGeneration());
              byName.put("UserMigration", hooks.userMigration());
              byName.put("VerifyAuthChallengeResponse", hooks.verifyAuthChallengeResponse());
              byName.forEach(
                  (hook, arn) ->
                      arn.ifPresent(
                          value ->
                              lambdaConfig.put(
                                  hook,
                                  context
                                      .values()
                                      .resolve(
                                          value,
                                          path.key(
                                              Character.toLowerCase(hook.charAt(0))
                                                  + hook.substring(1))))));
            });
    return lambdaConfig;
  }

  /** Adds the identity providers; returns their names for the client. */
  private static List<String> identityProviders(
      String name, Properties properties, ConfigPath path, SynthesisContext context) {
    List<String> names = new ArrayList<>();
    List<UserAuthPoolResource.IdentityProvider> providers = properties.identityProviders();
    for (int i = 0; i < providers.size(); i++) {
      UserAuthPoolResource.IdentityProvider provider = providers.get(i);
      ConfigPath providerPath = path.key("identityProviders").index(i);
      String providerName = provider.providerName().orElse(provider.type().configValue());
      JsonObject.Builder details = JsonObject.builder();
      provider.clientId().ifPresent(id -> details.put("client_id", id));
      provider
          .clientSecret()
          .ifPresent(
              secret ->
                  details.put(
                      "client_secret",
                      context.values().resolve(secret, providerPath.key("clientSecret"))));
      if (!provider.authorizeScopes().isEmpty()) {
        details.put("authorize_scopes", String.join(" ", provider.authorizeScopes()));
      }
      new TreeMap<>(provider.providerDetails()).forEach(details::put);
      JsonObject.Builder json =
          JsonObject.builder()
              .put("ProviderDetails", details.build())
              .put("ProviderName", providerName)
              .put("ProviderType", provider.type().configValue())
              .put("UserPoolId", Cf.ref(LogicalIds.userPool(name)));
      if (!provider.attributeMapping().isEmpty()) {
        JsonObject.Builder mapping = JsonObject.builder();
        new TreeMap<>(provider.attributeMapping()).forEach(mapping::put);
        json.put("AttributeMapping", mapping.build());
      }
      context
          .template()
          .add(
              LogicalIds.userPoolIdentityProvider(name, providerName),
              CfResource.of("AWS::Cognito::UserPoolIdentityProvider", json.build()),
              ConfigPath.of("resources", name),
              name);
      names.add(providerName);
    }
    return names;
  }

  private static void client(
      String name,
      Properties properties,
      List<String> providers,
      ConfigPath path,
      SynthesisContext context) {
    JsonObject.Builder client =
        JsonObject.builder()
            .put(
                "ClientName",
                PhysicalNames.fit(context.stack().stackName() + "-" + name, NAME_LIMIT))
            .put("EnableTokenRevocation", true)
            .put(
                "ExplicitAuthFlows",
                JsonArray.ofStrings(List.of("ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_USER_SRP_AUTH")))
            .put("GenerateSecret", properties.generateClientSecret())
            .put("PreventUserExistenceErrors", "ENABLED")
            .put("UserPoolId", Cf.ref(LogicalIds.userPool(name)));
    if (!properties.allowedOAuthFlows().isEmpty()) {
      client
          .put(
              "AllowedOAuthFlows",
              JsonArray.ofStrings(
                  properties.allowedOAuthFlows().stream()
                      .map(UserAuthPoolResource.OAuthFlow::configValue)
                      .toList()))
          .put("AllowedOAuthFlowsUserPoolClient", true);
    }
    if (!properties.allowedOAuthScopes().isEmpty()) {
      client.put("AllowedOAuthScopes", JsonArray.ofStrings(properties.allowedOAuthScopes()));
    }
    if (!properties.callbackURLs().isEmpty()) {
      client
          .put("CallbackURLs", JsonArray.ofStrings(properties.callbackURLs()))
          .put("DefaultRedirectURI", properties.callbackURLs().get(0));
    }
    if (!properties.logoutURLs().isEmpty()) {
      client.put("LogoutURLs", JsonArray.ofStrings(properties.logoutURLs()));
    }
    List<String> supported = new ArrayList<>();
    if (!properties.allowOnlyExternalIdentityProviders()) {
      supported.add("COGNITO");
    }
    supported.addAll(providers);
    if (properties.enableHostedUi() || !providers.isEmpty()) {
      client.put("SupportedIdentityProviders", JsonArray.ofStrings(supported));
    }
    JsonObject.Builder units = JsonObject.builder();
    properties
        .accessTokenValiditySeconds()
        .ifPresent(
            seconds -> {
              client.put("AccessTokenValidity", seconds);
              units.put("AccessToken", "seconds");
            });
    properties
        .idTokenValiditySeconds()
        .ifPresent(
            seconds -> {
              client.put("IdTokenValidity", seconds);
              units.put("IdToken", "seconds");
            });
    properties
        .refreshTokenValidityDays()
        .ifPresent(
            days -> {
              client.put("RefreshTokenValidity", days);
              units.put("RefreshToken", "days");
            });
    if (!units.isEmpty()) {
      client.put("TokenValidityUnits", units.build());
    }
    // The client names its providers, so they must exist first.
    List<String> dependsOn =
        providers.stream()
            .map(provider -> LogicalIds.userPoolIdentityProvider(name, provider))
            .toList();
    context
        .template()
        .add(
            LogicalIds.userPoolClient(name),
            CfResource.of("AWS::Cognito::UserPoolClient", client.build()).dependingOn(dependsOn),
            path,
            name);
  }
}
