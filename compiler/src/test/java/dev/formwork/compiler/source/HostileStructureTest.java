package dev.formwork.compiler.source;

import static dev.formwork.compiler.source.Loading.assertDiagnostic;
import static dev.formwork.compiler.source.Loading.load;
import static dev.formwork.compiler.source.Loading.single;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Bad inputs of failure-modes.md §4 A: size, structure and parser denial of service. */
class HostileStructureTest {

  /** §4 A1: the classic 9 levels of 9 aliases ("billion laughs"). */
  @Test
  void billionLaughsStopsAtTheFirstAliasOverTheLimit() {
    StringBuilder yaml =
        new StringBuilder(
            "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (char level = 'b'; level <= 'i'; level++) {
      yaml.append(level).append(": &").append(level).append(" [");
      for (int i = 0; i < 9; i++) {
        yaml.append(i > 0 ? ", " : "").append('*').append((char) (level - 1));
      }
      yaml.append("]\n");
    }
    // b and c hold 18 aliases; the 21st is the third alias on line 4.
    Diagnostic diagnostic = single(load(yaml.toString()));
    assertDiagnostic(
        diagnostic,
        Code.YAML_ALIAS_LIMIT,
        4,
        16,
        "d[2]",
        "The file uses more than 20 aliases to lists or mappings.");
    assertEquals(
        "write the repeated values out, or keep them under 'variables' and use $Var()",
        diagnostic.hint().orElseThrow());
  }

  /** §4 A2: 48 aliases whose expansion has 2^24 leaves; it passes an alias limit of 50. */
  @Test
  void underLimitExponentialChainHitsTheExpansionBudget() {
    String chain = exponentialChain(24);
    YamlLimits fiftyAliases = YamlLimits.defaults().withMaxCollectionAliases(50);
    // Levels 1..14 add 131,036 nodes; the second alias of l15 (line 16) brings it over 200,000.
    assertDiagnostic(
        single(load(fiftyAliases, chain)),
        Code.YAML_EXPANSION_BUDGET,
        16,
        18,
        "l15[1]",
        "Aliases in this file expand to more than 200000 nodes.");
    // With the default alias limit the same chain stops at its 21st alias, the first of l11.
    assertDiagnostic(
        single(load(chain)),
        Code.YAML_ALIAS_LIMIT,
        12,
        12,
        "l11[0]",
        "The file uses more than 20 aliases to lists or mappings.");
  }

  /**
   * A wide fan-out that stays within 20 aliases still cannot multiply a small file past the budget.
   */
  @Test
  void wideFanOutUnderTheAliasLimitHitsTheExpansionBudget() {
    String l0 = "l0: &l0 [" + String.join(", ", java.util.Collections.nCopies(3000, "x")) + "]\n";
    String l1 = "l1: &l1 [" + String.join(", ", java.util.Collections.nCopies(10, "*l0")) + "]\n";
    String l2 = "l2: &l2 [" + String.join(", ", java.util.Collections.nCopies(10, "*l1")) + "]\n";
    // l1 adds 30,010 nodes and each *l1 adds 30,011: the sixth alias of l2 passes 200,000.
    assertDiagnostic(
        single(load(l0 + l1 + l2)),
        Code.YAML_EXPANSION_BUDGET,
        3,
        35,
        "l2[5]",
        "Aliases in this file expand to more than 200000 nodes.");
  }

  /** §4 A3: a list that contains an alias to itself. */
  @Test
  void recursiveAliasIsRefused() {
    assertDiagnostic(
        single(load("a: &a [1, *a]\n")),
        Code.YAML_RECURSIVE_STRUCTURE,
        1,
        11,
        "a[1]",
        "The alias *a is inside the value it refers to, which would make an endless structure.");
  }

  /** §4 A3: the same inside a function's environment. */
  @Test
  void recursiveAliasInsideEnvironmentIsRefused() {
    String yaml = "resources:\n  fn:\n    environment: &e\n      A: *e\n";
    assertDiagnostic(
        single(load(yaml)),
        Code.YAML_RECURSIVE_STRUCTURE,
        4,
        10,
        "resources.fn.environment.A",
        "The alias *e is inside the value it refers to, which would make an endless structure.");
  }

