package dev.formwork.compiler.directive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.diag.Diagnostic;
import dev.formwork.schema.diag.Severity;
import dev.formwork.schema.diag.SourceLocation;
import dev.formwork.schema.node.ConfigNode;
import dev.formwork.schema.node.DeferredNode;
import dev.formwork.schema.node.ScalarKind;
import dev.formwork.schema.node.ScalarNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * One test (at least) per built-in directive: what it evaluates to and where the result is located.
 */
class BuiltInDirectivesTest {

  private final Fixture fixture = new Fixture();

  @Test
  void stageAndRegion() {
    assertEquals("\"dev\"", fixture.value("$Stage()"));
    assertEquals("\"eu-west-1\"", fixture.value("$Region()"));
  }

  @Test
  void replacementKeepsTheDirectiveStringsLocation() {
    ResolveResult result = fixture.resolve("a:\n  b: $Stage()\n");
    ConfigNode node = Fixture.at(result, "a", "b");
    assertEquals(
        new ScalarNode("dev", ScalarKind.STRING, new SourceLocation("formwork.yml", 2, 6)), node);
  }

  @Test
  void varReturnsTypedValuesAndWholeStructures() {
    ResolveResult result =
        fixture.resolve(
            "variables:\n  port: 3000\n  flags: [a, b]\n  db: {host: h, ssl: true}\n"
                + "x: $Var().port\ny: $Var().flags\nz: $Var().db\n");
    assertEquals(List.of(), result.diagnostics());
    assertEquals(ScalarKind.INTEGER, ((ScalarNode) Fixture.at(result, "x")).kind());
    assertEquals("[\"a\",\"b\"]", Fixture.json(Fixture.at(result, "y")));
    assertEquals("{\"host\":\"h\",\"ssl\":true}", Fixture.json(Fixture.at(result, "z")));
    // The replaced node sits where the directive was; its children keep their own positions.
    assertEquals(7, Fixture.at(result, "z").location().line());
    assertEquals(4, Fixture.at(result, "z", "host").location().line());
  }

  @Test
  void varWithAnArgumentKeepsStacktapesMeaningButWarns() {
    ResolveResult result = fixture.resolve("variables:\n  port: 1\nx: $Var('port')\n");
    Diagnostic warning = Fixture.only(result, Code.DIRECTIVE_VAR_ARGUMENT, ConfigPath.of("x"));
    assertEquals(Severity.WARNING, warning.severity());
    assertEquals(
        "$Var() ignores its arguments, so $Var('port') is the whole variables map.",
        warning.message());
    assertEquals(Optional.of("Write $Var().port to read one variable."), warning.hint());
    assertEquals("{\"port\":1}", Fixture.json(Fixture.at(result, "x")));
  }

  @Test
  void variableWhoseValueIsADirectiveIsResolved() {
    ResolveResult result =
        fixture.resolve(
            "variables:\n  env: $Stage()\n  name: $Format('api-{}', $Var().env)\nx: $Var().name\n");
    assertEquals(List.of(), result.diagnostics());
    assertEquals("\"api-dev\"", Fixture.json(Fixture.at(result, "x")));
    assertEquals("\"api-dev\"", Fixture.json(Fixture.at(result, "variables", "name")));
  }

  @Test
  void propertyPathContinuesThroughAVariableHoldingADirective() {
    fixture.host.file("/project/db.json", "{\"host\": \"db.local\"}");
    ResolveResult result =
        fixture.resolve("variables:\n  db: $File('db.json')\nx: $Var().db.host\n");
    assertEquals(List.of(), result.diagnostics());
    assertEquals("\"db.local\"", Fixture.json(Fixture.at(result, "x")));
  }

  @Test
  void variablesSectionMayItselfBeADirective() {
    fixture.host.file("/project/vars.yml", "region: $Region()\nsizes: [1, 2]\n");
    ResolveResult result =
        fixture.resolve(
            "variables: $File('vars.yml')\nx: $Var().region\ny: $Var().sizes.1\nz: $Var()\n");
    assertEquals(List.of(), result.diagnostics());
    assertEquals("\"eu-west-1\"", Fixture.json(Fixture.at(result, "x")));
    assertEquals("2", Fixture.json(Fixture.at(result, "y")));
    assertEquals(
        "{\"region\":\"eu-west-1\",\"sizes\":[1,2]}", Fixture.json(Fixture.at(result, "z")));
    assertEquals(1, fixture.host.readsOf("/project/vars.yml"));
  }

