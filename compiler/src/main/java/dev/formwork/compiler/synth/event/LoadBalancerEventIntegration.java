package dev.formwork.compiler.synth.event;

import dev.formwork.compiler.naming.PascalCase;
import dev.formwork.compiler.naming.PhysicalNames;
import dev.formwork.compiler.synth.SynthesisContext;
import dev.formwork.compiler.synth.function.FunctionAssembly;
import dev.formwork.compiler.synth.ref.LoadBalancerRef;
import dev.formwork.compiler.template.Cf;
import dev.formwork.compiler.template.CfResource;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.model.event.LoadBalancerEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * An {@code application-load-balancer} event: {@code <Lb>Port<p>Priority<n>ListenerRule}
 * (AWS::ElasticLoadBalancingV2::ListenerRule) and, once per function–balancer pair, {@code
 * <Fn><Lb>TargetGroup} (a Lambda target group) and {@code <Fn><Lb>TargetGroupPermission}
 * (AWS::Lambda::Permission scoped to that target group's ARN pattern; the group depends on it, so
 * it cannot reference the group itself).
 */
public final class LoadBalancerEventIntegration implements EventIntegration<LoadBalancerEvent> {

  /** Target group names allow 32 characters. */
  static final int TARGET_GROUP_NAME_LIMIT = 32;

  @Override
  public Class<LoadBalancerEvent> type() {
    return LoadBalancerEvent.class;
  }

  @Override
  public void synthesize(
      FunctionAssembly function,
      LoadBalancerEvent event,
      ConfigPath eventPath,
      SynthesisContext context) {
    LoadBalancerEvent.Properties properties = event.properties();
    ConfigPath propertiesPath = eventPath.key("properties");
    String lbName = properties.loadBalancerName();
    Optional<LoadBalancerRef> lb =
        context
            .index()
            .loadBalancer(lbName, propertiesPath.key("loadBalancerName"), context.diagnostics());
    if (lb.isEmpty()) {
      return;
    }
    Optional<Integer> port = listenerPort(lb.get(), properties, propertiesPath, context);
    if (port.isEmpty()) {
      return;
    }
    String ruleId =
        PascalCase.of(lbName)
            + "Port"
            + port.get()
            + "Priority"
            + properties.priority()
            + "ListenerRule";
    if (context.template().has(ruleId)) {
      context
          .diagnostics()
          .error(
              Code.CONFIG_DUPLICATE_PRIORITY,
              propertiesPath.key("priority"),
              "Priority "
                  + properties.priority()
                  + " on port "
                  + port.get()
                  + " of '"
                  + lbName
                  + "' is already used by "
                  + context.template().ownerPath(ruleId)
                  + ".",
              "Rule priorities must be unique per listener.");
      return;
    }
    String targetGroupId = function.logicalPrefix() + PascalCase.of(lbName) + "TargetGroup";
    if (!context.template().has(targetGroupId)) {
      addTargetGroup(function, lbName, targetGroupId, context);
    }
    context
        .template()
        .add(
            ruleId,
            CfResource.of(
                "AWS::ElasticLoadBalancingV2::ListenerRule",
                JsonObject.builder()
                    .put(
                        "Actions",
                        JsonArray.of(
                            JsonObject.builder()
                                .put("Order", 1)
                                .put("TargetGroupArn", Cf.ref(targetGroupId))
                                .put("Type", "forward")
                                .build()))
                    .put("Conditions", conditions(properties))
                    .put("ListenerArn", Cf.ref(lb.get().listenerLogicalId(port.get())))
                    .put("Priority", properties.priority())
                    .build()),
            function.path(),
            function.name());
  }

