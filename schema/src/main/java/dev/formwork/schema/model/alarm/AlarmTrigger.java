package dev.formwork.schema.model.alarm;

import dev.formwork.schema.bind.Default;
import dev.formwork.schema.bind.Doc;
import dev.formwork.schema.bind.Range;
import dev.formwork.schema.bind.Required;
import dev.formwork.schema.bind.Union;
import dev.formwork.schema.bind.Variant;
import dev.formwork.schema.model.function.AlarmComparisonOperator;
import dev.formwork.schema.model.function.DurationStatistic;
import java.util.Optional;

/**
 * What a resource alarm measures, with Stacktape's trigger types; {@link #resourceType()} names the
 * resource type each one applies to.
 */
@Union(
    variants = {
      @Variant(name = "database-cpu-utilization", type = AlarmTrigger.DatabaseCpu.class),
      @Variant(name = "database-free-storage", type = AlarmTrigger.DatabaseFreeStorage.class),
      @Variant(name = "database-free-memory", type = AlarmTrigger.DatabaseFreeMemory.class),
      @Variant(name = "database-read-latency", type = AlarmTrigger.DatabaseReadLatency.class),
      @Variant(name = "database-write-latency", type = AlarmTrigger.DatabaseWriteLatency.class),
      @Variant(name = "database-connection-count", type = AlarmTrigger.DatabaseConnections.class),
      @Variant(name = "http-api-gateway-error-rate", type = AlarmTrigger.HttpApiErrorRate.class),
      @Variant(name = "http-api-gateway-latency", type = AlarmTrigger.HttpApiLatency.class),
      @Variant(
          name = "application-load-balancer-error-rate",
          type = AlarmTrigger.LoadBalancerErrorRate.class),
      @Variant(
          name = "sqs-queue-received-messages-count",
          type = AlarmTrigger.QueueReceivedMessages.class),
      @Variant(name = "sqs-queue-not-empty", type = AlarmTrigger.QueueNotEmpty.class)
    },
    notSupported = {
      "application-load-balancer-unhealthy-targets",
      "application-load-balancer-custom"
    })
