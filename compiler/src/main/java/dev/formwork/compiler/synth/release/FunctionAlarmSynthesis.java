package dev.formwork.compiler.synth.release;

import dev.formwork.compiler.naming.AlarmNames;
import dev.formwork.compiler.naming.PhysicalNames;
import dev.formwork.compiler.synth.SynthesisContext;
import dev.formwork.compiler.synth.function.FunctionAssembly;
import dev.formwork.compiler.synth.ref.FunctionRef;
import dev.formwork.compiler.synth.stack.AlarmNotifications;
import dev.formwork.compiler.template.Cf;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonNumber;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.model.function.AlarmComparisonOperator;
import dev.formwork.schema.model.function.LambdaAlarm;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A function's {@code alarms}: one AWS::CloudWatch::Alarm each (logical ID from {@link
 * AlarmNames}), on the error rate (metric math: errors / invocations * 100) or the duration,
 * measured on the live alias when the function has one; notification targets become alarm actions
 * ({@code stack.AlarmNotifications}), with no service Lambda, unlike Stacktape.
 */
public final class FunctionAlarmSynthesis {

  static final int ALARM_NAME_LIMIT = 255;

  private FunctionAlarmSynthesis() {}

  public static void synthesize(FunctionAssembly function, SynthesisContext context) {
    List<LambdaAlarm> alarms = function.properties().alarms();
    for (int i = 0; i < alarms.size(); i++) {
      LambdaAlarm alarm = alarms.get(i);
      LambdaAlarm.Evaluation evaluation =
          alarm.evaluation().orElse(new LambdaAlarm.Evaluation(60, 1, Optional.empty()));
      String alarmName =
          PhysicalNames.fit(
              context.stack().stackName()
                  + "-"
                  + function.name()
                  + "-"
                  + alarm.name().orElse("alarm-" + i),
              ALARM_NAME_LIMIT);
      JsonObject.Builder json =
          JsonObject.builder()
              .put("AlarmName", alarmName)
              .put("EvaluationPeriods", evaluation.evaluationPeriods())
              .put("TreatMissingData", "notBreaching");
      json.putIfPresent("DatapointsToAlarm", evaluation.breachedPeriods());
      if (alarm.trigger() instanceof LambdaAlarm.ErrorRateTrigger errorRate) {
        LambdaAlarm.ErrorRateProperties rule = errorRate.properties();
        json.put("ComparisonOperator", rule.comparisonOperator().configValue())
            .put("Threshold", JsonNumber.of(rule.thresholdPercent()))
            .put(
                "AlarmDescription",
                alarm
                    .description()
                    .orElse(
                        "Fires when the error rate of function "
                            + function.name()
                            + " in stack "
                            + context.stack().stackName()
                            + " "
                            + words(rule.comparisonOperator())
                            + " "
                            + number(rule.thresholdPercent())
                            + "%."))
            .put(
                "Metrics",
                JsonArray.of(
                    metric("error_count", "Errors", "Sum", evaluation.period(), function),
                    metric("invocations", "Invocations", "Sum", evaluation.period(), function),
                    JsonObject.builder()
                        .put("Expression", "(error_count / invocations) * 100")
                        .put("Id", "lambda_error_rate")
                        .put("Label", "Lambda error rate percentage")
                        .put("ReturnData", true)
                        .build()));
      } else {
        LambdaAlarm.DurationProperties rule =
            ((LambdaAlarm.DurationTrigger) alarm.trigger()).properties();
        String stat = rule.statistic().cloudWatchName();
        JsonObject duration =
            metric("duration", "Duration", stat, evaluation.period(), function).toBuilder()
                .put(
                    "Label",
                    stat + " lambda duration over last " + evaluation.period() + " seconds")
                .put("ReturnData", true)
                .build();
        json.put("ComparisonOperator", rule.comparisonOperator().configValue())
            .put("Threshold", JsonNumber.of(rule.thresholdMilliseconds()))
            .put(
                "AlarmDescription",
                alarm
                    .description()
                    .orElse(
                        "Fires when the "
                            + stat.toLowerCase(Locale.ROOT)
                            + " duration of function "
                            + function.name()
                            + " in stack "
                            + context.stack().stackName()
                            + " "
                            + words(rule.comparisonOperator())
                            + " "
                            + number(rule.thresholdMilliseconds())
                            + " ms."))
            .put("Metrics", JsonArray.of(duration));
      }
      String logicalId = AlarmNames.logicalId(function.name(), alarm, i);
      ConfigPath alarmPath = function.propertyPath("alarms").index(i);
      AlarmNotifications.addAlarm(
          logicalId, json, alarm.notificationTargets(), alarmPath, function.name(), context);
    }
  }

  /** One AWS/Lambda metric of the function, or of its live alias when it has one. */
  private static JsonObject metric(
      String id, String metricName, String stat, int period, FunctionAssembly function) {
    List<JsonValue> dimensions = new ArrayList<>();
    dimensions.add(dimension("FunctionName", Cf.ref(function.functionLogicalId())));
    if (function.ref().hasLiveAlias()) {
      // Lambda reports alias metrics under Resource = <function>:<alias>:
      // https://docs.aws.amazon.com/lambda/latest/dg/monitoring-metrics-types.html#monitoring-metrics-dimensions
      dimensions.add(
          dimension(
              "Resource",
              Cf.join(
                  ":",
                  List.of(
                      Cf.ref(function.functionLogicalId()),
                      new JsonString(FunctionRef.LIVE_ALIAS_NAME)))));
    }
    return JsonObject.builder()
        .put("Id", id)
        .put(
            "MetricStat",
            JsonObject.builder()
                .put(
                    "Metric",
                    JsonObject.builder()
                        .put("Dimensions", new JsonArray(dimensions))
                        .put("MetricName", metricName)
                        .put("Namespace", "AWS/Lambda")
                        .build())
                .put("Period", period)
                .put("Stat", stat)
                .build())
        .put("ReturnData", false)
        .build();
  }

  private static JsonObject dimension(String name, JsonValue value) {
    return JsonObject.builder().put("Name", name).put("Value", value).build();
  }

  private static String words(AlarmComparisonOperator operator) {
    return switch (operator) {
      case GREATER_THAN_OR_EQUAL_TO_THRESHOLD -> "is at least";
      case LESS_THAN_THRESHOLD -> "is below";
      case LESS_THAN_OR_EQUAL_TO_THRESHOLD -> "is at most";
      default -> "is above";
    };
  }

  private static String number(double value) {
    return JsonNumber.of(value).text();
  }
}
