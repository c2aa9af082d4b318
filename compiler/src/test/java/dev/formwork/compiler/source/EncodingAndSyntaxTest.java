package dev.formwork.compiler.source;

import static dev.formwork.compiler.source.Loading.assertDiagnostic;
import static dev.formwork.compiler.source.Loading.load;
import static dev.formwork.compiler.source.Loading.loadBytes;
import static dev.formwork.compiler.source.Loading.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.Diagnostic;
import dev.formwork.schema.diag.SourceLocation;
import dev.formwork.schema.node.MapNode;
import dev.formwork.schema.node.ScalarNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Bad inputs of failure-modes.md §4 A10, A11, B9 and B13: characters, encodings and syntax errors.
 */
class EncodingAndSyntaxTest {

  private static final String SAVE_AS_UTF8 =
      "save the file as UTF-8 (without a UTF-16 byte order mark)";

  /** §4 A10: BEL inside a value, positioned from the reader's code-point index. */
  @Test
  void bellCharacterIsRefusedAtItsPosition() {
    Diagnostic diagnostic = single(load("serviceName: app\nname: x\u0007y\n"));
    assertDiagnostic(
        diagnostic,
        Code.YAML_INVALID_CHARACTER,
        2,
        8,
        "(root)",
        "The file contains the control character U+0007, which YAML does not allow.");
    assertEquals(
        "remove it, or write it as the escape \\u0007 inside a double-quoted string",
        diagnostic.hint().orElseThrow());
  }

  /** §4 A10: NUL inside a quoted value. */
  @Test
  void nulCharacterIsRefusedAtItsPosition() {
    assertDiagnostic(
        single(load("a: 1\nb: \"x\u0000\"\n")),
        Code.YAML_INVALID_CHARACTER,
        2,
        6,
        "(root)",
        "The file contains the control character U+0000, which YAML does not allow.");
  }

  /** Line counting matches the engine for CRLF files and for characters outside the BMP. */
  @Test
  void controlCharacterPositionCountsCrLfAndSurrogatePairs() {
    assertDiagnostic(
        single(load("a: 1\r\nb: \uD83D\uDE00\u0001\r\n")),
        Code.YAML_INVALID_CHARACTER,
        2,
        5,
        "(root)",
        "The file contains the control character U+0001, which YAML does not allow.");
  }

  /** A non-character is refused too, and not called a control character. */
  @Test
  void nonCharacterIsRefused() {
    Diagnostic diagnostic = single(load("a: x\uFFFE\n"));
    assertDiagnostic(
        diagnostic,
        Code.YAML_INVALID_CHARACTER,
        1,
        5,
        "(root)",
        "The file contains the character U+FFFE, which YAML does not allow.");
    assertEquals(
        "remove it, or write it as the escape \\uFFFE inside a double-quoted string",
        diagnostic.hint().orElseThrow());
  }

  /** A control character deep in a large file is still positioned exactly. */
  @Test
  void controlCharacterFarIntoTheFileIsPositioned() {
    StringBuilder yaml = new StringBuilder();
    for (int i = 1; i <= 5000; i++) {
      yaml.append("key").append(i).append(": value ").append(i).append('\n');
    }
    yaml.append("bad: a\u001Bb\n");
    assertDiagnostic(
        single(load(yaml.toString())),
        Code.YAML_INVALID_CHARACTER,
        5001,
        7,
        "(root)",
        "The file contains the control character U+001B, which YAML does not allow.");
  }

  /** A literal tab inside a value is allowed, unlike a tab used for indentation. */
  @Test
  void tabInsideAValueIsAllowed() {
    MapNode root = Loading.loadValid("a: \"x\ty\"\nb: x\ty\n");
    assertEquals("x\ty", ((ScalarNode) root.get("a").orElseThrow()).text());
    assertEquals("x\ty", ((ScalarNode) root.get("b").orElseThrow()).text());
  }

  /** §4 A11: a UTF-8 byte order mark is accepted and does not shift columns. */
  @Test
  void utf8ByteOrderMarkIsAccepted() {
    byte[] content =
        concat(
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            "serviceName: app\n".getBytes(StandardCharsets.UTF_8));
    LoadResult result = loadBytes(content);
    assertEquals(0, result.diagnostics().size(), Loading.render(result.diagnostics()));
    MapNode root = result.root().orElseThrow();
    assertEquals(
        new SourceLocation(Loading.FILE, 1, 1),
        root.entry("serviceName").orElseThrow().keyLocation());
    assertEquals(
        new SourceLocation(Loading.FILE, 1, 14), root.get("serviceName").orElseThrow().location());
  }

