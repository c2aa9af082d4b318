package dev.formwork.compiler.synth.event;

import dev.formwork.compiler.naming.PascalCase;
import dev.formwork.compiler.synth.SynthesisContext;
import dev.formwork.compiler.synth.function.FunctionAssembly;
import dev.formwork.compiler.synth.resource.HttpApiGatewaySynthesizer;
import dev.formwork.compiler.template.Cf;
import dev.formwork.compiler.template.CfResource;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.model.HttpApiGatewayResource;
import dev.formwork.schema.model.event.HttpApiEvent;
import java.util.List;
import java.util.Optional;

/**
 * An {@code http-api-gateway} event: a route {@code Stp<Api><Method><Path>Route}
 * (AWS::ApiGatewayV2::Route) and, once per function–API pair, {@code <Fn><Api>Integration}
 * (AWS::ApiGatewayV2::Integration, AWS_PROXY) and {@code <Fn><Api>Permission}
 * (AWS::Lambda::Permission scoped to the API's execute-api ARN), so any number of routes share one
 * permission. Authorizers are written by {@link HttpApiAuthorizers}.
 */
public final class HttpApiEventIntegration implements EventIntegration<HttpApiEvent> {

  /**
   * API Gateway's integration timeout limit for HTTP APIs that formwork keeps to (as Stacktape).
   */
  static final int MAX_TIMEOUT_SECONDS = 29;

  @Override
  public Class<HttpApiEvent> type() {
    return HttpApiEvent.class;
  }

  @Override
  public void synthesize(
      FunctionAssembly function,
      HttpApiEvent event,
      ConfigPath eventPath,
      SynthesisContext context) {
    HttpApiEvent.Properties properties = event.properties();
    ConfigPath propertiesPath = eventPath.key("properties");
    String apiName = properties.httpApiGatewayName();
    Optional<HttpApiGatewayResource> api =
        context
            .index()
            .require(
                apiName,
                HttpApiGatewayResource.class,
                "http-api-gateway",
                propertiesPath.key("httpApiGatewayName"),
                context.diagnostics());
    if (api.isEmpty()) {
      return;
    }
    Optional<String> routeKey = routeKey(properties, propertiesPath, context);
    if (routeKey.isEmpty()) {
      return;
    }
    String apiId = HttpApiGatewaySynthesizer.apiLogicalId(apiName);
    String payloadFormat =
        properties
            .payloadFormat()
            .or(() -> api.get().properties().payloadFormat())
            .orElse(HttpApiEvent.PayloadFormat.V1)
            .configValue();
    String integrationId = function.logicalPrefix() + PascalCase.of(apiName) + "Integration";
    Optional<CfResource> existing = context.template().get(integrationId);
    if (existing.isPresent()) {
      String used =
          ((JsonString) existing.get().properties().get("PayloadFormatVersion").orElseThrow())
              .value();
      if (!used.equals(payloadFormat)) {
        context
            .diagnostics()
            .error(
                Code.CONFIG_MIXED_PAYLOAD_FORMATS,
                propertiesPath.key("payloadFormat"),
                "The routes of function '"
                    + function.name()
                    + "' on '"
                    + apiName
                    + "' use payload formats "
                    + used
                    + " and "
                    + payloadFormat
                    + "; they share one integration, which has one format.",
                "Set the same payloadFormat on every http-api-gateway event of this function for"
                    + " this API.");
        return;
      }
    } else {
      addIntegration(function, apiName, apiId, integrationId, payloadFormat, context);
    }

    String routeId = routeLogicalId(apiName, properties);
    Optional<CfResource> taken = context.template().get(routeId);
    if (taken.isPresent()) {
      String otherKey =
          ((JsonString) taken.get().properties().get("RouteKey").orElseThrow()).value();
      if (otherKey.equals(routeKey.get())) {
        context
            .diagnostics()
            .error(
                Code.CONFIG_DUPLICATE_ROUTE,
                propertiesPath.key("path"),
                "Route '"
                    + routeKey.get()
                    + "' of '"
                    + apiName
                    + "' is already defined by "
                    + context.template().ownerPath(routeId)
                    + ".",
                "Each method and path may be routed to one function only.");
      } else {
        context
            .diagnostics()
            .error(
                Code.CONFIG_ROUTE_ID_COLLISION,
                propertiesPath.key("path"),
                "Route '"
                    + routeKey.get()
                    + "' and route '"
                    + otherKey
                    + "' of '"
                    + apiName
                    + "' both get the logical ID "
                    + routeId
                    + ".",
                "Rename one path so that the two differ in letters or digits, not only in"
                    + " punctuation.");
      }
      return;
    }
    JsonObject.Builder route =
        JsonObject.builder()
            .put("ApiId", Cf.ref(apiId))
            .put("RouteKey", routeKey.get())
            .put(
                "Target",
                Cf.join("/", List.of(new JsonString("integrations"), Cf.ref(integrationId))));
    if (properties.authorizer().isPresent()) {
      String authorizerId =
          PascalCase.of(
                      "Stp-" + apiName + "-" + methodPart(properties) + "-" + pathPart(properties))
                  .replaceAll("[^A-Za-z0-9]", "")
              + "Authorizer";
      Optional<String> authorizationType =
          HttpApiAuthorizers.synthesize(
              function,
              properties.authorizer().get(),
              apiName,
              authorizerId,
              propertiesPath.key("authorizer"),
              context);
      if (authorizationType.isEmpty()) {
        return;
      }
      route
          .put("AuthorizationType", authorizationType.get())
          .put("AuthorizerId", Cf.ref(authorizerId));
    }
    context
        .template()
        .add(
            routeId,
            CfResource.of("AWS::ApiGatewayV2::Route", route.build()),
            function.path(),
            function.name());
  }

