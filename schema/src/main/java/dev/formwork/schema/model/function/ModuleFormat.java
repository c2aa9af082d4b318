package dev.formwork.schema.model.function;

import dev.formwork.schema.bind.ConfigEnum;

/** JavaScript module format of a bundle. */
public enum ModuleFormat implements ConfigEnum {
  CJS("cjs"),
  ESM("esm");

  private final String value;

  ModuleFormat(String value) {
    this.value = value;
  }

  @Override
  public String configValue() {
    return value;
  }
}
