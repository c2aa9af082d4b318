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
    if (properties.inviteMessageConfig().isPresent()) {
      UserAuthPoolResource.InviteMessage invite = properties.inviteMessageConfig().get();
      JsonObject.Builder template = JsonObject.builder();
      template.putIfPresent("EmailMessage", invite.emailMessage());
      template.putIfPresent("EmailSubject", invite.emailSubject());
      template.putIfPresent("SMSMessage", invite.smsMessage());
      adminCreate.put("InviteMessageTemplate", template.build());
    }
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
    if (properties.emailConfiguration().isPresent()) {
      pool.put(
          "EmailConfiguration",
          emailConfiguration(
              properties.emailConfiguration().get(),
              propertiesPath.key("emailConfiguration"),
              context));
    }
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
    for (Map.Entry<String, JsonValue> hook : hooks.entrySet()) {
      context
          .template()
          .add(
              LogicalIds.userPoolHookPermission(name, hook.getKey()),
              CfResource.of(
                  "AWS::Lambda::Permission",
                  JsonObject.builder()
                      .put("Action", "lambda:InvokeFunction")
                      .put("FunctionName", hook.getValue())
                      .put("Principal", "cognito-idp.amazonaws.com")
                      .put("SourceArn", Cf.getAtt(LogicalIds.userPool(name), "Arn"))
                      .build()),
              path,
              name);
    }
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
      if (properties.hostedUiCSS().isPresent()) {
        context
            .template()
            .add(
                LogicalIds.userPoolUiCustomization(name),
                CfResource.of(
                        "AWS::Cognito::UserPoolUICustomizationAttachment",
                        JsonObject.builder()
                            .put("CSS", properties.hostedUiCSS().get())
                            .put("ClientId", Cf.ref(LogicalIds.userPoolClient(name)))
                            .put("UserPoolId", Cf.ref(LogicalIds.userPool(name)))
                            .build())
                    // The CSS applies to the hosted UI, which exists once the domain does.
                    .dependingOn(List.of(LogicalIds.userPoolDomain(name))),
                path,
                name);
      }
    }
  }

  /** Reports what formwork does not build, and the properties Stacktape reserves. */
  private static boolean supported(
      Properties properties, ConfigPath path, SynthesisContext context) {
    boolean ok = true;
    if (properties.userVerificationType() == UserAuthPoolResource.VerificationType.SMS
        || (properties.mfaConfiguration().isPresent()
            && properties
                .mfaConfiguration()
                .get()
                .enabledTypes()
                .contains(UserAuthPoolResource.MfaType.SMS))) {
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
    if (properties.userVerificationMessageConfig().isPresent()) {
      UserAuthPoolResource.VerificationMessage message =
          properties.userVerificationMessageConfig().get();
      template.putIfPresent("EmailMessage", message.emailMessageUsingCode());
      template.putIfPresent("EmailMessageByLink", message.emailMessageUsingLink());
      template.putIfPresent("EmailSubject", message.emailSubjectUsingCode());
      template.putIfPresent("EmailSubjectByLink", message.emailSubjectUsingLink());
      template.putIfPresent("SmsMessage", message.smsMessage());
    }
    return template.build();
  }

  private static void mfa(Properties properties, JsonObject.Builder pool) {
    UserAuthPoolResource.MfaMode mode =
        properties.mfaConfiguration().isPresent()
            ? properties.mfaConfiguration().get().status()
            : UserAuthPoolResource.MfaMode.OFF;
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
      if (attribute.stringMinLength().isPresent()) {
        strings.put("MinLength", String.valueOf(attribute.stringMinLength().get()));
      }
      if (attribute.stringMaxLength().isPresent()) {
        strings.put("MaxLength", String.valueOf(attribute.stringMaxLength().get()));
      }
      if (!strings.isEmpty()) {
        json.put("StringAttributeConstraints", strings.build());
      }
      JsonObject.Builder numbers = JsonObject.builder();
      if (attribute.numberMinValue().isPresent()) {
        numbers.put("MinValue", String.valueOf(attribute.numberMinValue().get()));
      }
      if (attribute.numberMaxValue().isPresent()) {
        numbers.put("MaxValue", String.valueOf(attribute.numberMaxValue().get()));
      }
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
    if (email.sesAddressArn().isPresent()) {
      json.put(
          "SourceArn",
          context.values().resolve(email.sesAddressArn().get(), path.key("sesAddressArn")));
    }
    json.putIfPresent("From", email.from());
    json.putIfPresent("ReplyToEmailAddress", email.replyToEmailAddress());
    return json.build();
  }

  /** The configured triggers, by their LambdaConfig name, with the function ARNs. */
  private static Map<String, JsonValue> hooks(
      Properties properties, ConfigPath path, SynthesisContext context) {
    Map<String, JsonValue> lambdaConfig = new TreeMap<>();
    if (properties.hooks().isEmpty()) {
      return lambdaConfig;
    }
    UserAuthPoolResource.Hooks hooks = properties.hooks().get();
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
    for (Map.Entry<String, Optional<TextValue>> entry : byName.entrySet()) {
      String hook = entry.getKey();
      if (entry.getValue().isPresent()) {
        lambdaConfig.put(
            hook,
            context
                .values()
                .resolve(
                    entry.getValue().get(),
                    path.key(Character.toLowerCase(hook.charAt(0)) + hook.substring(1))));
      }
    }
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
      details.putIfPresent("client_id", provider.clientId());
      if (provider.clientSecret().isPresent()) {
        details.put(
            "client_secret",
            context
                .values()
                .resolve(provider.clientSecret().get(), providerPath.key("clientSecret")));
      }
      if (!provider.authorizeScopes().isEmpty()) {
        details.put("authorize_scopes", String.join(" ", provider.authorizeScopes()));
      }
      for (Map.Entry<String, String> detail :
          new TreeMap<>(provider.providerDetails()).entrySet()) {
        details.put(detail.getKey(), detail.getValue());
      }
      JsonObject.Builder json =
          JsonObject.builder()
              .put("ProviderDetails", details.build())
              .put("ProviderName", providerName)
              .put("ProviderType", provider.type().configValue())
              .put("UserPoolId", Cf.ref(LogicalIds.userPool(name)));
      if (!provider.attributeMapping().isEmpty()) {
        JsonObject.Builder mapping = JsonObject.builder();
        for (Map.Entry<String, String> attribute :
            new TreeMap<>(provider.attributeMapping()).entrySet()) {
          mapping.put(attribute.getKey(), attribute.getValue());
        }
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
      List<String> flows = new ArrayList<>();
      for (UserAuthPoolResource.OAuthFlow flow : properties.allowedOAuthFlows()) {
        flows.add(flow.configValue());
      }
      client
          .put("AllowedOAuthFlows", JsonArray.ofStrings(flows))
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
    if (properties.accessTokenValiditySeconds().isPresent()) {
      client.put("AccessTokenValidity", properties.accessTokenValiditySeconds().get());
      units.put("AccessToken", "seconds");
    }
    if (properties.idTokenValiditySeconds().isPresent()) {
      client.put("IdTokenValidity", properties.idTokenValiditySeconds().get());
      units.put("IdToken", "seconds");
    }
    if (properties.refreshTokenValidityDays().isPresent()) {
      client.put("RefreshTokenValidity", properties.refreshTokenValidityDays().get());
      units.put("RefreshToken", "days");
    }
    if (!units.isEmpty()) {
      client.put("TokenValidityUnits", units.build());
    }
    // The client names its providers, so they must exist first.
    List<String> dependsOn = new ArrayList<>();
    for (String provider : providers) {
      dependsOn.add(LogicalIds.userPoolIdentityProvider(name, provider));
    }
    context
        .template()
        .add(
            LogicalIds.userPoolClient(name),
            CfResource.of("AWS::Cognito::UserPoolClient", client.build()).dependingOn(dependsOn),
            path,
            name);
  }
}
