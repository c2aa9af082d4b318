package dev.formwork.compiler.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.formwork.compiler.directive.DirectiveKind;
import dev.formwork.compiler.directive.DirectiveRegistry;
import dev.formwork.compiler.synth.event.EventIntegration;
import dev.formwork.compiler.synth.event.EventIntegrations;
import dev.formwork.compiler.synth.resource.ResourceSynthesizers;
import dev.formwork.compiler.synth.values.TemplateIntrinsic;
import dev.formwork.compiler.synth.values.TemplateIntrinsics;
import dev.formwork.schema.bind.Union;
import dev.formwork.schema.bind.Variant;
import dev.formwork.schema.model.ResourceDefinition;
import dev.formwork.schema.model.event.FunctionEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every resource and event type has exactly one synthesizer or integration, and every template-time
 * directive exactly one intrinsic; none is registered for a type or directive that does not exist.
 */
class RegistryTest {

  @Test
  void everyResourceTypeHasExactlyOneSynthesizer() {
    List<Class<?>> types = new ArrayList<>();
    for (Variant variant : ResourceDefinition.class.getAnnotation(Union.class).variants()) {
      types.add(variant.type());
      long count =
          ResourceSynthesizers.all().stream().filter(s -> s.type() == variant.type()).count();
      assertEquals(1, count, "synthesizers for resource type '" + variant.name() + "'");
    }
    for (ResourceSynthesizer<?> synthesizer : ResourceSynthesizers.all()) {
      assertTrue(
          types.contains(synthesizer.type()),
          synthesizer.getClass().getSimpleName() + " has no resource type in the union");
    }
    assertEquals(
        types.size(),
        ResourceDefinition.class.getPermittedSubclasses().length,
        "@Union variants and permits differ");
  }

  @Test
  void everyEventTypeHasExactlyOneIntegration() {
    List<Class<?>> types = new ArrayList<>();
    for (Variant variant : FunctionEvent.class.getAnnotation(Union.class).variants()) {
      types.add(variant.type());
      long count = EventIntegrations.all().stream().filter(i -> i.type() == variant.type()).count();
      assertEquals(1, count, "integrations for event type '" + variant.name() + "'");
    }
    for (EventIntegration<?> integration : EventIntegrations.all()) {
      assertTrue(
          types.contains(integration.type()),
          integration.getClass().getSimpleName() + " has no event type in the union");
    }
  }

  @Test
  void everyTemplateTimeDirectiveHasExactlyOneIntrinsic() {
    DirectiveRegistry directives = DirectiveRegistry.builtIns();
    List<String> templateTime =
        directives.names().stream()
            .filter(name -> directives.find(name).orElseThrow().kind() == DirectiveKind.TEMPLATE)
            .sorted()
            .toList();
    List<String> intrinsics =
        TemplateIntrinsics.all().stream().map(TemplateIntrinsic::directive).sorted().toList();
    assertFalse(templateTime.isEmpty(), "no template-time directive is registered");
    assertEquals(templateTime, intrinsics, "template-time directives and their intrinsics");
  }
}
