package dev.formwork.compiler.synth.stack;

import dev.formwork.compiler.synth.ref.HttpApiRef;
import dev.formwork.compiler.template.Cf;
import dev.formwork.compiler.template.CfResource;
import dev.formwork.compiler.template.TemplateBuilder;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The routes of the config's HTTP APIs and the function integrations behind them, collected from
 * the functions' http-api-gateway events and written after the functions: one integration and one
 * invoke permission per function–API pair, one route per method and path. A second route for the
 * same method and path, or a second payload format for one integration, is a {@link Conflict}.
 */
public final class HttpApiRoutes {

  /**
   * The AWS_PROXY integration of one function with one API, shared by all the function's routes on
   * it, and {@code permissionLogicalId}, which lets API Gateway invoke the function.
   */
  public record Integration(
      String logicalId,
      HttpApiRef api,
      JsonValue function,
      String payloadFormat,
      int timeoutSeconds,
      String permissionLogicalId,
      ConfigPath owner,
      String ownerName) {}

  /** How a route is authorized: its AuthorizationType and the authorizer's logical ID. */
  public record Authorization(String type, String authorizerLogicalId) {}

  /** One method and path of an API (its {@code routeKey}), sent to an integration. */
  public record Route(
      String logicalId,
      HttpApiRef api,
      String routeKey,
      String integrationLogicalId,
      Optional<Authorization> authorization,
      ConfigPath owner,
      String ownerName) {

    public Route authorizedBy(Authorization by) {
      return new Route(
          logicalId, api, routeKey, integrationLogicalId, Optional.of(by), owner, ownerName);
    }
  }

  /** Why an integration or route cannot be added. */
  public sealed interface Conflict {}

  /** The function already has an integration on this API, with another payload format. */
  public record MixedPayloadFormats(Integration existing) implements Conflict {}

  /** The same method and path is already routed, by {@code existing.owner()}. */
  public record DuplicateRoute(Route existing) implements Conflict {}

  /** A route with another method or path has the same logical ID (they differ in punctuation). */
  public record RouteIdCollision(Route existing) implements Conflict {}

  private final Map<String, Integration> integrations = new TreeMap<>();
  private final Map<String, Route> routes = new TreeMap<>();

  /**
   * Adds the integration unless the function has one on this API already; one with another payload
   * format is a conflict.
   */
  public Optional<Conflict> addIntegration(Integration integration) {
    Integration existing = integrations.putIfAbsent(integration.logicalId(), integration);
    if (existing == null || existing.payloadFormat().equals(integration.payloadFormat())) {
      return Optional.empty();
    }
    return Optional.of(new MixedPayloadFormats(existing));
  }

  /** The conflict that adding {@code route} would cause, if any. */
  public Optional<Conflict> conflict(Route route) {
    Route existing = routes.get(route.logicalId());
    if (existing == null) {
      return Optional.empty();
    }
    return Optional.of(
        existing.routeKey().equals(route.routeKey())
            ? new DuplicateRoute(existing)
            : new RouteIdCollision(existing));
  }

  /** Adds a route that has no {@link #conflict}. */
  public void add(Route route) {
    if (routes.putIfAbsent(route.logicalId(), route) != null) {
      throw new IllegalStateException("route " + route.logicalId() + " was added twice");
    }
  }

  /** Writes the integrations, their permissions and the routes. */
  public void emit(TemplateBuilder template) {
    for (Integration integration : integrations.values()) {
      emit(integration, template);
    }
    for (Route route : routes.values()) {
      emit(route, template);
    }
  }

  private static void emit(Integration integration, TemplateBuilder template) {
    template.add(
        integration.logicalId(),
        CfResource.of(
            "AWS::ApiGatewayV2::Integration",
            JsonObject.builder()
                .put("ApiId", integration.api().id())
                .put("IntegrationType", "AWS_PROXY")
                .put("IntegrationUri", integration.function())
                .put("PayloadFormatVersion", integration.payloadFormat())
                .put("TimeoutInMillis", integration.timeoutSeconds() * 1000L)
                .build()),
        integration.owner(),
        integration.ownerName());
    // Scoped to every route and stage of the one API (the /* suffix).
    template.add(
        integration.permissionLogicalId(),
        CfResource.of(
            "AWS::Lambda::Permission",
            JsonObject.builder()
                .put("Action", "lambda:InvokeFunction")
                .put("FunctionName", integration.function())
                .put("Principal", "apigateway.amazonaws.com")
                .put(
                    "SourceArn",
                    Cf.sub(
                        "arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${"
                            + integration.api().logicalId()
                            + "}/*"))
                .build()),
        integration.owner(),
        integration.ownerName());
  }

  private static void emit(Route route, TemplateBuilder template) {
    JsonObject.Builder json =
        JsonObject.builder()
            .put("ApiId", route.api().id())
            .put("RouteKey", route.routeKey())
            .put(
                "Target",
                Cf.join(
                    "/",
                    List.of(new JsonString("integrations"), Cf.ref(route.integrationLogicalId()))));
    if (route.authorization().isPresent()) {
      Authorization authorization = route.authorization().get();
      json.put("AuthorizationType", authorization.type())
          .put("AuthorizerId", Cf.ref(authorization.authorizerLogicalId()));
    }
    template.add(
        route.logicalId(),
        CfResource.of("AWS::ApiGatewayV2::Route", json.build()),
        route.owner(),
        route.ownerName());
  }
}
