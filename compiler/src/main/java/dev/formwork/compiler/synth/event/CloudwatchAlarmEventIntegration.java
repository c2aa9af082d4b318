package dev.formwork.compiler.synth.event;

import dev.formwork.compiler.naming.AlarmNames;
import dev.formwork.compiler.naming.PhysicalNames;
import dev.formwork.compiler.synth.IndexedResource;
import dev.formwork.compiler.synth.SynthesisContext;
import dev.formwork.compiler.synth.function.FunctionAssembly;
import dev.formwork.compiler.template.Cf;
import dev.formwork.compiler.template.CfResource;
import dev.formwork.schema.bind.Suggestions;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.model.ApplicationLoadBalancerResource;
import dev.formwork.schema.model.FunctionResource;
import dev.formwork.schema.model.HttpApiGatewayResource;
import dev.formwork.schema.model.RelationalDatabaseResource;
import dev.formwork.schema.model.ResourceDefinition;
import dev.formwork.schema.model.SqsQueueResource;
import dev.formwork.schema.model.alarm.ResourceAlarm;
import dev.formwork.schema.model.event.CloudwatchAlarmEvent;
import dev.formwork.schema.model.function.LambdaAlarm;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A {@code cloudwatch-alarm} event: {@code <Fn><AlarmId>Rule} (AWS::Events::Rule on the alarm's
 * change to ALARM) and {@code <Fn><AlarmId>RulePermission} (AWS::Lambda::Permission scoped to the
 * rule). An alarm of this config ({@code <resource>.<name>} or {@code <resource>.alarms.<index>},
 * on a function, database, queue, HTTP API or load balancer) is referenced by the logical ID {@link
 * AlarmNames} gives the alarm that is actually created; any other name is a CloudWatch alarm of the
 * account.
 */
