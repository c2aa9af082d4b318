package dev.formwork.compiler.synth.resource;

import dev.formwork.compiler.naming.LogicalIds;
import dev.formwork.compiler.naming.PhysicalNames;
import dev.formwork.compiler.synth.ResourceSynthesizer;
import dev.formwork.compiler.synth.StackIdentity;
import dev.formwork.compiler.synth.SynthesisContext;
import dev.formwork.compiler.synth.ref.UserPoolRef;
import dev.formwork.compiler.template.Cf;
import dev.formwork.compiler.template.CfResource;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.model.UserAuthPoolResource;
import java.util.List;

/**
 * Synthesizes a {@code user-auth-pool} as {@code <Name>UserPool} (AWS::Cognito::UserPool: email as
 * the user name, verified by code, account recovery by verified email) and {@code
 * <Name>UserPoolClient} (AWS::Cognito::UserPoolClient: SRP sign-in and refresh tokens only,
 * revocable tokens, no user existence leaks).
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
    return new UserPoolRef(name, resource.properties().generateClientSecret());
  }

  @Override
  public void synthesize(String name, UserAuthPoolResource resource, SynthesisContext context) {
    ConfigPath path = ConfigPath.of("resources", name);

    UserAuthPoolResource.Properties properties = resource.properties();
    UserAuthPoolResource.PasswordPolicy password =
        properties
            .passwordPolicy()
            .orElse(new UserAuthPoolResource.PasswordPolicy(8, true, true, true, true, 7));
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
            .put(
                "AdminCreateUserConfig",
                JsonObject.builder()
                    .put("AllowAdminCreateUserOnly", properties.allowOnlyAdminsToCreateAccount())
                    .build())
            .put("AutoVerifiedAttributes", JsonArray.ofStrings(List.of("email")))
            .put("DeletionProtection", properties.deletionProtection() ? "ACTIVE" : "INACTIVE")
            .put("MfaConfiguration", properties.mfaConfiguration().configValue())
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
            .put("UsernameAttributes", JsonArray.ofStrings(List.of("email")))
            .put("UsernameConfiguration", JsonObject.builder().put("CaseSensitive", false).build());
    if (properties.mfaConfiguration() != UserAuthPoolResource.MfaMode.OFF) {
      // Authenticator apps only: SMS MFA needs an SNS role and a sender, which this resource does
      // not configure.
      pool.put("EnabledMfas", JsonArray.ofStrings(List.of("SOFTWARE_TOKEN_MFA")));
    }
    context
        .template()
        .add(
            LogicalIds.userPool(name),
            CfResource.of("AWS::Cognito::UserPool", pool.build()),
            path,
            name);
    context
        .template()
        .add(
            LogicalIds.userPoolClient(name),
            CfResource.of(
                "AWS::Cognito::UserPoolClient",
                JsonObject.builder()
                    .put(
                        "ClientName",
                        PhysicalNames.fit(context.stack().stackName() + "-" + name, NAME_LIMIT))
                    .put("EnableTokenRevocation", true)
                    .put(
                        "ExplicitAuthFlows",
                        JsonArray.ofStrings(
                            List.of("ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_USER_SRP_AUTH")))
                    .put("GenerateSecret", properties.generateClientSecret())
                    .put("PreventUserExistenceErrors", "ENABLED")
                    .put("UserPoolId", Cf.ref(LogicalIds.userPool(name)))
                    .build()),
            path,
            name);
  }
}