  private static void addTargetGroup(
      FunctionAssembly function, String lbName, String targetGroupId, SynthesisContext context) {
    String targetGroupName =
        PhysicalNames.fit(
            context.stack().stackName() + "-" + lbName + "-" + function.qualifiedName(),
            TARGET_GROUP_NAME_LIMIT);
    String permissionId = targetGroupId + "Permission";
    context
        .template()
        .add(
            permissionId,
            CfResource.of(
                "AWS::Lambda::Permission",
                JsonObject.builder()
                    .put("Action", "lambda:InvokeFunction")
                    .put("FunctionName", function.endpoint())
                    .put("Principal", "elasticloadbalancing.amazonaws.com")
                    .put(
                        "SourceArn",
                        Cf.sub(
                            "arn:${AWS::Partition}:elasticloadbalancing:${AWS::Region}:${AWS::AccountId}:targetgroup/"
                                + targetGroupName
                                + "/*"))
                    .build()),
            function.path(),
            function.name());
    // ELB invokes the function when the target is registered, so the permission must exist first.
    context
        .template()
        .add(
            targetGroupId,
            CfResource.of(
                    "AWS::ElasticLoadBalancingV2::TargetGroup",
                    JsonObject.builder()
                        .put("Name", targetGroupName)
                        .put("TargetType", "lambda")
                        .put("Targets", JsonArray.of(JsonObject.of("Id", function.endpoint())))
                        .build())
                .dependingOn(List.of(permissionId)),
            function.path(),
            function.name());
  }

  /**
   * The listener an event's rule goes on: listenerPort, else 443 when it exists, else the only
   * listener.
   */
  private static Optional<Integer> listenerPort(
      LoadBalancerRef lb,
      LoadBalancerEvent.Properties properties,
      ConfigPath path,
      SynthesisContext context) {
    String lbName = lb.name();
    List<Integer> ports = lb.listenerPorts();
    StringJoiner available = new StringJoiner(", ");
    for (int port : ports) {
      available.add(String.valueOf(port));
    }
    if (properties.listenerPort().isPresent()) {
      if (!ports.contains(properties.listenerPort().get())) {
        context
            .diagnostics()
            .valueError(
                Code.CONFIG_UNKNOWN_LISTENER,
                path.key("listenerPort"),
                "Load balancer '"
                    + lbName
                    + "' has no listener on port "
                    + properties.listenerPort().get()
                    + ".",
                ports.isEmpty()
                    ? "It has no listeners."
                    : "Its listener ports: " + available + ".");
        return Optional.empty();
      }
      return properties.listenerPort();
    }
    if (ports.contains(443)) {
      return Optional.of(443);
    }
    if (ports.size() == 1) {
      return Optional.of(ports.get(0));
    }
    context
        .diagnostics()
        .error(
            Code.CONFIG_MISSING_PROPERTY,
            path.key("listenerPort"),
            "Load balancer '"
                + lbName
                + "' has no listener on the default port 443, so the event needs listenerPort.",
            ports.isEmpty() ? "It has no listeners." : "Its listener ports: " + available + ".");
    return Optional.empty();
  }

  private static JsonValue conditions(LoadBalancerEvent.Properties properties) {
    List<JsonValue> conditions = new ArrayList<>();
    if (!properties.paths().isEmpty()) {
      conditions.add(
          condition(
              "path-pattern",
              "PathPatternConfig",
              JsonObject.of("Values", JsonArray.ofStrings(properties.paths()))));
    }
    for (LoadBalancerEvent.HeaderCondition header : properties.headers()) {
      conditions.add(
          condition(
              "http-header",
              "HttpHeaderConfig",
              JsonObject.builder()
                  .put("HttpHeaderName", header.headerName())
                  .put("Values", JsonArray.ofStrings(header.values()))
                  .build()));
    }
    if (!properties.methods().isEmpty()) {
      conditions.add(
          condition(
              "http-request-method",
              "HttpRequestMethodConfig",
              JsonObject.of("Values", JsonArray.ofStrings(properties.methods()))));
    }
    if (!properties.hosts().isEmpty()) {
      conditions.add(
          condition(
              "host-header",
              "HostHeaderConfig",
              JsonObject.of("Values", JsonArray.ofStrings(properties.hosts()))));
    }
    if (!properties.sourceIps().isEmpty()) {
      conditions.add(
          condition(
              "source-ip",
              "SourceIpConfig",
              JsonObject.of("Values", JsonArray.ofStrings(properties.sourceIps()))));
    }
    for (LoadBalancerEvent.QueryCondition query : properties.queryParams()) {
      List<JsonValue> values = new ArrayList<>();
      for (String value : query.values()) {
        values.add(JsonObject.builder().put("Key", query.paramName()).put("Value", value).build());
      }
      conditions.add(
          condition(
              "query-string", "QueryStringConfig", JsonObject.of("Values", new JsonArray(values))));
    }
    return new JsonArray(conditions);
  }

  private static JsonValue condition(String field, String configName, JsonValue config) {
    return JsonObject.builder().put("Field", field).put(configName, config).build();
  }
}
