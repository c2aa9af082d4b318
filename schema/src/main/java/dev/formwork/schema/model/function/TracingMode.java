package dev.formwork.schema.model.function;

import dev.formwork.schema.bind.ConfigEnum;

/** AWS X-Ray tracing mode of a function (CloudFormation TracingConfig.Mode). */
public enum TracingMode implements ConfigEnum {
  ACTIVE("Active"),
  PASSTHROUGH("PassThrough");

  private final String value;

  TracingMode(String value) {
    this.value = value;
  }

  @Override
  public String configValue() {
    return value;
  }
}
