package dev.formwork.compiler.synth.event;

import dev.formwork.compiler.synth.SynthesisContext;
import dev.formwork.compiler.synth.function.FunctionAssembly;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.model.event.FunctionEvent;

/**
 * Turns one event type of a function into CloudFormation (rules, mappings, permissions, routes) and
 * grants the function what the event needs. Each event type has exactly one integration, listed in
 * {@link EventIntegrations}.
 */
public interface EventIntegration<E extends FunctionEvent> {

  Class<E> type();

  /**
   * Synthesizes one event. Logical IDs must come from the function name and the event's own
   * identity (target name, route, or a content hash), never from its position in the list.
   */
  void synthesize(
      FunctionAssembly function, E event, ConfigPath eventPath, SynthesisContext context);
}