public final class CloudwatchAlarmEventIntegration
    implements EventIntegration<CloudwatchAlarmEvent> {

  /** The resolved alarm: its ARN and the part of the logical IDs that names it. */
  private record Target(JsonValue arn, String identity) {}

  @Override
  public Class<CloudwatchAlarmEvent> type() {
    return CloudwatchAlarmEvent.class;
  }

  @Override
  public void synthesize(
      FunctionAssembly function,
      CloudwatchAlarmEvent event,
      ConfigPath eventPath,
      SynthesisContext context) {
    ConfigPath namePath = eventPath.key("properties").key("alarmName");
    Optional<Target> target = resolve(event.properties().alarmName(), namePath, context);
    if (target.isEmpty()) {
      return;
    }
    String ruleId = function.logicalPrefix() + target.get().identity() + "Rule";
    if (!EventIds.claim(ruleId, function, eventPath, context)) {
      return;
    }
    context
        .template()
        .add(
            ruleId,
            CfResource.of(
                "AWS::Events::Rule",
                JsonObject.builder()
                    .put(
                        "EventPattern",
                        JsonObject.builder()
                            .put(
                                "detail",
                                JsonObject.of(
                                    "state",
                                    JsonObject.of("value", JsonArray.ofStrings(List.of("ALARM")))))
                            .put(
                                "detail-type",
                                JsonArray.ofStrings(List.of("CloudWatch Alarm State Change")))
                            .put("resources", JsonArray.of(target.get().arn()))
                            .put("source", JsonArray.ofStrings(List.of("aws.cloudwatch")))
                            .build())
                    .put("State", "ENABLED")
                    .put(
                        "Targets",
                        JsonArray.of(
                            JsonObject.builder()
                                .put("Arn", function.endpoint())
                                // Target IDs allow at most 64 characters.
                                .put("Id", PhysicalNames.fit(ruleId, 64))
                                .build()))
                    .build()),
            function.path(),
            function.name());
    context
        .template()
        .add(
            ruleId + "Permission",
            CfResource.of(
                "AWS::Lambda::Permission",
                JsonObject.builder()
                    .put("Action", "lambda:InvokeFunction")
                    .put("FunctionName", function.endpoint())
                    .put("Principal", "events.amazonaws.com")
                    .put("SourceArn", Cf.getAtt(ruleId, "Arn"))
                    .build()),
            function.path(),
            function.name());
  }

  private static Optional<Target> resolve(
      String alarmName, ConfigPath path, SynthesisContext context) {
    int dot = alarmName.indexOf('.');
    String prefix = dot < 0 ? alarmName : alarmName.substring(0, dot);
    Optional<IndexedResource> resource = context.index().find(prefix);
    Optional<List<Optional<String>>> alarms =
        resource.isPresent() ? alarmNames(resource.get().definition()) : Optional.empty();
    String reference = dot < 0 ? "" : alarmName.substring(dot + 1);
    if (alarms.isPresent() && dot > 0) {
      List<String> known = new ArrayList<>();
      for (int i = 0; i < alarms.get().size(); i++) {
        Optional<String> name = alarms.get().get(i);
        String byIndex = "alarms." + i;
        known.add(prefix + "." + name.orElse(byIndex));
        if (reference.equals(byIndex) || (name.isPresent() && name.get().equals(reference))) {
          String logicalId = AlarmNames.logicalId(prefix, name, i);
          return Optional.of(new Target(Cf.getAtt(logicalId, "Arn"), logicalId));
        }
      }
      // <resource>.alarms.<Name> names one of Stacktape's Console-defined global alarms, which
      // formwork does not have; it is watched as a CloudWatch alarm of that name below.
      if (!reference.startsWith("alarms.") || reference.substring(7).matches("[0-9]+")) {
        context
            .diagnostics()
            .valueError(
                Code.CONFIG_UNKNOWN_ALARM,
                path,
                "'" + prefix + "' has no alarm '" + reference + "'.",
                Suggestions.didYouMean(alarmName, known)
                    .orElse(
                        known.isEmpty()
                            ? "'" + prefix + "' defines no alarms."
                            : "Its alarms: " + String.join(", ", known) + "."));
        return Optional.empty();
      }
    }
    if (dot > 0) {
      String hint =
          alarms.isPresent()
              ? "Stacktape's global alarms come from its Console; define the alarm under alarms"
                  + " of '"
                  + prefix
                  + "' to watch it here."
              : Suggestions.didYouMean(prefix, context.index().names()).orElse("");
      if (!hint.isEmpty()) {
        context
            .diagnostics()
            .valueWarning(
                Code.CONFIG_EXTERNAL_ALARM,
                path,
                "'"
                    + alarmName
                    + "' is not an alarm of this config, so it is used as the name of an"
                    + " existing CloudWatch alarm.",
                hint);
      }
    }
    return Optional.of(
        new Target(
            Cf.sub(
                "arn:${AWS::Partition}:cloudwatch:${AWS::Region}:${AWS::AccountId}:alarm:"
                    + alarmName),
            "Cw" + EventIds.upperHash(alarmName) + "Alarm"));
  }

  /** The names (or their absence) of a resource's alarms, by index; empty for other types. */
  private static Optional<List<Optional<String>>> alarmNames(ResourceDefinition definition) {
    if (definition instanceof FunctionResource function) {
      List<Optional<String>> names = new ArrayList<>();
      for (LambdaAlarm alarm : function.properties().alarms()) {
        names.add(alarm.name());
      }
      return Optional.of(names);
    }
    List<ResourceAlarm> alarms;
    if (definition instanceof RelationalDatabaseResource database) {
      alarms = database.properties().alarms();
    } else if (definition instanceof SqsQueueResource queue) {
      alarms = queue.properties().alarms();
    } else if (definition instanceof HttpApiGatewayResource api) {
      alarms = api.properties().alarms();
    } else if (definition instanceof ApplicationLoadBalancerResource loadBalancer) {
      alarms = loadBalancer.properties().alarms();
    } else {
      return Optional.empty();
    }
    List<Optional<String>> names = new ArrayList<>();
    for (ResourceAlarm alarm : alarms) {
      names.add(alarm.name());
    }
    return Optional.of(names);
  }
}
