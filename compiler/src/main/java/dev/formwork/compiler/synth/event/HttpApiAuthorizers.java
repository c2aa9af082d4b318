package dev.formwork.compiler.synth.event;

import dev.formwork.compiler.synth.SynthesisContext;
import dev.formwork.compiler.synth.function.FunctionAssembly;
import dev.formwork.compiler.synth.ref.FunctionRef;
import dev.formwork.compiler.synth.ref.HttpApiRef;
import dev.formwork.compiler.synth.ref.UserPoolRef;
import dev.formwork.compiler.template.Cf;
import dev.formwork.compiler.template.CfResource;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.model.event.HttpApiEvent;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Route authorizers of HTTP APIs: {@code Stp<Api><Method><Path>Authorizer}
 * (AWS::ApiGatewayV2::Authorizer), JWT for {@code jwt}, REQUEST for {@code lambda} with {@code
 * <Authorizer>Permission} (AWS::Lambda::Permission scoped to that authorizer's ARN), and JWT for
 * {@code cognito}, issued by a user-auth-pool of the config with its app client as the audience.
 */
final class HttpApiAuthorizers {

  static final List<String> DEFAULT_JWT_SOURCES = List.of("$request.header.Authorization");

  private HttpApiAuthorizers() {}

  /** Writes the authorizer; returns the route's AuthorizationType, or empty after a diagnostic. */
  static Optional<String> synthesize(
      FunctionAssembly function,
      HttpApiEvent.Authorizer authorizer,
      HttpApiRef api,
      String authorizerId,
      ConfigPath path,
      SynthesisContext context) {
    String apiId = api.logicalId();
    if (authorizer instanceof HttpApiEvent.JwtAuthorizer jwt) {
      HttpApiEvent.JwtProperties properties = jwt.properties();
      context
          .template()
          .add(
              authorizerId,
              CfResource.of(
                  "AWS::ApiGatewayV2::Authorizer",
                  JsonObject.builder()
                      .put("ApiId", Cf.ref(apiId))
                      .put("AuthorizerType", "JWT")
                      .put(
                          "IdentitySource",
                          JsonArray.ofStrings(
                              properties.identitySources().isEmpty()
                                  ? DEFAULT_JWT_SOURCES
                                  : properties.identitySources()))
                      .put(
                          "JwtConfiguration",
                          JsonObject.builder()
                              .put("Audience", JsonArray.ofStrings(properties.audience()))
                              .put("Issuer", properties.issuer())
                              .build())
                      .put("Name", authorizerId)
                      .build()),
              function.path(),
              function.name());
      return Optional.of("JWT");
    }
    if (authorizer instanceof HttpApiEvent.LambdaAuthorizer lambda) {
      HttpApiEvent.LambdaProperties properties = lambda.properties();
      Optional<FunctionRef> authorizerFunction =
          context
              .index()
              .function(
                  properties.functionName(),
                  path.key("properties").key("functionName"),
                  context.diagnostics());
      if (authorizerFunction.isEmpty()) {
        return Optional.empty();
      }
      if (properties.cacheResultSeconds() > 0 && properties.identitySources().isEmpty()) {
        context
            .diagnostics()
            .error(
                Code.CONFIG_MISSING_PROPERTY,
                path.key("properties").key("identitySources"),
                "A Lambda authorizer that caches results needs identitySources: API Gateway caches"
                    + " by them.");
        return Optional.empty();
      }
      JsonValue authorizerArn = authorizerFunction.get().arn();
      JsonObject.Builder json =
          JsonObject.builder()
              .put("ApiId", Cf.ref(apiId))
              .put("AuthorizerPayloadFormatVersion", "2.0")
              .put("AuthorizerResultTtlInSeconds", properties.cacheResultSeconds())
              .put("AuthorizerType", "REQUEST")
              .put(
                  "AuthorizerUri",
                  Cf.sub(
                      "arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${AuthorizerArn}/invocations",
                      Map.of("AuthorizerArn", authorizerArn)))
              .put("EnableSimpleResponses", !properties.iamResponse())
              .put("Name", authorizerId);
      if (!properties.identitySources().isEmpty()) {
        json.put("IdentitySource", JsonArray.ofStrings(properties.identitySources()));
      }
      context
          .template()
          .add(
              authorizerId,
              CfResource.of("AWS::ApiGatewayV2::Authorizer", json.build()),
              function.path(),
              function.name());
      context
          .template()
          .add(
              authorizerId + "Permission",
              CfResource.of(
                  "AWS::Lambda::Permission",
                  JsonObject.builder()
                      .put("Action", "lambda:InvokeFunction")
                      .put("FunctionName", authorizerArn)
                      .put("Principal", "apigateway.amazonaws.com")
                      .put(
                          "SourceArn",
                          Cf.sub(
                              "arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${"
                                  + apiId
                                  + "}/authorizers/${"
                                  + authorizerId
                                  + "}"))
                      .build()),
              function.path(),
              function.name());
      return Optional.of("CUSTOM");
    }
    HttpApiEvent.CognitoProperties cognito =
        ((HttpApiEvent.CognitoAuthorizer) authorizer).properties();
    Optional<UserPoolRef> pool =
        context
            .index()
            .userPool(
                cognito.userPoolName(),
                path.key("properties").key("userPoolName"),
                context.diagnostics());
    if (pool.isEmpty()) {
      return Optional.empty();
    }
    context
        .template()
        .add(
            authorizerId,
            CfResource.of(
                "AWS::ApiGatewayV2::Authorizer",
                JsonObject.builder()
                    .put("ApiId", Cf.ref(apiId))
                    .put("AuthorizerType", "JWT")
                    .put(
                        "IdentitySource",
                        JsonArray.ofStrings(
                            cognito.identitySources().isEmpty()
                                ? DEFAULT_JWT_SOURCES
                                : cognito.identitySources()))
                    .put(
                        "JwtConfiguration",
                        JsonObject.builder()
                            .put("Audience", JsonArray.of(pool.get().clientId()))
                            .put("Issuer", pool.get().issuer())
                            .build())
                    .put("Name", authorizerId)
                    .build()),
            function.path(),
            function.name());
    return Optional.of("JWT");
  }
}
