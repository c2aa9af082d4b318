package dev.formwork.schema.model.event;

import dev.formwork.schema.bind.ConfigEnum;

/** Where a stream or Kafka event source mapping starts reading. */
public enum StartingPosition implements ConfigEnum {
  TRIM_HORIZON("TRIM_HORIZON"),
  LATEST("LATEST");

  private final String value;

  StartingPosition(String value) {
    this.value = value;
  }

  @Override
  public String configValue() {
    return value;
  }
}
