package dev.formwork.schema.model.function;

import dev.formwork.schema.bind.ConfigEnum;

/** Effect of an IAM statement. */
public enum StatementEffect implements ConfigEnum {
  ALLOW("Allow"),
  DENY("Deny");

  private final String value;

  StatementEffect(String value) {
    this.value = value;
  }

  @Override
  public String configValue() {
    return value;
  }
}
