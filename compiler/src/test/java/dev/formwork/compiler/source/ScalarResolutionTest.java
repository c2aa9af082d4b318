package dev.formwork.compiler.source;

import static dev.formwork.compiler.source.Loading.loadValid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.formwork.schema.node.ListNode;
import dev.formwork.schema.node.MapNode;
import dev.formwork.schema.node.ScalarKind;
import dev.formwork.schema.node.ScalarNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * YAML 1.2 core-schema resolution of plain scalars, with the source text always kept (§4 B1-B3,
 * B14).
 */
class ScalarResolutionTest {

  @ParameterizedTest(name = "[{0}] is {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "''|NULL",
        "~|NULL",
        "null|NULL",
        "Null|NULL",
        "NULL|NULL",
        "nULL|STRING",
        "true|BOOLEAN",
        "True|BOOLEAN",
        "TRUE|BOOLEAN",
        "false|BOOLEAN",
        "False|BOOLEAN",
        "FALSE|BOOLEAN",
        "tRUE|STRING",
        "no|STRING",
        "No|STRING",
        "NO|STRING",
        "yes|STRING",
        "on|STRING",
        "off|STRING",
        "y|STRING",
        "n|STRING",
        "0|INTEGER",
        "42|INTEGER",
        "-12|INTEGER",
        "+12|INTEGER",
        "01234|INTEGER",
        "12345678901234567890|INTEGER",
        "0o17|INTEGER",
        "0o18|STRING",
        "0o|STRING",
        "0x1F|INTEGER",
        "0xff|INTEGER",
        "0xG|STRING",
        "0x|STRING",
        "-0x1F|STRING",
        "1_000|STRING",
        "1.0|FLOAT",
        "3.10|FLOAT",
        ".5|FLOAT",
        "5.|FLOAT",
        "-.5e+3|FLOAT",
        "1e3|FLOAT",
        "1E-3|FLOAT",
        "1e309|FLOAT",
        ".inf|FLOAT",
        "-.inf|FLOAT",
        "+.Inf|FLOAT",
        ".INF|FLOAT",
        ".nan|FLOAT",
        ".NaN|FLOAT",
        ".NAN|FLOAT",
        ".nAn|STRING",
        "inf|STRING",
        "nan|STRING",
        ".|STRING",
        "-|STRING",
        "+|STRING",
        "1e|STRING",
        "e3|STRING",
        "1.2.3|STRING",
        "12:30|STRING",
        "2001-12-14|STRING",
        "\u0661\u0662|STRING",
        "0x\u0661|STRING",
        "nodejs20.x|STRING",
        "fn|STRING",
      })
  void plainScalarResolvesByTheCoreSchema(String text, ScalarKind kind) {
    assertEquals(kind, CoreSchemaScalars.resolvePlain(text));
  }

  /** §4 B1: the Norway problem: no, on and yes stay strings. */
  @Test
  void norwayValuesStayStrings() {
    MapNode root = loadValid("environment: { COUNTRY: no, FEATURE: on, DEBUG: yes, OFF: off }\n");
    MapNode environment = (MapNode) root.get("environment").orElseThrow();
    for (String key : new String[] {"COUNTRY", "FEATURE", "DEBUG", "OFF"}) {
      ScalarNode value = (ScalarNode) environment.get(key).orElseThrow();
      assertEquals(ScalarKind.STRING, value.kind(), key);
    }
    assertEquals("no", text(environment, "COUNTRY"));
    assertEquals("on", text(environment, "FEATURE"));
    assertEquals("yes", text(environment, "DEBUG"));
  }

  /**
   * §4 B2, B3, B14: numbers keep the exact text written, so nothing becomes 3.1, 1234, 31 or
   * 1000.0.
   */
  @Test
  void numbersKeepTheirSourceText() {
    MapNode root =
        loadValid(
            "runtime: 3.10\nnodeVersion: 20\nzipCode: 01234\ncolor: 0x1F\nsha: 1e3\ntime: 12:30\n"
                + "ratio: 1.0\nflag: true\nhuge: 12345678901234567890\n");
    assertScalar(root, "runtime", ScalarKind.FLOAT, "3.10");
    assertScalar(root, "nodeVersion", ScalarKind.INTEGER, "20");
    assertScalar(root, "zipCode", ScalarKind.INTEGER, "01234");
    assertScalar(root, "color", ScalarKind.INTEGER, "0x1F");
    assertScalar(root, "sha", ScalarKind.FLOAT, "1e3");
    assertScalar(root, "time", ScalarKind.STRING, "12:30");
    assertScalar(root, "ratio", ScalarKind.FLOAT, "1.0");
    assertScalar(root, "flag", ScalarKind.BOOLEAN, "true");
    assertScalar(root, "huge", ScalarKind.INTEGER, "12345678901234567890");
  }

  /** Quoted scalars are strings whatever they look like. */
  @Test
  void quotedScalarsAreAlwaysStrings() {
    MapNode root = loadValid("a: \"true\"\nb: '3.10'\nc: \"~\"\nd: ''\ne: \"0x1F\"\n");
    assertScalar(root, "a", ScalarKind.STRING, "true");
    assertScalar(root, "b", ScalarKind.STRING, "3.10");
    assertScalar(root, "c", ScalarKind.STRING, "~");
    assertScalar(root, "d", ScalarKind.STRING, "");
    assertScalar(root, "e", ScalarKind.STRING, "0x1F");
  }

  /** Block scalars are strings holding their literal or folded value. */
  @Test
  void blockScalarsAreStringsWithTheirFoldedValue() {
    MapNode root =
        loadValid(
            "literal: |\n"
                + "  line one\n"
                + "  line two\n"
                + "folded: >\n"
                + "  part one\n"
                + "  part two\n"
                + "number: |\n"
                + "  42\n"
                + "strip: |-\n"
                + "  x\n");
    assertScalar(root, "literal", ScalarKind.STRING, "line one\nline two\n");
    assertScalar(root, "folded", ScalarKind.STRING, "part one part two\n");
    assertScalar(root, "number", ScalarKind.STRING, "42\n");
    assertScalar(root, "strip", ScalarKind.STRING, "x");
  }

  @Test
  void scalarsInListsResolveToo() {
    MapNode root = loadValid("items: [1, 1.5, true, null, text, \"2\"]\n");
    ListNode items = (ListNode) root.get("items").orElseThrow();
    assertEquals(
        java.util.List.of(
            ScalarKind.INTEGER,
            ScalarKind.FLOAT,
            ScalarKind.BOOLEAN,
            ScalarKind.NULL,
            ScalarKind.STRING,
            ScalarKind.STRING),
        items.items().stream().map(item -> ((ScalarNode) item).kind()).toList());
  }

  private static String text(MapNode map, String key) {
    return ((ScalarNode) map.get(key).orElseThrow()).text();
  }

  private static void assertScalar(MapNode map, String key, ScalarKind kind, String text) {
    ScalarNode scalar = (ScalarNode) map.get(key).orElseThrow();
    assertEquals(kind + ":" + text, scalar.kind() + ":" + scalar.text(), key);
  }
}
