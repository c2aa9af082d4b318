package dev.formwork.compiler.source;

import static dev.formwork.compiler.source.Loading.loadValid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.diag.SourceLocation;
import dev.formwork.schema.node.ListNode;
import dev.formwork.schema.node.MapNode;
import dev.formwork.schema.node.NodeSourceMap;
import dev.formwork.schema.node.ScalarKind;
import dev.formwork.schema.node.ScalarNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every node carries the 1-based line and column where it starts; keys keep their own position. */
class LocationTest {

  @Test
  void sampleConfigLoadsWithExactLocations() {
    MapNode root = loadValid(Loading.resource("stacktape-sample.yml"));
    assertEquals(
        List.of("serviceName", "variables", "resources"), List.copyOf(root.entries().keySet()));
    assertEquals(at(2, 1), root.location());
    assertEquals(at(2, 1), root.entry("serviceName").orElseThrow().keyLocation());
    assertEquals(at(2, 14), root.get("serviceName").orElseThrow().location());

    NodeSourceMap sourceMap = new NodeSourceMap(root);
    assertEquals(at(16, 3), sourceMap.locate(ConfigPath.of("resources", "createOrder")));
    assertEquals(
        at(29, 13),
        sourceMap.locate(
            ConfigPath.of(
                "resources",
                "createOrder",
                "properties",
                "events",
                0,
                "properties",
                "httpApiGatewayName")));

    MapNode resources = (MapNode) root.get("resources").orElseThrow();
    assertEquals(at(11, 3), resources.location());
    MapNode api = (MapNode) resources.get("ordersApi").orElseThrow();
    MapNode cors =
        (MapNode) ((MapNode) api.get("properties").orElseThrow()).get("cors").orElseThrow();
    assertEquals(at(14, 13), cors.location());
    ListNode origins = (ListNode) cors.get("allowedOrigins").orElseThrow();
    assertEquals(at(14, 46), origins.location());
    assertEquals(at(14, 47), origins.items().get(0).location());

    MapNode properties =
        (MapNode)
            ((MapNode) resources.get("createOrder").orElseThrow()).get("properties").orElseThrow();
    ListNode events = (ListNode) properties.get("events").orElseThrow();
    assertEquals(at(27, 9), events.location());
    assertEquals(at(27, 11), events.items().get(0).location());

    // Aliases share the anchored node, which keeps the anchor's position.
    ScalarNode memory = (ScalarNode) properties.get("memory").orElseThrow();
    assertEquals(ScalarKind.INTEGER, memory.kind());
    assertEquals(at(5, 11), memory.location());
    assertEquals(at(23, 7), properties.entry("memory").orElseThrow().keyLocation());
    MapNode variables = (MapNode) root.get("variables").orElseThrow();
    assertSame(
        variables.get("shared-env").orElseThrow(), properties.get("environment").orElseThrow());

    ScalarNode description = (ScalarNode) properties.get("description").orElseThrow();
    assertEquals("Creates an order and stores it.\n", description.text());
    assertEquals(at(32, 20), description.location());
  }

  /** Columns count characters, not bytes or UTF-16 units. */
  @Test
  void columnsCountCodePoints() {
    MapNode root = loadValid("name: \"é\uD83D\uDE00\"\nnext: x\nemoji\uD83D\uDE00: y\n");
    assertEquals(at(2, 7), root.get("next").orElseThrow().location());
    assertEquals(at(3, 9), root.get("emoji\uD83D\uDE00").orElseThrow().location());
  }

  @Test
  void crLfLineEndingsCountAsOneBreak() {
    MapNode root = loadValid("a: 1\r\nb:\r\n  - x\r\n");
    ListNode b = (ListNode) root.get("b").orElseThrow();
    assertEquals(at(3, 3), b.location());
    assertEquals(at(3, 5), b.items().get(0).location());
  }

  /** 2,000 functions (about 0.5 MB) load in source order with every key located. */
  @Test
  void largeGeneratedConfigKeepsOrderAndLocations() {
    int functions = 2000;
    String yaml = LargeConfigs.functions(functions);
    MapNode root = loadValid(yaml);
    MapNode resources = (MapNode) root.get("resources").orElseThrow();
    assertEquals(functions, resources.size());
    List<String> names = List.copyOf(resources.entries().keySet());
    for (int i = 0; i < functions; i++) {
      String name = LargeConfigs.functionName(i);
      assertEquals(name, names.get(i));
      MapNode.Entry entry = resources.entry(name).orElseThrow();
      int keyLine = LargeConfigs.FIRST_RESOURCE_LINE + i * LargeConfigs.LINES_PER_FUNCTION;
      assertEquals(at(keyLine, 3), entry.keyLocation(), name);
      MapNode properties = (MapNode) ((MapNode) entry.value()).get("properties").orElseThrow();
      assertEquals(at(keyLine + 3, 15), properties.get("memory").orElseThrow().location(), name);
    }
  }

  private static SourceLocation at(int line, int column) {
    return new SourceLocation(Loading.FILE, line, column);
  }
}