  /** §4 A4: a key that contains an alias to itself (SnakeYAML 2.9 overflowed the stack). */
  @Test
  void recursiveKeyIsRefused() {
    assertDiagnostic(
        single(load("? &k [*k] : v\n")),
        Code.YAML_RECURSIVE_STRUCTURE,
        1,
        7,
        "(root)",
        "The alias *k is inside the value it refers to, which would make an endless structure.");
  }

  /** §4 A5: 2,000 nested flow lists (the engine's composer overflows at about 1,639). */
  @Test
  void deepFlowNestingIsRefusedAtLevel65() {
    String yaml = "[".repeat(2000) + "]".repeat(2000);
    Diagnostic diagnostic = single(load(yaml));
    assertDiagnostic(
        diagnostic,
        Code.YAML_TOO_DEEP,
        1,
        65,
        "[0]".repeat(64),
        "Lists and mappings are nested deeper than 64 levels.");
    assertEquals(
        "flatten the structure; a config never needs this much nesting",
        diagnostic.hint().orElseThrow());
  }

  /** §4 A5: 100,000 levels, far past any recursion the JVM stack allows, ends in the same error. */
  @Test
  void extremelyDeepNestingDoesNotOverflowTheStack() {
    String yaml = "a: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n";
    assertDiagnostic(
        single(load(yaml)),
        Code.YAML_TOO_DEEP,
        1,
        67,
        "a" + "[0]".repeat(63),
        "Lists and mappings are nested deeper than 64 levels.");
  }

  /** §4 A5: a 1,000-deep block mapping (the composer overflows at about 865). */
  @Test
  void deepBlockMappingIsRefusedAtLevel65() {
    StringBuilder yaml = new StringBuilder();
    for (int i = 0; i < 1000; i++) {
      yaml.append(" ".repeat(i)).append('k').append(i).append(":\n");
    }
    StringBuilder path = new StringBuilder("k0");
    for (int i = 1; i < 64; i++) {
      path.append(".k").append(i);
    }
    assertDiagnostic(
        single(load(yaml.toString())),
        Code.YAML_TOO_DEEP,
        65,
        65,
        path.toString(),
        "Lists and mappings are nested deeper than 64 levels.");
  }

  /** Nesting built from aliases counts too, so later tree walks never go deeper than the limit. */
  @Test
  void aliasThatExpandsPastTheDepthLimitIsRefused() {
    String deep = "deep: &d " + "[".repeat(40) + "]".repeat(40) + "\n";
    String user = "use: " + "[".repeat(30) + "*d" + "]".repeat(30) + "\n";
    assertDiagnostic(
        single(load(deep + user)),
        Code.YAML_TOO_DEEP,
        2,
        36,
        "use" + "[0]".repeat(30),
        "The alias *d expands to nesting deeper than 64 levels.");
  }

  /** §4 A6: a 4 MB file is refused before parsing, with the limit in the message. */
  @Test
  void fourMegabyteFileIsRefusedBeforeParsing() {
    byte[] content = new byte[4 * 1024 * 1024];
    Arrays.fill(content, (byte) '[');
    Diagnostic diagnostic = single(Loading.loadBytes(content));
    assertDiagnostic(
        diagnostic,
        Code.CONFIG_TOO_LARGE,
        1,
        1,
        "(root)",
        "The config file is larger than the limit of 2097152 bytes.");
  }

  /** §4 A6: 50 MB, likewise. */
  @Test
  void fiftyMegabyteFileIsRefusedBeforeParsing() {
    byte[] content = new byte[50 * 1024 * 1024];
    Arrays.fill(content, (byte) 'a');
    assertDiagnostic(
        single(Loading.loadBytes(content)),
        Code.CONFIG_TOO_LARGE,
        1,
        1,
        "(root)",
        "The config file is larger than the limit of 2097152 bytes.");
  }