  @Test
  void thisReadsListItemsByIndex() {
    ResolveResult result = fixture.resolve("tags: [a, {k: $Stage()}]\nx: $This().tags.1.k\n");
    assertEquals(List.of(), result.diagnostics());
    assertEquals("\"dev\"", Fixture.json(Fixture.at(result, "x")));
  }

  @Test
  void thisReadsOtherPartsOfTheConfig() {
    ResolveResult result =
        fixture.resolve(
            "serviceName: shop\n"
                + "resources:\n"
                + "  a:\n"
                + "    name: $Format('{}-a', $This().serviceName)\n");
    assertEquals(List.of(), result.diagnostics());
    assertEquals("\"shop-a\"", Fixture.json(Fixture.at(result, "resources", "a", "name")));
  }

  @Test
  void formatInsertsValuesLiterally() {
    assertEquals("\"x-{}-$&\"", fixture.value("$Format('x-{}-{}', '{}', '$&')"));
    assertEquals("\"v3.1\"", fixture.value("$Format('v{}', 3.10)"));
    assertEquals("\"16\"", fixture.value("$Format('{}', 0x10)"));
  }

  @Test
  void fileReadsJsonYamlEnvAndIniRelativeToTheConfigDirectory() {
    fixture
        .host
        .file("/project/conf/a.json", "{\"n\": 1.50, \"list\": [true, null]}")
        .file("/project/a.yml", "k: v\nnested:\n  - 1\n")
        .file("/project/.env.dev", "# comment\nA=1\nB = \"x\\ny\"\nC='q'\n  D=  spaced  \n")
        .file(
            "/project/a.ini",
            "top=1\n[db]\nhost = h ; comment\nssl=true\n[db.pool]\nsize=5\nlist[]=a\nlist[]=b\n");
    assertEquals("{\"list\":[true,null],\"n\":1.5}", fixture.value("$File('conf/a.json')"));
    assertEquals("{\"k\":\"v\",\"nested\":[1]}", fixture.value("$File('a.yml')"));
    assertEquals(
        "{\"A\":\"1\",\"B\":\"x\\ny\",\"C\":\"q\",\"D\":\"spaced\"}",
        fixture.value("$File('.env.dev')"));
    assertEquals(
        "{\"top\":\"1\",\"db\":{\"host\":\"h\",\"ssl\":true,\"pool\":{\"size\":\"5\",\"list\":[\"a\",\"b\"]}}}",
        fixture.value("$File('a.ini')"));
  }

  @Test
  void fileValuesAreLocatedAtTheDirective() {
    fixture.host.file("/project/a.yml", "k:\n  deep: v\n");
    ResolveResult result = fixture.resolve("first: x\nvalue: $File('a.yml')\n");
    SourceLocation directive = new SourceLocation("formwork.yml", 2, 8);
    assertEquals(directive, Fixture.at(result, "value").location());
    assertEquals(directive, Fixture.at(result, "value", "k", "deep").location());
  }

  @Test
  void directivesInsideALoadedFileAreResolved() {
    fixture.host.file("/project/a.yml", "bucket: $Format('b-{}', $Stage())\n");
    assertEquals("{\"bucket\":\"b-dev\"}", fixture.value("$File('a.yml')"));
  }

  @Test
  void fileRawReturnsTheTextUnchanged() {
    fixture.host.file("/project/policy.txt", "line 1\nline: 2\n");
    assertEquals("\"line 1\\nline: 2\\n\"", fixture.value("$FileRaw('policy.txt')"));
  }

