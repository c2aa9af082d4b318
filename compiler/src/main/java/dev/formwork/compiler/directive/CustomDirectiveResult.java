package dev.formwork.compiler.directive;

import dev.formwork.schema.node.ConfigNode;
import java.util.Objects;
import java.util.Optional;

/**
 * What running a custom directive produced: either a value (any JSON value as a config node) or the
 * one-line error message of the failure.
 */
public final class CustomDirectiveResult {

  private final ConfigNode value;
  private final String error;

  private CustomDirectiveResult(ConfigNode value, String error) {
    this.value = value;
    this.error = error;
  }

  public static CustomDirectiveResult success(ConfigNode value) {
    return new CustomDirectiveResult(Objects.requireNonNull(value, "value"), null);
  }

  public static CustomDirectiveResult failure(String message) {
    return new CustomDirectiveResult(null, Objects.requireNonNull(message, "message"));
  }

  public Optional<ConfigNode> value() {
    return Optional.ofNullable(value);
  }

  public Optional<String> error() {
    return Optional.ofNullable(error);
  }

  @Override
  public String toString() {
    return value != null ? "success(" + value + ")" : "failure(" + error + ")";
  }
}