  private static void addIntegration(
      FunctionAssembly function,
      String apiName,
      String apiId,
      String integrationId,
      String payloadFormat,
      SynthesisContext context) {
    int timeoutSeconds = Math.min(function.properties().timeout(), MAX_TIMEOUT_SECONDS);
    context
        .template()
        .add(
            integrationId,
            CfResource.of(
                "AWS::ApiGatewayV2::Integration",
                JsonObject.builder()
                    .put("ApiId", Cf.ref(apiId))
                    .put("IntegrationType", "AWS_PROXY")
                    .put("IntegrationUri", function.endpoint())
                    .put("PayloadFormatVersion", payloadFormat)
                    .put("TimeoutInMillis", timeoutSeconds * 1000L)
                    .build()),
            function.path(),
            function.name());
    context
        .template()
        .add(
            function.logicalPrefix() + PascalCase.of(apiName) + "Permission",
            permission(function.endpoint(), apiId),
            function.path(),
            function.name());
  }

  /**
   * Invoke permission for API Gateway, scoped to every route and stage of one API (the {@code /*}
   * suffix).
   */
  static CfResource permission(JsonValue functionArn, String apiId) {
    return CfResource.of(
        "AWS::Lambda::Permission",
        JsonObject.builder()
            .put("Action", "lambda:InvokeFunction")
            .put("FunctionName", functionArn)
            .put("Principal", "apigateway.amazonaws.com")
            .put(
                "SourceArn",
                Cf.sub(
                    "arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${"
                        + apiId
                        + "}/*"))
            .build());
  }

  private static boolean isDefaultPath(String path) {
    return path.equals("*") || path.equals("$default");
  }

  private static Optional<String> routeKey(
      HttpApiEvent.Properties properties, ConfigPath path, SynthesisContext context) {
    if (isDefaultPath(properties.path())) {
      if (properties.method() != HttpApiEvent.Method.ANY) {
        context
            .diagnostics()
            .valueError(
                Code.CONFIG_INVALID_VALUE,
                path.key("method"),
                "The default route (path '"
                    + properties.path()
                    + "') catches every method, so its method must be '*'.");
        return Optional.empty();
      }
      return Optional.of("$default");
    }
    if (!properties.path().startsWith("/")) {
      context
          .diagnostics()
          .valueError(
              Code.CONFIG_INVALID_VALUE,
              path.key("path"),
              "A route path starts with '/', or is '*' or '$default' for the default route.");
      return Optional.empty();
    }
    return Optional.of(
        (properties.method() == HttpApiEvent.Method.ANY ? "ANY" : properties.method().name())
            + " "
            + properties.path());
  }

  private static String methodPart(HttpApiEvent.Properties properties) {
    return properties.method() == HttpApiEvent.Method.ANY ? "Any" : properties.method().name();
  }

  private static String pathPart(HttpApiEvent.Properties properties) {
    return isDefaultPath(properties.path()) ? "Default" : properties.path();
  }

  /**
   * Stacktape's route name, {@code Stp<Api><Method|Any><Path|Default>Route}, minus the "_" its
   * PascalCase puts before digit-led words (not valid in a logical ID).
   */
  static String routeLogicalId(String apiName, HttpApiEvent.Properties properties) {
    return PascalCase.of(
                "Stp-" + apiName + "-" + methodPart(properties) + "-" + pathPart(properties))
            .replaceAll("[^A-Za-z0-9]", "")
        + "Route";
  }
}