  @Test
  void codePointLimitIsCheckedAfterDecoding() {
    // 13 characters in 23 bytes: the byte limit passes, the character limit does not.
    String yaml = "k: éééééééééé";
    YamlLimits limits = YamlLimits.defaults().withMaxCodePoints(10);
    assertEquals(23, yaml.getBytes(StandardCharsets.UTF_8).length);
    assertDiagnostic(
        single(load(limits, yaml)),
        Code.CONFIG_TOO_LARGE,
        1,
        1,
        "(root)",
        "The config file has 13 characters; the limit is 10 characters.");
  }

  /** §4 A8: two documents; the error is at the second '---'. */
  @Test
  void multipleDocumentsAreRefusedAtTheSecondDocumentStart() {
    Diagnostic diagnostic = single(load("---\na: 1\n---\nb: 2\n"));
    assertDiagnostic(
        diagnostic,
        Code.YAML_MULTIPLE_DOCUMENTS,
        3,
        1,
        "(root)",
        "The file holds more than one YAML document, but a config must be a single document.");
    assertDiagnostic(
        single(load("a: 1\n---\nb: 2\n")),
        Code.YAML_MULTIPLE_DOCUMENTS,
        2,
        1,
        "(root)",
        "The file holds more than one YAML document, but a config must be a single document.");
  }

  /** §4 A9: an empty file. */
  @Test
  void emptyFileIsReportedAtTheStart() {
    assertDiagnostic(
        single(load("")), Code.CONFIG_EMPTY, 1, 1, "(root)", "The config file is empty.");
  }

  /** §4 A9: comments and blank lines only, or only a document marker. */
  @Test
  void commentOnlyFileIsEmpty() {
    assertDiagnostic(
        single(load("# nothing here\n\n   # still nothing\n")),
        Code.CONFIG_EMPTY,
        1,
        1,
        "(root)",
        "The config file is empty.");
    assertDiagnostic(
        single(load("---\n# only a marker\n")),
        Code.CONFIG_EMPTY,
        1,
        1,
        "(root)",
        "The config file is empty.");
  }

  /** §4 A9: a top-level list is not a config. */
  @Test
  void topLevelListIsNotAMapping() {
    assertDiagnostic(
        single(load("- a\n- b\n")),
        Code.CONFIG_NOT_A_MAPPING,
        1,
        1,
        "(root)",
        "The config must be a mapping of keys such as serviceName and resources, but the file holds"
            + " a list.");
  }

  @Test
  void topLevelScalarIsNotAMapping() {
    assertDiagnostic(
        single(load("# a comment first\n42\n")),
        Code.CONFIG_NOT_A_MAPPING,
        2,
        1,
        "(root)",
        "The config must be a mapping of keys such as serviceName and resources, but the file holds"
            + " a number (42).");
  }

  /** §4 A12: a plain key over 1,024 characters. */
  @Test
  void overlongPlainKeyIsASyntaxErrorWithAHint() {
    String yaml = "k" + "x".repeat(2000) + ": v\n";
    Diagnostic diagnostic = single(load(yaml));
    assertDiagnostic(
        diagnostic, Code.YAML_SYNTAX, 1, 2002, "(root)", "Mapping values are not allowed here.");
    assertEquals(
        "a key written without '?' may be at most 1024 characters long",
        diagnostic.hint().orElseThrow());
  }

  @Test
  void aliasToAnUndefinedAnchorIsRefused() {
    assertDiagnostic(
        single(load("a: *nope\n")),
        Code.YAML_UNDEFINED_ALIAS,
        1,
        4,
        "a",
        "The alias *nope refers to no anchor &nope defined before it.");
  }

  /** The chain l0: &l0 [x, x], l_i: &l_i [*l_{i-1}, *l_{i-1}], one level per line. */
  static String exponentialChain(int levels) {
    StringBuilder yaml = new StringBuilder("l0: &l0 [x, x]\n");
    for (int i = 1; i <= levels; i++) {
      String previous = "*l" + (i - 1);
      yaml.append('l')
          .append(i)
          .append(": &l")
          .append(i)
          .append(" [")
          .append(previous)
          .append(", ")
          .append(previous)
          .append("]\n");
    }
    return yaml.toString();
  }
}
