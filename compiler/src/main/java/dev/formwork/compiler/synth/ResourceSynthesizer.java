package dev.formwork.compiler.synth;

import dev.formwork.compiler.synth.ref.ResourceRef;
import dev.formwork.schema.model.ResourceDefinition;

/**
 * Turns one config resource type into CloudFormation. Each resource type has exactly one
 * synthesizer, listed in {@code synth.resource.ResourceSynthesizers}.
 */
public interface ResourceSynthesizer<R extends ResourceDefinition> {

  Class<R> type();

  /**
   * How other resources refer to this one: its logical IDs, ARNs and the parameters that {@code
   * $ResourceParam()} and connectTo expose. Pure: depends only on the config, so it is computed
   * before synthesis.
   */
  ResourceRef ref(String name, R resource, StackIdentity stack);

  /** Adds the resource's CloudFormation resources to the context's template. */
  void synthesize(String name, R resource, SynthesisContext context);
}