  @Test
  void gitInfoReadsThroughTheHost() {
    fixture.host.git.put("commit", "abc123");
    fixture.host.git.put("hasUncommitedChanges", "false");
    assertEquals("\"abc123\"", fixture.value("$GitInfo('commit')"));
    // Stacktape throws on a false value; formwork returns the boolean.
    assertEquals("false", fixture.value("$GitInfo(hasUncommitedChanges)"));
  }

  @Test
  void cliArgsUsesTheArgumentThenTheDefault() {
    fixture.cliArgs = Map.of("size", "large");
    assertEquals("\"large\"", fixture.value("$CliArgs('size')"));
    assertEquals("\"large\"", fixture.value("$CliArgs('size', 'small')"));
    assertEquals("5", fixture.value("$CliArgs('missing', 5)"));
    assertEquals("\"dev\"", fixture.value("$CliArgs('missing', $Stage())"));
  }

  @Test
  void templateTimeDirectivesBecomeDeferredNodesWithResolvedArguments() {
    ResolveResult result =
        fixture.resolve(
            "variables:\n  db: main\n"
                + "a: $ResourceParam($Var().db, 'arn')\n"
                + "b: $CfResourceParam('MyTopic', 'TopicArn')\n"
                + "c: $Secret('api-keys.stripe')\n"
                + "d: $CfStackOutput('other-dev', 'ApiUrl', 'eu-west-1')\n"
                + "e: $SsmParam('/app/key')\n"
                + "f: $ResourceParam('api', 'url').host\n");
    assertEquals(List.of(), result.diagnostics());
    assertEquals("$ResourceParam(\"main\",\"arn\")", Fixture.render(Fixture.at(result, "a")));
    assertEquals(
        "$CfResourceParam(\"MyTopic\",\"TopicArn\")", Fixture.render(Fixture.at(result, "b")));
    assertEquals("$Secret(\"api-keys.stripe\")", Fixture.render(Fixture.at(result, "c")));
    assertEquals(
        "$CfStackOutput(\"other-dev\",\"ApiUrl\",\"eu-west-1\")",
        Fixture.render(Fixture.at(result, "d")));
    assertEquals("$SsmParam(\"/app/key\")", Fixture.render(Fixture.at(result, "e")));
    assertEquals("$ResourceParam(\"api\",\"url\").host", Fixture.render(Fixture.at(result, "f")));
    DeferredNode deferred = assertInstanceOf(DeferredNode.class, Fixture.at(result, "a"));
    assertEquals("$ResourceParam($Var().db, 'arn')", deferred.call().sourceText());
    assertEquals(new SourceLocation("formwork.yml", 3, 4), deferred.location());
  }

  @Test
  void secretNeverReadsAnything() {
    ResolveResult result = fixture.resolve("x: $Secret('db.password')\n");
    assertEquals(List.of(), result.diagnostics());
    assertTrue(fixture.host.reads.isEmpty());
    assertInstanceOf(DeferredNode.class, Fixture.at(result, "x"));
  }

  @Test
  void cfFormatMayNestTemplateTimeDirectivesAndOtherCfFormats() {
    assertEquals(
        "$CfFormat(\"{}:{}\",$CfFormat(\"{}\",$ResourceParam(\"a\",\"b\")),\"dev\")",
        fixture.value("$CfFormat('{}:{}', $CfFormat('{}', $ResourceParam('a', 'b')), $Stage())"));
  }

  @Test
  void mappingKeysAreNeverResolved() {
    ResolveResult result = fixture.resolve("$Stage(): $Stage()\n");
    assertEquals("{\"$Stage()\":\"dev\"}", Fixture.json(result.root()));
  }

  @Test
  void nonStringScalarsAndLiteralsStayAsTheyAre() {
    ResolveResult result =
        fixture.resolve(
            "a: 12\nb: true\nc: '$100 (approx)'\nd: ' $Stage()'\ne: '$Stage() '\nf: a-$Stage()\n");
    assertEquals(List.of(), result.diagnostics());
    assertEquals(
        "{\"a\":12,\"b\":true,\"c\":\"$100 (approx)\",\"d\":\" $Stage()\",\"e\":\"$Stage()"
            + " \",\"f\":\"a-$Stage()\"}",
        Fixture.json(result.root()));
  }
}
