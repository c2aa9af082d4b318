package dev.formwork.compiler.synth;

import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.model.ResourceDefinition;
import java.util.Map;

/**
 * A config resource known before synthesis starts: its definition, its config path, and the
 * parameters other resources may reference with {@code $ResourceParam} or receive through
 * connectTo.
 */
public record IndexedResource(
    String name, ResourceDefinition definition, ConfigPath path, Map<String, JsonValue> params) {
  public IndexedResource {
    params = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
  }
}
