package dev.formwork.compiler.source;

import static dev.formwork.compiler.source.Loading.assertDiagnostic;
import static dev.formwork.compiler.source.Loading.load;
import static dev.formwork.compiler.source.Loading.loadValid;
import static dev.formwork.compiler.source.Loading.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.Diagnostic;
import dev.formwork.schema.node.MapNode;
import dev.formwork.schema.node.ScalarKind;
import dev.formwork.schema.node.ScalarNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad inputs of failure-modes.md §4 B: YAML semantics pitfalls. */
class YamlSemanticsTest {

  private static final String CFN_HINT =
      "use $ResourceParam(), $CfResourceParam() or $CfFormat(), or the long form Ref:/Fn::GetAtt:";

  /** §4 B4: the same resource name twice. */
  @Test
  void duplicateResourceIsReportedAtTheSecondKey() {
    String yaml = "resources:\n  myFn:\n    type: function\n  myFn:\n    type: bucket\n";
    Diagnostic diagnostic = single(load(yaml));
    assertDiagnostic(
        diagnostic,
        Code.YAML_DUPLICATE_KEY,
        4,
        3,
        "resources.myFn",
        "The key 'myFn' is defined twice in this mapping; the first definition is on line 2.");
    assertEquals("remove one of the two definitions", diagnostic.hint().orElseThrow());
  }

  /** §4 B4: inside properties and inside environment, all reported in one run. */
  @Test
  void duplicatePropertyAndEnvironmentKeysAreAllReported() {
    String yaml =
        "resources:\n"
            + "  fn:\n"
            + "    properties:\n"
            + "      timeout: 10\n"
            + "      timeout: 20\n"
            + "      environment:\n"
            + "        A: x\n"
            + "        B: y\n"
            + "        A: z\n";
    LoadResult result = load(yaml);
    assertFalse(result.root().isPresent());
    assertEquals(2, result.diagnostics().size(), Loading.render(result.diagnostics()));
    assertDiagnostic(
        result.diagnostics().get(0),
        Code.YAML_DUPLICATE_KEY,
        5,
        7,
        "resources.fn.properties.timeout",
        "The key 'timeout' is defined twice in this mapping; the first definition is on line 4.");
    assertDiagnostic(
        result.diagnostics().get(1),
        Code.YAML_DUPLICATE_KEY,
        9,
        9,
        "resources.fn.properties.environment.A",
        "The key 'A' is defined twice in this mapping; the first definition is on line 7.");
  }

  /** The same key in two different mappings is fine. */
  @Test
  void sameKeyInDifferentMappingsIsNotADuplicate() {
    MapNode root = loadValid("a:\n  name: x\nb:\n  name: y\n");
    assertEquals(2, root.size());
  }

  /** §4 B5: 1 and "1", true and "true" collide once keys are strings. */
  @Test
  void typedKeyCollisionsAreDuplicatesAndNonStringKeysAreRefused() {
    LoadResult result = load("1: a\n\"1\": b\ntrue: x\n\"true\": y\n");
    assertEquals(4, result.diagnostics().size(), Loading.render(result.diagnostics()));
    assertDiagnostic(
        result.diagnostics().get(0),
        Code.CONFIG_KEY_NOT_STRING,
        1,
        1,
        "1",
        "The mapping key 1 is a number, but mapping keys must be strings.");
    assertEquals("quote the key: \"1\":", result.diagnostics().get(0).hint().orElseThrow());
    assertDiagnostic(
        result.diagnostics().get(1),
        Code.YAML_DUPLICATE_KEY,
        2,
        1,
        "1",
        "The key '1' is defined twice in this mapping; the first definition is on line 1.");
    assertDiagnostic(
        result.diagnostics().get(2),
        Code.CONFIG_KEY_NOT_STRING,
        3,
        1,
        "true",
        "The mapping key true is a boolean, but mapping keys must be strings.");
    assertDiagnostic(
        result.diagnostics().get(3),
        Code.YAML_DUPLICATE_KEY,
        4,
        1,
        "true",
        "The key 'true' is defined twice in this mapping; the first definition is on line 3.");
  }

