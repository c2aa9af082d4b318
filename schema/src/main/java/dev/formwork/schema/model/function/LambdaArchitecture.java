package dev.formwork.schema.model.function;

import dev.formwork.schema.bind.ConfigEnum;

/** Instruction set a function runs on. */
public enum LambdaArchitecture implements ConfigEnum {
  X86_64("x86_64"),
  ARM64("arm64");

  private final String value;

  LambdaArchitecture(String value) {
    this.value = value;
  }

  @Override
  public String configValue() {
    return value;
  }
}
