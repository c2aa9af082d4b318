package dev.formwork.schema.bind;

/**
 * An enum whose constants are written in the config as {@link #configValue()}, e.g. {@code x86_64}.
 */
public interface ConfigEnum {
  String configValue();
}