  /** §4 A11: UTF-16 with a byte order mark. */
  @Test
  void utf16WithByteOrderMarkIsRefused() {
    Diagnostic diagnostic =
        single(loadBytes("serviceName: app\n".getBytes(StandardCharsets.UTF_16)));
    assertDiagnostic(
        diagnostic,
        Code.CONFIG_ENCODING,
        1,
        1,
        "(root)",
        "The file is encoded as UTF-16 (byte order mark at byte offset 0), but a config must be"
            + " UTF-8.");
    assertEquals(SAVE_AS_UTF8, diagnostic.hint().orElseThrow());
  }

  /** §4 A11: UTF-16 little-endian without a byte order mark. */
  @Test
  void utf16WithoutByteOrderMarkIsRefused() {
    assertDiagnostic(
        single(loadBytes("serviceName: app\n".getBytes(StandardCharsets.UTF_16LE))),
        Code.CONFIG_ENCODING,
        1,
        2,
        "(root)",
        "The file looks like UTF-16 or UTF-32 (zero byte at byte offset 1), but a config must be"
            + " UTF-8.");
  }

  @Test
  void utf32WithByteOrderMarkIsRefused() {
    byte[] content = concat(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, new byte[] {'a', 0, 0, 0});
    assertDiagnostic(
        single(loadBytes(content)),
        Code.CONFIG_ENCODING,
        1,
        1,
        "(root)",
        "The file is encoded as UTF-32 (byte order mark at byte offset 0), but a config must be"
            + " UTF-8.");
  }

