package dev.formwork.schema.model.function;

import dev.formwork.schema.bind.ConfigEnum;

/** A CodeDeploy traffic-shifting configuration for Lambda. */
public enum DeploymentStrategyName implements ConfigEnum {
  CANARY10PERCENT5MINUTES("Canary10Percent5Minutes"),
  CANARY10PERCENT10MINUTES("Canary10Percent10Minutes"),
  CANARY10PERCENT15MINUTES("Canary10Percent15Minutes"),
  CANARY10PERCENT30MINUTES("Canary10Percent30Minutes"),
  LINEAR10PERCENTEVERY1MINUTE("Linear10PercentEvery1Minute"),
  LINEAR10PERCENTEVERY2MINUTES("Linear10PercentEvery2Minutes"),
  LINEAR10PERCENTEVERY3MINUTES("Linear10PercentEvery3Minutes"),
  LINEAR10PERCENTEVERY10MINUTES("Linear10PercentEvery10Minutes"),
  ALLATONCE("AllAtOnce");

  private final String value;

  DeploymentStrategyName(String value) {
    this.value = value;
  }

  @Override
  public String configValue() {
    return value;
  }
}
