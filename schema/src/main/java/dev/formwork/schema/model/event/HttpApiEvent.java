package dev.formwork.schema.model.event;

import dev.formwork.schema.bind.ConfigEnum;
import dev.formwork.schema.bind.Doc;
import dev.formwork.schema.bind.Pattern;
import dev.formwork.schema.bind.Union;
import dev.formwork.schema.bind.Variant;
import dev.formwork.schema.model.function.FunctionAlias;
import java.util.List;
import java.util.Optional;

/** A route of an http-api-gateway that invokes the function. */
@Doc("Invoke the function from an HTTP API route.")
public record HttpApiEvent(Properties properties) implements FunctionEvent {

  @Override
  public String typeName() {
    return "http-api-gateway";
  }

  @Override
  public Optional<String> alias() {
    return properties.alias();
  }

  /** The route and its options. */
  @Doc("HTTP API route.")
  public record Properties(
      @Doc("Name of the http-api-gateway resource.") String httpApiGatewayName,
      @Doc("HTTP method, or * for any.") Method method,
      @Doc("Route path, e.g. /users/{id}, /{proxy+}, or * / $default for the default route.")
          String path,
      @Doc("Authorizer protecting the route.") Optional<Authorizer> authorizer,
      @Doc("Payload format version of the integration.") Optional<PayloadFormat> payloadFormat,
      @Doc(FunctionEvent.ALIAS_DOC)
          @Pattern(regex = FunctionAlias.NAME_PATTERN, meaning = FunctionAlias.NAME_MEANING)
          Optional<String> alias) {}

  /** HTTP methods of a route. */
  public enum Method implements ConfigEnum {
    GET,
    POST,
    PUT,
    PATCH,
    DELETE,
    HEAD,
    OPTIONS,
    ANY;

    @Override
    public String configValue() {
      return this == ANY ? "*" : name();
    }
  }

  /** Lambda proxy payload format. */
  public enum PayloadFormat implements ConfigEnum {
    V1("1.0"),
    V2("2.0");

    private final String value;

    PayloadFormat(String value) {
      this.value = value;
    }

    @Override
    public String configValue() {
      return value;
    }
  }

  /** A route authorizer. */
  @Union(
      variants = {
        @Variant(name = "cognito", type = CognitoAuthorizer.class),
        @Variant(name = "jwt", type = JwtAuthorizer.class),
        @Variant(name = "lambda", type = LambdaAuthorizer.class)
      })
  public sealed interface Authorizer permits CognitoAuthorizer, JwtAuthorizer, LambdaAuthorizer {}

  /** JWT authorizer backed by a user-auth-pool in the config. */
  @Doc("JWT authorizer using a user-auth-pool of this config.")
  public record CognitoAuthorizer(CognitoProperties properties) implements Authorizer {}

  /** Cognito authorizer settings. */
  @Doc("Cognito authorizer settings.")
  public record CognitoProperties(
      @Doc("Name of the user-auth-pool resource.") String userPoolName,
      @Doc("Where the token is read (default $request.header.Authorization).")
          List<String> identitySources) {}

  /** JWT authorizer for any OpenID issuer. */
  @Doc("JWT authorizer for any issuer.")
  public record JwtAuthorizer(JwtProperties properties) implements Authorizer {}

  /** JWT issuer and audience. */
  @Doc("JWT issuer and audience.")
  public record JwtProperties(
      @Doc("Token issuer URL.") String issuer,
      @Doc("Accepted audiences.") @dev.formwork.schema.bind.Required List<String> audience,
      @Doc("Where the token is read (default $request.header.Authorization).")
          List<String> identitySources) {}

  /** Lambda (REQUEST) authorizer. */
  @Doc("Lambda authorizer.")
  public record LambdaAuthorizer(LambdaProperties properties) implements Authorizer {}

  /** Lambda authorizer settings. */
  @Doc("Lambda authorizer settings.")
  public record LambdaProperties(
      @Doc("Name of the authorizer function in this config.") String functionName,
      @Doc("Return an IAM policy instead of a simple response.")
          @dev.formwork.schema.bind.Default("false")
          boolean iamResponse,
      @Doc("Identity sources used for caching.") List<String> identitySources,
      @Doc("Seconds the result is cached.")
          @dev.formwork.schema.bind.Default("0")
          @dev.formwork.schema.bind.Range(min = 0, max = 3600)
          int cacheResultSeconds) {}
}
