package dev.formwork.compiler.synth.event;

import dev.formwork.compiler.naming.PascalCase;
import dev.formwork.compiler.synth.SynthesisContext;
import dev.formwork.compiler.synth.function.FunctionAssembly;
import dev.formwork.compiler.synth.ref.HttpApiRef;
import dev.formwork.compiler.synth.stack.HttpApiRoutes;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.model.event.HttpApiEvent;
import java.util.Optional;

/**
 * An {@code http-api-gateway} event: a route {@code Stp<Api><Method><Path>Route}
 * (AWS::ApiGatewayV2::Route) and, once per function–API pair, {@code <Fn><Api>Integration}
 * (AWS::ApiGatewayV2::Integration, AWS_PROXY) and {@code <Fn><Api>Permission}
 * (AWS::Lambda::Permission scoped to the API's execute-api ARN), so any number of routes share one
 * permission. All three are collected by {@link HttpApiRoutes} and written after the functions;
 * authorizers are written by {@link HttpApiAuthorizers}.
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
    Optional<HttpApiRef> api =
        context
            .index()
            .httpApi(apiName, propertiesPath.key("httpApiGatewayName"), context.diagnostics());
    if (api.isEmpty()) {
      return;
    }
    Optional<String> routeKey = routeKey(properties, propertiesPath, context);
    if (routeKey.isEmpty()) {
      return;
    }
    HttpApiRoutes routes = context.httpApiRoutes();
    String payloadFormat =
        (properties.payloadFormat().isPresent()
                ? properties.payloadFormat().get()
                : api.get().payloadFormat().orElse(HttpApiEvent.PayloadFormat.V1))
            .configValue();
    String pairPrefix = function.logicalPrefix() + PascalCase.of(apiName);
    HttpApiRoutes.Integration integration =
        new HttpApiRoutes.Integration(
            pairPrefix + "Integration",
            api.get(),
            function.endpoint(),
            payloadFormat,
            Math.min(function.properties().timeout(), MAX_TIMEOUT_SECONDS),
            pairPrefix + "Permission",
            function.path(),
            function.name());
    Optional<HttpApiRoutes.Conflict> mixed = routes.addIntegration(integration);
    if (mixed.isPresent()) {
      report(mixed.get(), function, routeKey.get(), integration, propertiesPath, context);
      return;
    }

    HttpApiRoutes.Route route =
        new HttpApiRoutes.Route(
            routeLogicalId(apiName, properties),
            api.get(),
            routeKey.get(),
            integration.logicalId(),
            Optional.empty(),
            function.path(),
            function.name());
    Optional<HttpApiRoutes.Conflict> taken = routes.conflict(route);
    if (taken.isPresent()) {
      report(taken.get(), function, routeKey.get(), integration, propertiesPath, context);
      return;
    }
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
              api.get(),
              authorizerId,
              propertiesPath.key("authorizer"),
              context);
      if (authorizationType.isEmpty()) {
        return;
      }
      route =
          route.authorizedBy(
              new HttpApiRoutes.Authorization(authorizationType.get(), authorizerId));
    }
    routes.add(route);
  }

  private static void report(
      HttpApiRoutes.Conflict conflict,
      FunctionAssembly function,
      String routeKey,
      HttpApiRoutes.Integration integration,
      ConfigPath propertiesPath,
      SynthesisContext context) {
    String apiName = integration.api().name();
    if (conflict instanceof HttpApiRoutes.MixedPayloadFormats mixed) {
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
                  + mixed.existing().payloadFormat()
                  + " and "
                  + integration.payloadFormat()
                  + "; they share one integration, which has one format.",
              "Set the same payloadFormat on every http-api-gateway event of this function for"
                  + " this API.");
    } else if (conflict instanceof HttpApiRoutes.DuplicateRoute duplicate) {
      context
          .diagnostics()
          .error(
              Code.CONFIG_DUPLICATE_ROUTE,
              propertiesPath.key("path"),
              "Route '"
                  + routeKey
                  + "' of '"
                  + apiName
                  + "' is already defined by "
                  + duplicate.existing().owner()
                  + ".",
              "Each method and path may be routed to one function only.");
    } else if (conflict instanceof HttpApiRoutes.RouteIdCollision collision) {
      context
          .diagnostics()
          .error(
              Code.CONFIG_ROUTE_ID_COLLISION,
              propertiesPath.key("path"),
              "Route '"
                  + routeKey
                  + "' and route '"
                  + collision.existing().routeKey()
                  + "' of '"
                  + apiName
                  + "' both get the logical ID "
                  + collision.existing().logicalId()
                  + ".",
              "Rename one path so that the two differ in letters or digits, not only in"
                  + " punctuation.");
    }
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
