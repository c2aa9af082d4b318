package dev.formwork.compiler.synth.resource;

import dev.formwork.compiler.naming.AlarmNames;
import dev.formwork.compiler.naming.PhysicalNames;
import dev.formwork.compiler.synth.SynthesisContext;
import dev.formwork.compiler.synth.stack.AlarmNotifications;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonNumber;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.model.alarm.AlarmTrigger;
import dev.formwork.schema.model.alarm.ResourceAlarm;
import dev.formwork.schema.model.function.AlarmComparisonOperator;
import dev.formwork.schema.model.function.LambdaAlarm;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code alarms} of a relational-database, http-api-gateway, application-load-balancer or
 * sqs-queue: one AWS::CloudWatch::Alarm each ({@code <Resource><Name>Alarm} or {@code
 * <Resource>Alarm<i>}), on the resource's metric or a metric-math expression, with its notification
 * targets as alarm actions.
 */
final class ResourceAlarms {

  /** The dimension that selects the resource in its namespace, e.g. QueueName. */
  record Dimension(String name, JsonValue value) {}

  /** One metric of a query: namespace, name and statistic. */
  private record Metric(String id, String namespace, String name, String stat) {}

  /** A single metric, or metric math over several. */
  private record Query(List<Metric> metrics, Optional<String> expression, String label) {}

  static final int ALARM_NAME_LIMIT = 255;

  private ResourceAlarms() {}

  static void synthesize(
      String resource,
      List<ResourceAlarm> alarms,
      Dimension dimension,
      ConfigPath resourcePath,
      SynthesisContext context) {
    String type = context.index().find(resource).orElseThrow().definition().typeName();
    for (int i = 0; i < alarms.size(); i++) {
      ResourceAlarm alarm = alarms.get(i);
      ConfigPath alarmPath = resourcePath.key("properties").key("alarms").index(i);
      if (!alarm.trigger().resourceType().equals(type)) {
        context
            .diagnostics()
            .error(
                Code.CONFIG_ALARM_TRIGGER_TYPE,
                alarmPath.key("trigger").key("type"),
                "This trigger measures a "
                    + alarm.trigger().resourceType()
                    + ", but '"
                    + resource
                    + "' is a "
                    + type
                    + ".",
                "Use a trigger of a " + type + ".");
        continue;
      }
      LambdaAlarm.Evaluation evaluation =
          alarm.evaluation().orElse(new LambdaAlarm.Evaluation(60, 1, Optional.empty()));
      String logicalId = AlarmNames.logicalId(resource, alarm.name(), i);
      Threshold threshold = threshold(alarm.trigger());
      Query query = query(alarm.trigger());
      List<JsonValue> metrics = new ArrayList<>();
      for (Metric metric : query.metrics()) {
        metrics.add(
            JsonObject.builder()
                .put("Id", metric.id())
                .put(
                    "MetricStat",
                    JsonObject.builder()
                        .put(
                            "Metric",
                            JsonObject.builder()
                                .put(
                                    "Dimensions",
                                    JsonArray.of(
                                        JsonObject.builder()
                                            .put("Name", dimension.name())
                                            .put("Value", dimension.value())
                                            .build()))
                                .put("MetricName", metric.name())
                                .put("Namespace", metric.namespace())
                                .build())
                        .put("Period", evaluation.period())
                        .put("Stat", metric.stat())
                        .build())
                .put("ReturnData", query.expression().isEmpty())
                .build());
      }
      if (query.expression().isPresent()) {
        metrics.add(
            JsonObject.builder()
                .put("Expression", query.expression().get())
                .put("Id", "result")
                .put("Label", query.label())
                .put("ReturnData", true)
                .build());
      }
      JsonObject.Builder json =
          JsonObject.builder()
              .put(
                  "AlarmDescription",
                  alarm
                      .description()
                      .orElse(
                          query.label()
                              + " of "
                              + resource
                              + " in stack "
                              + context.stack().stackName()
                              + " "
                              + threshold.operator().configValue()
                              + " "
                              + JsonNumber.of(threshold.value()).text()
                              + "."))
              .put(
                  "AlarmName",
                  PhysicalNames.fit(
                      context.stack().stackName()
                          + "-"
                          + resource
                          + "-"
                          + alarm.name().orElse("alarm-" + i),
                      ALARM_NAME_LIMIT))
              .put("ComparisonOperator", threshold.operator().configValue())
              .put("EvaluationPeriods", evaluation.evaluationPeriods())
              .put("Metrics", new JsonArray(metrics))
              .put("Threshold", JsonNumber.of(threshold.value()))
              .put("TreatMissingData", "notBreaching");
      json.putIfPresent("DatapointsToAlarm", evaluation.breachedPeriods());
      AlarmNotifications.addAlarm(
          logicalId, json, alarm.notificationTargets(), alarmPath, resource, context);
    }
  }

  /** The alarm's threshold, in the metric's unit, and how it is compared. */
  private record Threshold(double value, AlarmComparisonOperator operator) {}