  /** §4 B7: a null key (CoreSchema crashed on ~ and null keys). */
  @Test
  void nullKeysAreRefused() {
    LoadResult result = load("~: x\nnull: y\n");
    assertEquals(2, result.diagnostics().size(), Loading.render(result.diagnostics()));
    assertDiagnostic(
        result.diagnostics().get(0),
        Code.CONFIG_KEY_NOT_STRING,
        1,
        1,
        "~",
        "The mapping key ~ is null, but mapping keys must be strings.");
    assertDiagnostic(
        result.diagnostics().get(1),
        Code.CONFIG_KEY_NOT_STRING,
        2,
        1,
        "null",
        "The mapping key null is null, but mapping keys must be strings.");
  }

  @Test
  void floatKeyIsRefused() {
    assertDiagnostic(
        single(load("env:\n  3.10: x\n")),
        Code.CONFIG_KEY_NOT_STRING,
        2,
        3,
        "env.3.10",
        "The mapping key 3.10 is a number, but mapping keys must be strings.");
  }

  @Test
  void collectionKeysAreRefused() {
    assertDiagnostic(
        single(load("? [a, b]\n: v\n")),
        Code.CONFIG_KEY_NOT_STRING,
        1,
        3,
        "(root)",
        "A mapping key is a list, but mapping keys must be strings.");
    assertDiagnostic(
        single(load("outer:\n  ? {a: 1}\n  : v\n")),
        Code.CONFIG_KEY_NOT_STRING,
        2,
        5,
        "outer",
        "A mapping key is a mapping, but mapping keys must be strings.");
  }

  /** §4 B7: empty values load as null scalars; the binder decides whether null is allowed. */
  @Test
  void emptyValuesLoadAsNullScalars() {
    MapNode root = loadValid("resources: { fn: }\nproperties:\n");
    MapNode resources = (MapNode) root.get("resources").orElseThrow();
    ScalarNode fn = (ScalarNode) resources.get("fn").orElseThrow();
    assertEquals(ScalarKind.NULL, fn.kind());
    assertEquals("", fn.text());
    assertEquals(ScalarKind.NULL, ((ScalarNode) root.get("properties").orElseThrow()).kind());
  }

  /** §4 B8: the merge key is refused instead of becoming a literal "<<" property. */
  @Test
  void mergeKeyIsRefusedWithAHint() {
    String yaml = "defaults: &d\n  memory: 512\nresources:\n  fn:\n    <<: *d\n    timeout: 10\n";
    Diagnostic diagnostic = single(load(yaml));
    assertDiagnostic(
        diagnostic,
        Code.YAML_MERGE_KEY,
        5,
        5,
        "resources.fn.<<",
        "The YAML merge key '<<' is not supported.");
    assertEquals(
        "repeat the keys you need, or keep shared values under 'variables' and use $Var()",
        diagnostic.hint().orElseThrow());
  }

  @Test
  void quotedLessThanLessThanIsAnOrdinaryKey() {
    MapNode root = loadValid("\"<<\": x\n");
    assertEquals("x", ((ScalarNode) root.get("<<").orElseThrow()).text());
  }

  /** §4 B10: CloudFormation short forms, on a scalar and on a list, each at its tag. */
  @Test
  void cloudFormationShortFormsAreRefusedWithAdvice() {
    LoadResult result =
        load("a: !Ref MyBucket\nb: !GetAtt [MyFn, Arn]\nc:\n  - !Sub '${AWS::Region}'\n");
    assertEquals(3, result.diagnostics().size(), Loading.render(result.diagnostics()));
    assertDiagnostic(
        result.diagnostics().get(0),
        Code.YAML_CLOUDFORMATION_TAG,
        1,
        4,
        "a",
        "The CloudFormation short form !Ref is not supported in a formwork config.");
    assertDiagnostic(
        result.diagnostics().get(1),
        Code.YAML_CLOUDFORMATION_TAG,
        2,
        4,
        "b",
        "The CloudFormation short form !GetAtt is not supported in a formwork config.");
    assertDiagnostic(
        result.diagnostics().get(2),
        Code.YAML_CLOUDFORMATION_TAG,
        4,
        5,
        "c[0]",
        "The CloudFormation short form !Sub is not supported in a formwork config.");
    result.diagnostics().forEach(d -> assertEquals(CFN_HINT, d.hint().orElseThrow()));
  }

  /** §4 B11: a gadget tag naming a class on the classpath is refused without constructing it. */
  @Test
  void classNameTagsAreRefusedWithoutLoadingTheClass() {
    int before = GadgetProbe.CONSTRUCTED.get();
    Diagnostic diagnostic = single(load("a: !!dev.formwork.compiler.source.GadgetProbe [x]\n"));
    assertDiagnostic(
        diagnostic,
        Code.YAML_UNSUPPORTED_TAG,
        1,
        4,
        "a",
        "The YAML tag !!dev.formwork.compiler.source.GadgetProbe is not supported; a config holds"
            + " plain mappings, lists and values only.");
    assertEquals("remove the tag", diagnostic.hint().orElseThrow());
    assertEquals(before, GadgetProbe.CONSTRUCTED.get());
  }

