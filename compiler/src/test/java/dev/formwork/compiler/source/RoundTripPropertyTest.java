package dev.formwork.compiler.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.formwork.schema.diag.SourceLocation;
import dev.formwork.schema.node.ConfigNode;
import dev.formwork.schema.node.ListNode;
import dev.formwork.schema.node.MapNode;
import dev.formwork.schema.node.ScalarKind;
import dev.formwork.schema.node.ScalarNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Property: a random nested document, written out by SnakeYAML Engine's emitter in block, flow or
 * mixed style, loads back to the same structure, kinds and text, with every node located in order.
 */
class RoundTripPropertyTest {

  private static final int DOCUMENTS = 400;
  private static final String ALPHABET =
      "abcXYZ0189 _-.:#&*!\"'\n\t{}[],?|>%@`~<\\é\u00A0\u0007\uD83D\uDE00";
  private static final String[] TRICKY = {
    "no",
    "yes",
    "on",
    "off",
    "true",
    "True",
    "null",
    "~",
    "",
    "0x1F",
    "01234",
    "1e3",
    "3.10",
    "12:30",
    "<<",
    " leading",
    "trailing ",
    ".inf",
    ".nan",
    "-",
    "---",
    "...",
    "- item",
    "key: value",
    "#comment",
    "$Var('x')",
    "$ResourceParam('db', 'arn')",
    "line\nbreak",
    "é",
    "0o17",
    "+1",
    "-0"
  };

  @Test
  void randomDocumentsRoundTripTheirStructure() {
    Random random = new Random(20260101L);
    for (int document = 0; document < DOCUMENTS; document++) {
      Map<String, Object> tree = randomMap(random, 0);
      FlowStyle style = FlowStyle.values()[random.nextInt(FlowStyle.values().length)];
      DumpSettings settings =
          DumpSettings.builder()
              .setSchema(new CoreSchema())
              .setDefaultFlowStyle(style)
              .setWidth(20 + random.nextInt(100))
              .build();
      String yaml = new Dump(settings).dumpToString(tree);
      LoadResult result = Loading.load(yaml);
      String context = "document " + document + " (" + style + "):\n" + yaml;
      assertEquals(List.of(), result.diagnostics(), context);
      MapNode root = result.root().orElseThrow();
      assertEquals(expectedShape(tree), Shapes.of(root), context);
      int lines = yaml.split("\n", -1).length;
      assertLocated(root, lines, context);
    }
  }

  private static Map<String, Object> randomMap(Random random, int depth) {
    Map<String, Object> map = new LinkedHashMap<>();
    int size = random.nextInt(depth == 0 ? 8 : 5);
    for (int i = 0; i < size; i++) {
      map.put(randomString(random), randomValue(random, depth + 1));
    }
    return map;
  }

  private static Object randomValue(Random random, int depth) {
    int choice = random.nextInt(depth >= 6 ? 6 : 8);
    switch (choice) {
      case 0:
      case 1:
        return randomString(random);
      case 2:
        return random.nextInt(2001) - 1000;
      case 3:
        return random.nextInt(4000) / 4.0 - 500;
      case 4:
        return random.nextBoolean();
      case 5:
        return null;
      case 6:
        return randomMap(random, depth);
      default:
        List<Object> list = new ArrayList<>();
        int size = random.nextInt(5);
        for (int i = 0; i < size; i++) {
          list.add(randomValue(random, depth + 1));
        }
        return list;
    }
  }

  private static String randomString(Random random) {
    if (random.nextInt(4) == 0) {
      return TRICKY[random.nextInt(TRICKY.length)];
    }
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(30);
    for (int i = 0; i < length; i++) {
      int index = random.nextInt(ALPHABET.length());
      char c = ALPHABET.charAt(index);
      if (Character.isHighSurrogate(c)) {
        text.append(c).append(ALPHABET.charAt(index + 1));
      } else if (!Character.isLowSurrogate(c)) {
        text.append(c);
      }
    }
    return text.toString();
  }

  /** The shape a Java value must load as: kind and text, with numbers compared by value. */
  private static Object expectedShape(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> shape = new LinkedHashMap<>();
      map.forEach((key, item) -> shape.put((String) key, expectedShape(item)));
      return shape;
    }
    if (value instanceof List<?> list) {
      List<Object> shape = new ArrayList<>();
      list.forEach(item -> shape.add(expectedShape(item)));
      return shape;
    }
    if (value == null) {
      return "NULL:null";
    }
    if (value instanceof String text) {
      return ScalarKind.STRING + ":" + text;
    }
    if (value instanceof Integer number) {
      return ScalarKind.INTEGER + ":" + number;
    }
    if (value instanceof Double number) {
      return ScalarKind.FLOAT + ":" + number;
    }
    return ScalarKind.BOOLEAN + ":" + value;
  }

  private static void assertLocated(ConfigNode node, int lines, String context) {
    assertInside(node.location(), lines, context);
    if (node instanceof MapNode map) {
      SourceLocation previous = null;
      for (MapNode.Entry entry : map.entries().values()) {
        assertInside(entry.keyLocation(), lines, context);
        if (previous != null) {
          assertTrue(isAfter(entry.keyLocation(), previous), "keys in source order: " + context);
        }
        previous = entry.keyLocation();
        assertLocated(entry.value(), lines, context);
      }
    } else if (node instanceof ListNode list) {
      list.items().forEach(item -> assertLocated(item, lines, context));
    } else if (node instanceof ScalarNode scalar && scalar.kind() == ScalarKind.FLOAT) {
      // Floats are compared by value above; the dumper's text must parse back to a double.
      Double.parseDouble(scalar.text());
    }
  }

  private static boolean isAfter(SourceLocation later, SourceLocation earlier) {
    return later.line() > earlier.line()
        || (later.line() == earlier.line() && later.column() > earlier.column());
  }

  private static void assertInside(SourceLocation location, int lines, String context) {
    assertEquals(Loading.FILE, location.file(), context);
    assertTrue(
        location.line() >= 1 && location.line() <= lines && location.column() >= 1,
        location + " " + context);
  }
}
