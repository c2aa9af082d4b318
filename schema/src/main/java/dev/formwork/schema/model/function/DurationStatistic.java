package dev.formwork.schema.model.function;

import dev.formwork.schema.bind.ConfigEnum;

/** The statistic a duration alarm evaluates, with its CloudWatch name. */
public enum DurationStatistic implements ConfigEnum {
  AVG("avg", "Average"),
  MAX("max", "Maximum"),
  MIN("min", "Minimum"),
  SUM("sum", "Sum"),
  P90("p90", "p90"),
  P95("p95", "p95"),
  P99("p99", "p99");

  private final String value;
  private final String cloudWatchName;

  DurationStatistic(String value, String cloudWatchName) {
    this.value = value;
    this.cloudWatchName = cloudWatchName;
  }

  @Override
  public String configValue() {
    return value;
  }

  /** The statistic as CloudWatch's MetricStat.Stat spells it. */
  public String cloudWatchName() {
    return cloudWatchName;
  }
}
