package dev.formwork.compiler.synth.ref;

import dev.formwork.compiler.naming.LogicalIds;
import dev.formwork.compiler.template.Cf;
import dev.formwork.schema.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A {@code user-auth-pool} of the config: {@code <Name>UserPool} and its app client. */
public record UserPoolRef(String name, boolean clientSecret, Optional<String> hostedUiPrefix)
    implements ResourceRef, HasArn {

  public String logicalId() {
    return LogicalIds.userPool(name);
  }

  public String clientLogicalId() {
    return LogicalIds.userPoolClient(name);
  }

  /** Ref of an AWS::Cognito::UserPoolClient is the client ID. */
  public JsonValue clientId() {
    return Cf.ref(clientLogicalId());
  }

  @Override
  public JsonValue arn() {
    return Cf.getAtt(logicalId(), "Arn");
  }

  /**
   * The issuer of the pool's tokens: ProviderURL is {@code cognito-idp.<region>.<suffix>/<pool
   * id>}, the issuer without its scheme.
   */
  public JsonValue issuer() {
    return Cf.sub("https://${" + logicalId() + ".ProviderURL}");
  }

  @Override
  public Map<String, JsonValue> params() {
    Map<String, JsonValue> params = new LinkedHashMap<>();
    params.put("id", Cf.ref(logicalId()));
    params.put("clientId", clientId());
    if (clientSecret) {
      // Native since 2023 (Stacktape reads it with a custom resource).
      params.put("clientSecret", Cf.getAtt(clientLogicalId(), "ClientSecret"));
    }
    params.put("arn", arn());
    params.put("providerUrl", Cf.getAtt(logicalId(), "ProviderURL"));
    // The hosted UI's domain (connectTo: STP_<POOL>_DOMAIN), as Stacktape names it.
    if (hostedUiPrefix.isPresent()) {
      params.put("domain", Cf.sub(hostedUiPrefix.get() + ".auth.${AWS::Region}.amazoncognito.com"));
    }
    return params;
  }
}