  private static Threshold threshold(AlarmTrigger trigger) {
    double megabyte = 1024 * 1024;
    if (trigger instanceof AlarmTrigger.DatabaseCpu t) {
      return percent(t.properties());
    } else if (trigger instanceof AlarmTrigger.DatabaseFreeStorage t) {
      return megabytes(t.properties(), megabyte);
    } else if (trigger instanceof AlarmTrigger.DatabaseFreeMemory t) {
      return megabytes(t.properties(), megabyte);
    } else if (trigger instanceof AlarmTrigger.DatabaseReadLatency t) {
      return new Threshold(t.properties().thresholdSeconds(), t.properties().comparisonOperator());
    } else if (trigger instanceof AlarmTrigger.DatabaseWriteLatency t) {
      return new Threshold(t.properties().thresholdSeconds(), t.properties().comparisonOperator());
    } else if (trigger instanceof AlarmTrigger.DatabaseConnections t) {
      return new Threshold(t.properties().thresholdCount(), t.properties().comparisonOperator());
    } else if (trigger instanceof AlarmTrigger.HttpApiErrorRate t) {
      return percent(t.properties());
    } else if (trigger instanceof AlarmTrigger.HttpApiLatency t) {
      return new Threshold(
          t.properties().thresholdMilliseconds(), t.properties().comparisonOperator());
    } else if (trigger instanceof AlarmTrigger.LoadBalancerErrorRate t) {
      return percent(t.properties());
    } else if (trigger instanceof AlarmTrigger.QueueReceivedMessages t) {
      return new Threshold(t.properties().thresholdCount(), t.properties().comparisonOperator());
    }
    // sqs-queue-not-empty: any message counts.
    return new Threshold(0, AlarmComparisonOperator.GREATER_THAN_THRESHOLD);
  }

  private static Threshold percent(AlarmTrigger.Percent properties) {
    return new Threshold(properties.thresholdPercent(), properties.comparisonOperator());
  }

  /** CloudWatch reports sizes in bytes. */
  private static Threshold megabytes(AlarmTrigger.Megabytes properties, double megabyte) {
    return new Threshold(properties.thresholdMB() * megabyte, properties.comparisonOperator());
  }

  private static Query query(AlarmTrigger trigger) {
    if (trigger instanceof AlarmTrigger.DatabaseCpu) {
      return single("AWS/RDS", "CPUUtilization", "Average");
    } else if (trigger instanceof AlarmTrigger.DatabaseFreeStorage) {
      return single("AWS/RDS", "FreeStorageSpace", "Minimum");
    } else if (trigger instanceof AlarmTrigger.DatabaseFreeMemory) {
      return single("AWS/RDS", "FreeableMemory", "Minimum");
    } else if (trigger instanceof AlarmTrigger.DatabaseReadLatency t) {
      return single("AWS/RDS", "ReadLatency", t.properties().statistic().cloudWatchName());
    } else if (trigger instanceof AlarmTrigger.DatabaseWriteLatency t) {
      return single("AWS/RDS", "WriteLatency", t.properties().statistic().cloudWatchName());
    } else if (trigger instanceof AlarmTrigger.DatabaseConnections t) {
      return single("AWS/RDS", "DatabaseConnections", t.properties().statistic().cloudWatchName());
    } else if (trigger instanceof AlarmTrigger.HttpApiErrorRate) {
      return new Query(
          List.of(
              new Metric("client_errors", "AWS/ApiGateway", "4xx", "Sum"),
              new Metric("server_errors", "AWS/ApiGateway", "5xx", "Sum"),
              new Metric("requests", "AWS/ApiGateway", "Count", "Sum")),
          Optional.of("100 * (client_errors + server_errors) / requests"),
          "Error rate percentage");
    } else if (trigger instanceof AlarmTrigger.HttpApiLatency t) {
      return single("AWS/ApiGateway", "Latency", t.properties().statistic().cloudWatchName());
    } else if (trigger instanceof AlarmTrigger.LoadBalancerErrorRate) {
      return new Query(
          List.of(
              new Metric("elb_4xx", "AWS/ApplicationELB", "HTTPCode_ELB_4XX_Count", "Sum"),
              new Metric("elb_5xx", "AWS/ApplicationELB", "HTTPCode_ELB_5XX_Count", "Sum"),
              new Metric("target_4xx", "AWS/ApplicationELB", "HTTPCode_Target_4XX_Count", "Sum"),
              new Metric("target_5xx", "AWS/ApplicationELB", "HTTPCode_Target_5XX_Count", "Sum"),
              new Metric("requests", "AWS/ApplicationELB", "RequestCount", "Sum")),
          // FILL: a period without errors reports no error datapoint at all.
          Optional.of(
              "100 * (FILL(elb_4xx, 0) + FILL(elb_5xx, 0) + FILL(target_4xx, 0)"
                  + " + FILL(target_5xx, 0)) / requests"),
          "Error rate percentage");
    } else if (trigger instanceof AlarmTrigger.QueueReceivedMessages t) {
      return single(
          "AWS/SQS", "NumberOfMessagesReceived", t.properties().statistic().cloudWatchName());
    }
    return new Query(
        List.of(
            new Metric("visible", "AWS/SQS", "ApproximateNumberOfMessagesVisible", "Maximum"),
            new Metric("in_flight", "AWS/SQS", "ApproximateNumberOfMessagesNotVisible", "Maximum"),
            new Metric("received", "AWS/SQS", "NumberOfMessagesReceived", "Sum"),
            new Metric("sent", "AWS/SQS", "NumberOfMessagesSent", "Sum")),
        Optional.of("visible + in_flight + received + sent"),
        "Messages in or through the queue");
  }

  private static Query single(String namespace, String name, String stat) {
    return new Query(List.of(new Metric("value", namespace, name, stat)), Optional.empty(), name);
  }
}
