package dev.formwork.schema.model.function;

import dev.formwork.schema.bind.ConfigEnum;

/**
 * How a CloudWatch alarm compares its metric with the threshold (the static-threshold operators).
 */
public enum AlarmComparisonOperator implements ConfigEnum {
  GREATER_THAN_OR_EQUAL_TO_THRESHOLD("GreaterThanOrEqualToThreshold"),
  GREATER_THAN_THRESHOLD("GreaterThanThreshold"),
  LESS_THAN_THRESHOLD("LessThanThreshold"),
  LESS_THAN_OR_EQUAL_TO_THRESHOLD("LessThanOrEqualToThreshold");

  private final String value;

  AlarmComparisonOperator(String value) {
    this.value = value;
  }

  @Override
  public String configValue() {
    return value;
  }
}