public sealed interface AlarmTrigger
    permits AlarmTrigger.DatabaseCpu,
        AlarmTrigger.DatabaseFreeStorage,
        AlarmTrigger.DatabaseFreeMemory,
        AlarmTrigger.DatabaseReadLatency,
        AlarmTrigger.DatabaseWriteLatency,
        AlarmTrigger.DatabaseConnections,
        AlarmTrigger.HttpApiErrorRate,
        AlarmTrigger.HttpApiLatency,
        AlarmTrigger.LoadBalancerErrorRate,
        AlarmTrigger.QueueReceivedMessages,
        AlarmTrigger.QueueNotEmpty {

  /** The config type of the resources this trigger applies to. */
  String resourceType();

  /** A percentage threshold. */
  @Doc("Percentage threshold.")
  record Percent(
      @Doc("Threshold in percent.") @Required @Range(min = 0, max = 100) double thresholdPercent,
      @Doc("How the value is compared with the threshold.") @Default("GreaterThanThreshold")
          AlarmComparisonOperator comparisonOperator) {}

  /** A size threshold in megabytes; the alarm fires below it by default. */
  @Doc("Size threshold in MB.")
  record Megabytes(
      @Doc("Threshold in megabytes.") @Required @Range(min = 0) double thresholdMB,
      @Doc("How the value is compared with the threshold.") @Default("LessThanThreshold")
          AlarmComparisonOperator comparisonOperator) {}

  /** A latency threshold in seconds. */
  @Doc("Latency threshold in seconds.")
  record Seconds(
      @Doc("Threshold in seconds.") @Required @Range(min = 0) double thresholdSeconds,
      @Doc("How the value is compared with the threshold.") @Default("GreaterThanThreshold")
          AlarmComparisonOperator comparisonOperator,
      @Doc("Statistic over each period.") @Default("avg") DurationStatistic statistic) {}

  /** A latency threshold in milliseconds. */
  @Doc("Latency threshold in milliseconds.")
  record Milliseconds(
      @Doc("Threshold in milliseconds.") @Required @Range(min = 0) double thresholdMilliseconds,
      @Doc("How the value is compared with the threshold.") @Default("GreaterThanThreshold")
          AlarmComparisonOperator comparisonOperator,
      @Doc("Statistic over each period.") @Default("avg") DurationStatistic statistic) {}

  /** A count threshold. */
  @Doc("Count threshold.")
  record Count(
      @Doc("Threshold count.") @Required @Range(min = 0) double thresholdCount,
      @Doc("How the value is compared with the threshold.") @Default("GreaterThanThreshold")
          AlarmComparisonOperator comparisonOperator,
      @Doc("Statistic over each period.") @Default("avg") DurationStatistic statistic) {}

  /** A trigger without settings ({@code properties: {}} is allowed). */
  @Doc("No settings.")
  record None() {}

  /** CPU utilization of the database (instance, or Aurora cluster). */
  @Doc("Fires when the database's CPU utilization crosses thresholdPercent.")
  record DatabaseCpu(Percent properties) implements AlarmTrigger {
    @Override
    public String resourceType() {
      return "relational-database";
    }
  }

  /** Free storage space (RDS) or free local storage (Aurora). */
  @Doc("Fires when the database's free storage falls below thresholdMB.")
  record DatabaseFreeStorage(Megabytes properties) implements AlarmTrigger {
    @Override
    public String resourceType() {
      return "relational-database";
    }
  }

  /** Freeable memory. */
  @Doc("Fires when the database's freeable memory falls below thresholdMB.")
  record DatabaseFreeMemory(Megabytes properties) implements AlarmTrigger {
    @Override
    public String resourceType() {
      return "relational-database";
    }
  }

  /** Read latency. */
  @Doc("Fires when the database's read latency crosses thresholdSeconds.")
  record DatabaseReadLatency(Seconds properties) implements AlarmTrigger {
    @Override
    public String resourceType() {
      return "relational-database";
    }
  }

  /** Write latency. */
  @Doc("Fires when the database's write latency crosses thresholdSeconds.")
  record DatabaseWriteLatency(Seconds properties) implements AlarmTrigger {
    @Override
    public String resourceType() {
      return "relational-database";
    }
  }

  /** Open connections. */
  @Doc("Fires when the database's connection count crosses thresholdCount.")
  record DatabaseConnections(Count properties) implements AlarmTrigger {
    @Override
    public String resourceType() {
      return "relational-database";
    }
  }

  /** Share of requests answered with 4xx or 5xx. */
  @Doc("Fires when the share of requests answered with 4xx or 5xx crosses thresholdPercent.")
  record HttpApiErrorRate(Percent properties) implements AlarmTrigger {
    @Override
    public String resourceType() {
      return "http-api-gateway";
    }
  }

  /** Request latency. */
  @Doc("Fires when the API's latency crosses thresholdMilliseconds.")
  record HttpApiLatency(Milliseconds properties) implements AlarmTrigger {
    @Override
    public String resourceType() {
      return "http-api-gateway";
    }
  }

  /** Share of requests answered with 4xx or 5xx by the balancer or its targets. */
  @Doc(
      "Fires when the share of requests answered with 4xx or 5xx (by the balancer or its targets)"
          + " crosses thresholdPercent.")
  record LoadBalancerErrorRate(Percent properties) implements AlarmTrigger {
    @Override
    public String resourceType() {
      return "application-load-balancer";
    }
  }

  /** Messages received per period. */
  @Doc("Fires when the messages received per period cross thresholdCount.")
  record QueueReceivedMessages(Count properties) implements AlarmTrigger {
    @Override
    public String resourceType() {
      return "sqs-queue";
    }
  }

  /** Any message visible, in flight, received or sent. */
  @Doc("Fires when the queue holds or moves any message (visible, in flight, received or sent).")
  record QueueNotEmpty(Optional<None> properties) implements AlarmTrigger {
    @Override
    public String resourceType() {
      return "sqs-queue";
    }
  }
}
