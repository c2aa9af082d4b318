package dev.formwork.compiler.synth.event;

import dev.formwork.compiler.synth.SynthesisContext;
import dev.formwork.compiler.synth.function.FunctionAssembly;
import dev.formwork.compiler.template.Cf;
import dev.formwork.compiler.template.CfResource;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.model.event.ScheduleEvent;
import java.util.Optional;

/**
 * A {@code schedule} event: an AWS::Events::Rule {@code <Fn>ScheduleRule} with the validated rate()
 * or cron() expression and the function as target, and an AWS::Lambda::Permission {@code
 * <Fn>SchedulePermission} scoped to that rule. A function with several schedules names each by a
 * hash of its expression and input ({@code <Fn>Schedule<hash>Rule}); with one, changing the rate
 * updates the rule in place.
 */
public final class ScheduleEventIntegration implements EventIntegration<ScheduleEvent> {

  @Override
  public Class<ScheduleEvent> type() {
    return ScheduleEvent.class;
  }

  @Override
  public void synthesize(
      FunctionAssembly function,
      ScheduleEvent event,
      ConfigPath eventPath,
      SynthesisContext context) {
    ScheduleEvent.Properties properties = event.properties();
    ConfigPath propertiesPath = eventPath.key("properties");
    Optional<String> problem = ScheduleExpressions.problem(properties.scheduleRate());
    if (problem.isPresent()) {
      context
          .diagnostics()
          .valueError(
              Code.CONFIG_INVALID_SCHEDULE, propertiesPath.key("scheduleRate"), problem.get());
      return;
    }
    JsonObject target =
        RuleTargets.target(
                function,
                properties.input(),
                properties.inputPath(),
                properties.inputTransformer(),
                propertiesPath,
                context)
            .build();
    JsonObject rule =
        JsonObject.builder()
            .put("ScheduleExpression", properties.scheduleRate())
            .put("State", "ENABLED")
            .put("Targets", JsonArray.of(target))
            .build();
    Optional<String> found = EventIds.identity(function, event, "Schedule", eventPath, context);
    if (found.isEmpty()) {
      return;
    }
    String identity = found.get();
    String ruleId = function.logicalPrefix() + identity + "Rule";
    if (!EventIds.claim(ruleId, function, eventPath, context)) {
      return;
    }
    context
        .template()
        .add(ruleId, CfResource.of("AWS::Events::Rule", rule), function.path(), function.name());
    LambdaPermissions.allow(
        context,
        function,
        function.logicalPrefix() + identity + "Permission",
        "events.amazonaws.com",
        Cf.getAtt(ruleId, "Arn"));
  }
}
