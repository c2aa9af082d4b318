package dev.formwork.compiler.directive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.formwork.schema.jsonschema.DirectiveStrings;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schema refuses template-time directives where a value must be known at compile time; its
 * list of them must be the registry's.
 */
class TemplateTimeDirectivesTest {

  @Test
  void theSchemaKnowsEveryTemplateTimeDirective() {
    DirectiveRegistry registry = DirectiveRegistry.builtIns();
    List<String> templateTime =
        registry.names().stream()
            .filter(name -> registry.find(name).orElseThrow().kind() == DirectiveKind.TEMPLATE)
            .sorted()
            .toList();
    assertEquals(templateTime, DirectiveStrings.TEMPLATE_TIME.stream().sorted().toList());
  }
}
