package dev.formwork.compiler.synth.event;

import dev.formwork.compiler.synth.SynthesisContext;
import dev.formwork.compiler.synth.function.FunctionAssembly;
import dev.formwork.compiler.synth.function.InvokedAliases;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.model.event.FunctionEvent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The explicit registry of event integrations, one per event type. */
public final class EventIntegrations {

  private static final List<EventIntegration<?>> ALL =
      List.of(
          new S3EventIntegration(),
          new HttpApiEventIntegration(),
          new CloudwatchLogEventIntegration(),
          new CloudwatchAlarmEventIntegration(),
          new LoadBalancerEventIntegration(),
          new SqsEventIntegration(),
          new SnsEventIntegration(),
          new EventBusEventIntegration(),
          new ScheduleEventIntegration(),
          new KinesisStreamEventIntegration(),
          new DynamoDbStreamEventIntegration(),
          new KafkaTopicEventIntegration());

  private static final Map<Class<?>, EventIntegration<?>> BY_TYPE = byType();

  private EventIntegrations() {}

  // A loop, not a stream: see "Start-up" in docs/architecture.md.
  private static Map<Class<?>, EventIntegration<?>> byType() {
    Map<Class<?>, EventIntegration<?>> byType = new HashMap<>();
    for (EventIntegration<?> integration : ALL) {
      if (byType.put(integration.type(), integration) != null) {
        throw new IllegalStateException(
            "two event integrations registered for " + integration.type().getSimpleName());
      }
    }
    return Map.copyOf(byType);
  }

  public static List<EventIntegration<?>> all() {
    return ALL;
  }

  /**
   * Synthesizes an event with its integration, or reports that formwork cannot synthesize it yet.
   */
  @SuppressWarnings("unchecked")
  public static <E extends FunctionEvent> void synthesize(
      FunctionAssembly function, E event, ConfigPath eventPath, SynthesisContext context) {
    EventIntegration<E> integration = (EventIntegration<E>) BY_TYPE.get(event.getClass());
    if (integration == null) {
      context
          .diagnostics()
          .error(
              Code.CONFIG_NOT_SUPPORTED,
              eventPath.key("type"),
              "formwork cannot synthesize '" + event.typeName() + "' events yet.");
      return;
    }
    // An event that names an alias is synthesized against the alias view, so every integration
    // invokes the alias and names its resources after it.
    Optional<FunctionAssembly> invoked =
        InvokedAliases.invoke(
            function, event.alias(), eventPath.key("properties").key("alias"), context);
    if (invoked.isPresent()) {
      integration.synthesize(invoked.get(), event, eventPath, context);
    }
  }
}
