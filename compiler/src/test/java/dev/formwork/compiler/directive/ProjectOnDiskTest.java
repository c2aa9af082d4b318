package dev.formwork.compiler.directive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A realistic config with data files, a custom JS directive and template-time directives, resolved
 * with the real host against files on disk (src/test/resources/directive/project).
 */
class ProjectOnDiskTest {

  @Test
  void resolvesTheWholeProject() throws IOException, URISyntaxException {
    Path project =
        Path.of(getClass().getResource("/directive/project/formwork.yml").toURI()).getParent();
    String config = Files.readString(project.resolve("formwork.yml"), StandardCharsets.UTF_8);
    DirectiveContext context =
        new DirectiveContext(
            "dev",
            "eu-west-1",
            Map.of(),
            project,
            RealDirectiveHost.withDefaults(project, Map.of()));
    ResolveResult result =
        new DirectiveResolver(DirectiveRegistry.builtIns()).resolve(Fixture.yaml(config), context);
    assertEquals(List.of(), result.diagnostics());
    String expected =
        Files.readString(project.resolve("expected.txt"), StandardCharsets.UTF_8).strip();
    assertEquals(expected, Fixture.render(result.root()));
  }
}
