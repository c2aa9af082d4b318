package dev.formwork.compiler.synth;

import dev.formwork.compiler.synth.ref.ResourceRef;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.model.ResourceDefinition;
import java.util.Collections;
import java.util.Map;

/**
 * A config resource known before synthesis starts: its definition, its config path, and its
 * reference, whose parameters other resources read with {@code $ResourceParam} or receive through
 * connectTo.
 */
public record IndexedResource(
    String name, ResourceDefinition definition, ConfigPath path, ResourceRef ref) {

  /** The parameters of {@link #ref()}, in their documented order. */
  public Map<String, JsonValue> params() {
    return Collections.unmodifiableMap(ref.params());
  }
}
