package dev.formwork.compiler.synth.event;

import dev.formwork.compiler.synth.resource.SqsQueueSynthesizer;

/**
 * A deliberate violation of the package rules, for {@code ArchitectureTest}: an event class that
 * calls a resource synthesizer.
 */
final class EventUsingAResourceSynthesizer {

  Class<?> synthesizedType() {
    return new SqsQueueSynthesizer().type();
  }
}
