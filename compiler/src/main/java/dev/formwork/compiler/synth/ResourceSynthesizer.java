package dev.formwork.compiler.synth;

import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.model.ResourceDefinition;
import java.util.Map;

/**
 * Turns one config resource type into CloudFormation. Each resource type has exactly one
 * synthesizer, listed in {@link ResourceSynthesizers}.
 */
public interface ResourceSynthesizer<R extends ResourceDefinition> {

  Class<R> type();

  /**
   * The parameters of a resource that {@code $ResourceParam()} and connectTo expose, in their
   * documented order. Pure: depends only on the config, so it can be computed before synthesis.
   */
  Map<String, JsonValue> referenceableParams(String name, R resource, StackIdentity stack);

  /** Adds the resource's CloudFormation resources to the context's template. */
  void synthesize(String name, R resource, SynthesisContext context);
}
