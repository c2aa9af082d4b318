package dev.formwork.compiler.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.formwork.compiler.synth.event.EventIntegration;
import dev.formwork.compiler.synth.event.EventIntegrations;
import dev.formwork.schema.bind.Union;
import dev.formwork.schema.bind.Variant;
import dev.formwork.schema.model.ResourceDefinition;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The explicit registries match the model: one synthesizer per resource type, one integration per event type at most. */
class RegistryTest {

  @Test
  void everyResourceTypeHasExactlyOneSynthesizer() {
    Set<Class<?>> variants = Arrays.stream(ResourceDefinition.class.getAnnotation(Union.class).variants())
        .map(Variant::type).collect(Collectors.toSet());
    assertEquals(Set.of(ResourceDefinition.class.getPermittedSubclasses()), variants, "@Union variants and permits differ");
    List<Class<?>> synthesized = ResourceSynthesizers.all().stream().<Class<?>>map(ResourceSynthesizer::type).collect(Collectors.toList());
    assertEquals(synthesized.size(), Set.copyOf(synthesized).size(), "a resource type has two synthesizers");
    assertEquals(variants, Set.copyOf(synthesized));
  }

  @Test
  void noEventTypeHasTwoIntegrations() {
    List<Class<?>> types = EventIntegrations.all().stream().<Class<?>>map(EventIntegration::type).collect(Collectors.toList());
    assertEquals(types.size(), Set.copyOf(types).size(), "an event type has two integrations");
    assertTrue(types.size() >= 7);
  }
}