  /** §4 B11: the classic URLClassLoader gadget opens no connection. */
  @Test
  void javaGadgetTagsMakeNoNetworkConnection() throws IOException {
    try (ServerSocket listener = new ServerSocket(0)) {
      listener.setSoTimeout(200);
      String url = "http://127.0.0.1:" + listener.getLocalPort() + "/";
      String yaml =
          "a: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\""
              + url
              + "\"]]]]\n";
      LoadResult result = load(yaml);
      assertEquals(
          List.of(Code.YAML_UNSUPPORTED_TAG, Code.YAML_UNSUPPORTED_TAG, Code.YAML_UNSUPPORTED_TAG),
          result.diagnostics().stream().map(Diagnostic::code).toList());
      assertDiagnostic(
          result.diagnostics().get(0),
          Code.YAML_UNSUPPORTED_TAG,
          1,
          4,
          "a",
          "The YAML tag !!javax.script.ScriptEngineManager is not supported; a config holds plain"
              + " mappings, lists and values only.");
      assertThrows(
          SocketTimeoutException.class, listener::accept, "the loader must not connect anywhere");
    }
  }

  /** §4 B11: Python gadget tags likewise. */
  @Test
  void pythonGadgetTagIsRefused() {
    assertDiagnostic(
        single(load("a: !!python/object/apply:os.system [\"ls\"]\n")),
        Code.YAML_UNSUPPORTED_TAG,
        1,
        4,
        "a",
        "The YAML tag !!python/object/apply:os.system is not supported; a config holds plain"
            + " mappings, lists and values only.");
  }

  /** Even standard tags are refused: a config's types come from the schema, not from tags. */
  @Test
  void standardAndNonSpecificTagsAreRefused() {
    LoadResult result = load("a: !!str 123\nb: ! 456\n");
    assertEquals(2, result.diagnostics().size(), Loading.render(result.diagnostics()));
    assertDiagnostic(
        result.diagnostics().get(0),
        Code.YAML_UNSUPPORTED_TAG,
        1,
        4,
        "a",
        "The YAML tag !!str is not supported; a config holds plain mappings, lists and values"
            + " only.");
    assertDiagnostic(
        result.diagnostics().get(1),
        Code.YAML_UNSUPPORTED_TAG,
        2,
        4,
        "b",
        "The YAML tag ! is not supported; a config holds plain mappings, lists and values only.");
  }

  /** §4 B12: anchors under the limits are supported; an alias shares the anchored node. */
  @Test
  void legitimateAnchorsLoadLikeTheExpandedForm() {
    String anchored =
        "x-defaults: &d\n"
            + "  memory: 512\n"
            + "  runtime: nodejs20.x\n"
            + "resources:\n"
            + "  a:\n"
            + "    properties: *d\n"
            + "  b:\n"
            + "    properties: *d\n";
    String expanded =
        "x-defaults:\n"
            + "  memory: 512\n"
            + "  runtime: nodejs20.x\n"
            + "resources:\n"
            + "  a:\n"
            + "    properties:\n"
            + "      memory: 512\n"
            + "      runtime: nodejs20.x\n"
            + "  b:\n"
            + "    properties:\n"
            + "      memory: 512\n"
            + "      runtime: nodejs20.x\n";
    MapNode root = loadValid(anchored);
    assertEquals(Shapes.of(loadValid(expanded)), Shapes.of(root));
    MapNode resources = (MapNode) root.get("resources").orElseThrow();
    MapNode a = (MapNode) resources.get("a").orElseThrow();
    MapNode b = (MapNode) resources.get("b").orElseThrow();
    assertSame(a.get("properties").orElseThrow(), b.get("properties").orElseThrow());
    assertSame(root.get("x-defaults").orElseThrow(), a.get("properties").orElseThrow());
  }

  @Test
  void scalarAliasesAreSupported() {
    MapNode root = loadValid("memory: &m 512\nother: *m\n");
    ScalarNode other = (ScalarNode) root.get("other").orElseThrow();
    assertEquals("512", other.text());
    assertEquals(ScalarKind.INTEGER, other.kind());
  }
}
