package dev.formwork.compiler.synth.resource;

import dev.formwork.compiler.naming.LogicalIds;
import dev.formwork.compiler.synth.ResourceSynthesizer;
import dev.formwork.compiler.synth.StackIdentity;
import dev.formwork.compiler.synth.SynthesisContext;
import dev.formwork.compiler.synth.ref.HttpApiRef;
import dev.formwork.compiler.template.Cf;
import dev.formwork.compiler.template.CfResource;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.model.FunctionResource;
import dev.formwork.schema.model.HttpApiGatewayResource;
import dev.formwork.schema.model.ResourceDefinition;
import dev.formwork.schema.model.event.FunctionEvent;
import dev.formwork.schema.model.event.HttpApiEvent;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Synthesizes an {@code http-api-gateway}: {@code <X>Api} (AWS::ApiGatewayV2::Api, HTTP), {@code
 * <X>Stage} (AWS::ApiGatewayV2::Stage, $default, auto-deployed) and, unless logging is disabled,
 * {@code <X>LogGroup} (AWS::Logs::LogGroup) for its access logs. Routes are added by the functions'
 * http-api-gateway events.
 */
public final class HttpApiGatewaySynthesizer
    implements ResourceSynthesizer<HttpApiGatewayResource> {

  static final List<String> DEFAULT_ALLOWED_HEADERS =
      List.of(
          "Content-Type",
          "X-Amz-Date",
          "Authorization",
          "X-Api-Key",
          "X-Amz-Security-Token",
          "X-Amz-User-Agent");
  static final int DEFAULT_RETENTION_DAYS = 30;

  @Override
  public Class<HttpApiGatewayResource> type() {
    return HttpApiGatewayResource.class;
  }

  @Override
  public HttpApiRef ref(String name, HttpApiGatewayResource resource, StackIdentity stack) {
    return HttpApiRef.of(name, resource);
  }

  @Override
  public void synthesize(String name, HttpApiGatewayResource resource, SynthesisContext context) {
    HttpApiRef ref = HttpApiRef.of(name, resource);
    ConfigPath path = ConfigPath.of("resources", name);
    HttpApiGatewayResource.Properties properties = resource.properties();
    JsonObject.Builder api =
        JsonObject.builder()
            .put("Name", context.stack().stackName() + "-" + name)
            .put("ProtocolType", "HTTP");
    if (properties.cors().isPresent() && properties.cors().get().enabled()) {
      api.put("CorsConfiguration", cors(properties.cors().get(), routeMethods(name, context)));
    }
    context
        .template()
        .add(ref.logicalId(), CfResource.of("AWS::ApiGatewayV2::Api", api.build()), path, name);

    JsonObject.Builder stage =
        JsonObject.builder()
            .put("ApiId", ref.id())
            .put("AutoDeploy", true)
            .put("StageName", "$default");
    Optional<HttpApiGatewayResource.Logging> logging = properties.logging();
    if (logging.isEmpty() || !logging.get().disabled()) {
      HttpApiGatewayResource.LogFormat format =
          logging.isPresent() ? logging.get().format() : HttpApiGatewayResource.LogFormat.JSON;
      stage.put(
          "AccessLogSettings",
          JsonObject.builder()
              .put("DestinationArn", Cf.getAtt(LogicalIds.logGroup(name), "Arn"))
              .put("Format", AccessLogFormats.of(format))
              .build());
      context
          .template()
          .add(
              LogicalIds.logGroup(name),
              CfResource.of(
                  "AWS::Logs::LogGroup",
                  JsonObject.builder()
                      .put(
                          "LogGroupName",
                          "/aws/vendedlogs/"
                              + context.stack().stackName()
                              + "/api-gateway/"
                              + name
                              + "/access-logs")
                      .put(
                          "RetentionInDays",
                          logging.isPresent()
                              ? logging.get().retentionDays()
                              : DEFAULT_RETENTION_DAYS)
                      .build()),
              path,
              name);
    }
    context
        .template()
        .add(
            LogicalIds.httpApiStage(name),
            CfResource.of("AWS::ApiGatewayV2::Stage", stage.build()),
            path,
            name);
    customDomains(name, ref, properties, path, context);
    if (logging.isPresent() && logging.get().logForwarding().isPresent()) {
      LogForwardingSynthesis.forward(
          name,
          logging.get().disabled(),
          logging.get().logForwarding().get(),
          path.key("properties").key("logging"),
          context);
    }
    ResourceAlarms.synthesize(
        name, properties.alarms(), new ResourceAlarms.Dimension("ApiId", ref.id()), path, context);
  }

  /**
   * Per custom domain: {@code Stp<Domain>DomainName} (AWS::ApiGatewayV2::DomainName, regional, TLS
   * 1.2), {@code Stp<Domain>ApiMapping} to the $default stage, the certificate and the alias record
   * to the domain's regional endpoint.
   */
  private static void customDomains(
      String name,
      HttpApiRef ref,
      HttpApiGatewayResource.Properties properties,
      ConfigPath path,
      SynthesisContext context) {
    List<CustomDomains.Domain> domains =
        CustomDomains.certificates(
            properties.customDomains(),
            path.key("properties").key("customDomains"),
            path,
            name,
            context);
    for (CustomDomains.Domain domain : domains) {
      String domainName = domain.config().domainName();
      String domainId = LogicalIds.apiDomainName(domainName);
      context
          .template()
          .add(
              domainId,
              CfResource.of(
                  "AWS::ApiGatewayV2::DomainName",
                  JsonObject.builder()
                      .put("DomainName", domainName)
                      .put(
                          "DomainNameConfigurations",
                          JsonArray.of(
                              JsonObject.builder()
                                  .put("CertificateArn", domain.certificateArn())
                                  .put("EndpointType", "REGIONAL")
                                  .put("SecurityPolicy", "TLS_1_2")
                                  .build()))
                      .build()),
              path,
              name);
      context
          .template()
          .add(
              LogicalIds.apiMapping(domainName),
              CfResource.of(
                  "AWS::ApiGatewayV2::ApiMapping",
                  JsonObject.builder()
                      .put("ApiId", ref.id())
                      .put("DomainName", Cf.ref(domainId))
                      .put("Stage", Cf.ref(LogicalIds.httpApiStage(name)))
                      .build()),
              path,
              name);
      CustomDomains.records(
          List.of(domain),
          new CustomDomains.AliasTarget(
              Cf.getAtt(domainId, "RegionalDomainName"),
              Cf.getAtt(domainId, "RegionalHostedZoneId")),
          path,
          name,
          context);
    }
  }

  /** The methods of every route on this API in the config, for the default CORS AllowMethods. */
  private static TreeSet<String> routeMethods(String apiName, SynthesisContext context) {
    TreeSet<String> methods = new TreeSet<>();
    for (ResourceDefinition resource : context.config().resources().values()) {
      if (resource instanceof FunctionResource function) {
        for (FunctionEvent event : function.properties().events()) {
          if (event instanceof HttpApiEvent http
              && http.properties().httpApiGatewayName().equals(apiName)) {
            methods.add(http.properties().method().configValue());
          }
        }
      }
    }
    return methods;
  }

  private static JsonValue cors(HttpApiGatewayResource.Cors cors, TreeSet<String> routeMethods) {
    List<String> methods;
    if (!cors.allowedMethods().isEmpty()) {
      methods = cors.allowedMethods();
    } else if (routeMethods.isEmpty() || routeMethods.contains("*")) {
      methods = List.of("*");
    } else {
      TreeSet<String> withOptions = new TreeSet<>(routeMethods);
      withOptions.add("OPTIONS");
      methods = List.copyOf(withOptions);
    }
    JsonObject.Builder json =
        JsonObject.builder()
            // Stacktape fills AllowHeaders from allowedMethods (a bug); formwork uses
            // allowedHeaders.
            .put(
                "AllowHeaders",
                JsonArray.ofStrings(
                    cors.allowedHeaders().isEmpty()
                        ? DEFAULT_ALLOWED_HEADERS
                        : cors.allowedHeaders()))
            .put("AllowMethods", JsonArray.ofStrings(methods))
            .put(
                "AllowOrigins",
                JsonArray.ofStrings(
                    cors.allowedOrigins().isEmpty() ? List.of("*") : cors.allowedOrigins()));
    json.putIfPresent("AllowCredentials", cors.allowCredentials());
    if (!cors.exposedResponseHeaders().isEmpty()) {
      json.put("ExposeHeaders", JsonArray.ofStrings(cors.exposedResponseHeaders()));
    }
    json.putIfPresent("MaxAge", cors.maxAge());
    return json.build();
  }
}
