package dev.formwork.schema.model.function;

import dev.formwork.schema.bind.ConfigEnum;

/** Who may call a function URL: anyone (NONE) or IAM-signed callers (AWS_IAM). */
public enum UrlAuthMode implements ConfigEnum {
  NONE("NONE"),
  AWS_IAM("AWS_IAM");

  private final String value;

  UrlAuthMode(String value) {
    this.value = value;
  }

  @Override
  public String configValue() {
    return value;
  }
}