  /** §4 A11: invalid UTF-8, positioned by byte offset and by line and column. */
  @Test
  void invalidUtf8IsRefusedWithTheByteOffset() {
    byte[] content =
        concat("a: 1\nb: é".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, 'x', '\n'});
    assertDiagnostic(
        single(loadBytes(content)),
        Code.CONFIG_ENCODING,
        2,
        5,
        "(root)",
        "The file is not valid UTF-8: byte 0xC3 at byte offset 10 does not start a valid"
            + " character.");
  }

  @Test
  void latin1FileIsRefusedAsInvalidUtf8() {
    byte[] content = "name: caf\u00E9\n".getBytes(StandardCharsets.ISO_8859_1);
    assertDiagnostic(
        single(loadBytes(content)),
        Code.CONFIG_ENCODING,
        1,
        10,
        "(root)",
        "The file is not valid UTF-8: byte 0xE9 at byte offset 9 does not start a valid"
            + " character.");
  }

  /** §4 B9: a tab used for indentation. */
  @Test
  void tabIndentationIsASyntaxErrorWithAUseSpacesHint() {
    Diagnostic diagnostic = single(load("resources:\n\tfn: x\n"));
    assertDiagnostic(
        diagnostic,
        Code.YAML_SYNTAX,
        2,
        1,
        "resources",
        "A tab character is used where YAML expects spaces.");
    assertEquals("use spaces, not tabs, to indent YAML", diagnostic.hint().orElseThrow());
  }

  /** §4 B13: an unclosed quote, reported where the file ends and naming where the quote starts. */
  @Test
  void unclosedQuoteIsASyntaxError() {
    Diagnostic diagnostic = single(load("a: \"unclosed\nb: 2\n"));
    assertDiagnostic(
        diagnostic,
        Code.YAML_SYNTAX,
        3,
        1,
        "a",
        "Found unexpected end of the file, while scanning a quoted scalar that starts at line 1,"
            + " column 4.");
    assertEquals(
        "close the quote, or escape quotes inside the value", diagnostic.hint().orElseThrow());
  }

  /** §4 B13: bad indentation. */
  @Test
  void badIndentationIsASyntaxError() {
    Diagnostic diagnostic = single(load("a:\n  b: 1\n c: 2\n"));
    assertDiagnostic(
        diagnostic,
        Code.YAML_SYNTAX,
        3,
        2,
        "(root)",
        "Expected the end of the indented block, but found the start of a mapping, while parsing a"
            + " block mapping that starts at line 1, column 1.");
    assertEquals(
        "check the indentation: the keys of one mapping must start in the same column",
        diagnostic.hint().orElseThrow());
  }

  @Test
  void unclosedFlowListIsASyntaxError() {
    assertDiagnostic(
        single(load("a: [1, 2\n")),
        Code.YAML_SYNTAX,
        2,
        1,
        "a[2]",
        "Expected ',' or ']', but got the end of the file, while parsing a flow sequence that"
            + " starts at line 1, column 4.");
  }

  @Test
  void colonInsidePlainValueIsASyntaxError() {
    Diagnostic diagnostic = single(load("a: b: c\n"));
    assertDiagnostic(
        diagnostic, Code.YAML_SYNTAX, 1, 5, "(root)", "Mapping values are not allowed here.");
    assertEquals(
        "check the indentation, and quote values that contain ': '",
        diagnostic.hint().orElseThrow());
  }

  @Test
  void trailingGarbageAfterTheDocumentIsASyntaxError() {
    assertDiagnostic(
        single(load("{a: 1}}\n")),
        Code.YAML_SYNTAX,
        1,
        7,
        "(root)",
        "Expected a document start (---), but found '}'.");
  }

  /**
   * The engine's "(Do not use @ for indentation)" aside is dropped: it is one sentence about '@'.
   */
  @Test
  void reservedIndicatorIsShownAsTheCharacter() {
    assertDiagnostic(
        single(load("email: @home\n")),
        Code.YAML_SYNTAX,
        1,
        8,
        "email",
        "Found character '@' that cannot start any token.");
  }

  /** Engine token names and code points become words a user knows. */
  @Test
  void engineTokensAreNamedInPlainWords() {
    assertDiagnostic(
        single(load("a: 1\n- b\n")),
        Code.YAML_SYNTAX,
        2,
        1,
        "(root)",
        "Expected the end of the indented block, but found a list item ('-'), while parsing a block"
            + " mapping that starts at line 1, column 1.");
    assertDiagnostic(
        single(load("- a\nb: 1\n")),
        Code.YAML_SYNTAX,
        2,
        1,
        "[1]",
        "Expected the end of the indented block, but found a mapping key, while parsing a block"
            + " collection that starts at line 1, column 1.");
    assertDiagnostic(
        single(load("a: !<x\n")),
        Code.YAML_SYNTAX,
        1,
        7,
        "a",
        "Expected '>', but found a line break, while scanning a tag that starts at line 1, column"
            + " 4.");
    assertDiagnostic(
        single(load("a: |x\n  b\n")),
        Code.YAML_SYNTAX,
        1,
        5,
        "a",
        "Expected chomping or indentation indicators, but found 'x', while scanning a block scalar"
            + " that starts at line 1, column 4.");
  }

  @Test
  void emptyKeyIsRefused() {
    Diagnostic diagnostic = single(load("?\n: x\n"));
    assertDiagnostic(
        diagnostic,
        Code.CONFIG_KEY_NOT_STRING,
        1,
        2,
        "(root)",
        "A mapping key is empty, but mapping keys must be strings.");
    assertEquals("write the key's name before the ':'", diagnostic.hint().orElseThrow());
  }

  @Test
  void valueWithoutKeyIsASyntaxError() {
    assertDiagnostic(
        single(load("a:\n  : x\n")),
        Code.YAML_SYNTAX,
        2,
        3,
        "a",
        "Expected the end of the indented block, but found a ':' without a key, while parsing a"
            + " block mapping.");
  }

  /** Problems found before a fatal syntax error are kept; messages never carry engine internals. */
  @Test
  void earlierProblemsSurviveALaterSyntaxError() {
    LoadResult result = load("a: 1\na: 2\nb: [\n");
    assertEquals(2, result.diagnostics().size(), Loading.render(result.diagnostics()));
    assertEquals(Code.YAML_DUPLICATE_KEY, result.diagnostics().get(0).code());
    assertEquals(Code.YAML_SYNTAX, result.diagnostics().get(1).code());
    for (Diagnostic diagnostic : result.diagnostics()) {
      assertTrue(
          !diagnostic.message().contains("Exception") && !diagnostic.message().contains("\n"),
          diagnostic.message());
    }
  }

  private static byte[] concat(byte[] first, byte[] second) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(first);
    out.writeBytes(second);
    return out.toByteArray();
  }
}
