package dev.formwork.compiler.directive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.diag.Diagnostic;
import dev.formwork.schema.diag.Severity;
import dev.formwork.schema.diag.SourceLocation;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every diagnostic of the directive pass, with its exact code, message, hint, path and position.
 */
class DirectiveErrorsTest {

  private static final SourceLocation VALUE = new SourceLocation("formwork.yml", 1, 8);

  private final Fixture fixture = new Fixture();

  /** The only diagnostic of {@code value: '<text>'}, which must be at the value's position. */
  private Diagnostic problem(String text) {
    return problem("", text);
  }

  private Diagnostic problem(String suffix, String text) {
    ResolveResult result = fixture.resolve("value: " + Fixture.quote(text) + "\n" + suffix);
    Diagnostic diagnostic = Fixture.only(result, diagnosticCode(result), ConfigPath.of("value"));
    assertEquals(VALUE, diagnostic.location());
    return diagnostic;
  }

  private static Code diagnosticCode(ResolveResult result) {
    return result.diagnostics().isEmpty() ? null : result.diagnostics().get(0).code();
  }

  private static void assertProblem(Diagnostic diagnostic, Code code, String message, String hint) {
    assertEquals(code, diagnostic.code());
    assertEquals(message, diagnostic.message());
    assertEquals(Optional.ofNullable(hint), diagnostic.hint());
  }

  @Test
  void unknownDirectiveSuggestsTheCaseInsensitiveMatchFirst() {
    assertProblem(
        problem("$stage()"),
        Code.DIRECTIVE_UNKNOWN,
        "Unknown directive $stage. You can only use built-in and custom directives.",
        "Did you mean '$Stage()'?");
    assertProblem(
        problem("$Formatt('{}', 1)"),
        Code.DIRECTIVE_UNKNOWN,
        "Unknown directive $Formatt. You can only use built-in and custom directives.",
        "Did you mean '$Format()'?");
    assertProblem(
        problem("$Whatever()"),
        Code.DIRECTIVE_UNKNOWN,
        "Unknown directive $Whatever. You can only use built-in and custom directives.",
        "Did you forget to register your custom directive in the directives section?");
  }

  @Test
  void stacktapeDirectivesThatNeedAwsAreReportedAsUnsupported() {
    assertProblem(
        problem("$StackOutput('s', 'o')"),
        Code.DIRECTIVE_UNKNOWN,
        "Directive $StackOutput is not supported by formwork.",
        "formwork compiles without AWS access; use $CfStackOutput(stackName, outputName), which"
            + " becomes Fn::ImportValue.");
  }

  @Test
  void missingRequiredArgument() {
    assertProblem(
        problem("$CliArgs()"),
        Code.DIRECTIVE_BAD_ARGUMENT,
        "Directive $CliArgs requires parameter argName of type string on position 1.",
        "Usage: $CliArgs(argName, default?).");
    assertProblem(
        problem("$ResourceParam('api')"),
        Code.DIRECTIVE_BAD_ARGUMENT,
        "Directive $ResourceParam requires parameter property of type string on position 2.",
        "Usage: $ResourceParam(resourceReference, property).");
    assertProblem(
        problem("$Format('')"),
        Code.DIRECTIVE_BAD_ARGUMENT,
        "Directive $Format requires parameter interpolatedString of type string on position 1.",
        "Usage: $Format(interpolatedString, ...values).");
  }

  @Test
  void wrongArgumentType() {
    assertProblem(
        problem("$GitInfo(5)"),
        Code.DIRECTIVE_BAD_ARGUMENT,
        "Directive $GitInfo: parameter property on position 1 must be of type string but got"
            + " number.",
        "Usage: $GitInfo(property).");
    assertProblem(
        problem("variables:\n  m: {a: 1}\n", "$Format('{}', $Var().m)"),
        Code.DIRECTIVE_BAD_ARGUMENT,
        "Directive $Format: parameter values on position 2 must be of type string, number or"
            + " boolean but got a mapping.",
        "Usage: $Format(interpolatedString, ...values).");
    assertProblem(
        problem("$ResourceParam($Secret('x'), 'arn')"),
        Code.DIRECTIVE_BAD_ARGUMENT,
        "Directive $ResourceParam: parameter resourceReference on position 1 must be of type string"
            + " but got the template-time directive $Secret().",
        "Usage: $ResourceParam(resourceReference, property).");
  }

  @Test
  void extraArgumentsAreIgnoredWithAWarning() {
    ResolveResult result = fixture.resolve("value: $Stage('prod')\n");
    Diagnostic warning =
        Fixture.only(result, Code.DIRECTIVE_EXTRA_ARGUMENT, ConfigPath.of("value"));
    assertEquals(Severity.WARNING, warning.severity());
    assertEquals(
        "Directive $Stage takes 0 arguments, so the 1 extra argument is ignored.",
        warning.message());
    assertEquals("\"dev\"", Fixture.json(Fixture.at(result, "value")));
  }

  @Test
  void invalidArgumentValues() {
    assertProblem(
        problem("$GitInfo('comit')"),
        Code.DIRECTIVE_BAD_ARGUMENT,
        "$GitInfo directive argument \"comit\" is not a valid argument.",
        "Did you mean 'commit'? Valid arguments are: commit, branch, username, gitUrl,"
            + " hasUncommitedChanges.");
    assertProblem(
        problem("$CfStackOutput('net-dev', 'vpc-id')"),
        Code.DIRECTIVE_BAD_ARGUMENT,
        "Stack output names must be alphanumeric (a-z, A-Z, 0-9). Received vpc-id.",
        null);
    assertProblem(
        problem("$CfStackOutput('net-dev', 'VpcId', 'us-east-1')"),
        Code.DIRECTIVE_CROSS_REGION_IMPORT,
        "$CfStackOutput() cannot import from region us-east-1: Fn::ImportValue only reads exports"
            + " of the stack's own region (eu-west-1).",
        null);
    assertProblem(
        problem("$Secret('.key')"),
        Code.DIRECTIVE_BAD_ARGUMENT,
        "Directive $Secret: parameter secretRef on position 1 must be \"name\" or \"name.jsonKey\""
            + " but got \".key\".",
        null);
  }

  @Test
  void unreachablePropertyPathNamesTheLongestResolvablePath() {
    assertProblem(
        problem("variables:\n  port: 1\n", "$Var().nope"),
        Code.DIRECTIVE_BAD_PATH,
        "Property with path \"nope\" is not accessible on result of directive $Var().",
        "Available keys: port.");
    assertProblem(
        problem("variables:\n  a: {b: [1, 2]}\n", "$Var().a.c"),
        Code.DIRECTIVE_BAD_PATH,
        "Property with path \"a.c\" is not accessible on result of directive $Var().",
        "Longest resolvable partial path is \"a\" with result {\"b\":[1,2]}. Did you mean 'b'?");
    assertProblem(
        problem("variables:\n  a: {b: [1, 2]}\n", "$Var().a.b.5"),
        Code.DIRECTIVE_BAD_PATH,
        "Property with path \"a.b.5\" is not accessible on result of directive $Var().",
        "Longest resolvable partial path is \"a.b\" with result [1,2]. The list has 2 items.");
  }

  @Test
  void unreachablePathOnAFileResult() {
    fixture.host.file("/project/a.json", "{\"x\": {\"y\": 1}}");
    assertProblem(
        problem("$File('a.json').x.z"),
        Code.DIRECTIVE_BAD_PATH,
        "Property with path \"x.z\" is not accessible on result of directive $File('a.json').",
        "Longest resolvable partial path is \"x\" with result {\"y\":1}. Did you mean 'y'?");
  }

  @Test
  void formatArityUsesStacktapesNumbers() {
    assertProblem(
        problem("$Format('{}-{}', $Stage())"),
        Code.DIRECTIVE_FORMAT_ARITY,
        "Amount of interpolated expressions and values should be the same in $Format directive. You"
            + " have 2 interpolated expressions and 1 values.",
        null);
    assertProblem(
        problem("$CfFormat('{}')"),
        Code.DIRECTIVE_FORMAT_ARITY,
        "Amount of interpolated expressions and values should be the same in $CfFormat directive."
            + " You have 1 interpolated expressions and 0 values.",
        null);
  }

  @Test
  void missingFilesNameTheAbsolutePath() {
    assertProblem(
        problem("$File('conf/missing.json')"),
        Code.DIRECTIVE_FILE_NOT_FOUND,
        "$File directive input 'conf/missing.json' doesn't exist or is not accessible.",
        "Paths in $File are relative to the config file's directory.");
    assertProblem(
        problem("$FileRaw('../x.txt')"),
        Code.DIRECTIVE_FILE_NOT_FOUND,
        "File '../x.txt' doesn't exist or is not accessible.",
        "Paths in $FileRaw are relative to the config file's directory.");
  }

  @Test
  void fileWithAnUnsupportedExtensionPointsToFileRaw() {
    assertProblem(
        problem("$File('notes.txt')"),
        Code.DIRECTIVE_UNSUPPORTED_FILE,
        "$File directive cannot load data from file notes.txt: it can only load .env, JSON, YAML or"
            + " INI files.",
        "Use $FileRaw('notes.txt') to read the file as plain text.");
  }

  @Test
  void invalidDataFiles() {
    fixture.host.file("/project/bad.json", "{\"a\": }").file("/project/bad.yml", "a: [1,\n");
    assertEquals(Code.DIRECTIVE_BAD_FILE, problem("$File('bad.json')").code());
    assertProblem(
        problem("$File('bad.yml')"),
        Code.DIRECTIVE_BAD_FILE,
        "File /project/bad.yml is not valid YAML.",
        null);
  }

  @Test
  void missingValues() {
    assertProblem(
        problem("$CliArgs('size')"),
        Code.DIRECTIVE_MISSING_VALUE,
        "$CliArgs('size') has no value: no command-line argument size was given and there is no"
            + " default.",
        "Pass --size on the command line, or add a default: $CliArgs('size', 'value').");
    assertProblem(
        problem("$Var().x"),
        Code.DIRECTIVE_MISSING_VALUE,
        "$Var() has no value: the config has no variables section.",
        "Add a top-level variables: map to the config.");
    assertProblem(
        problem("$GitInfo('branch')"),
        Code.DIRECTIVE_MISSING_VALUE,
        "$GitInfo('branch') has no value: git could not tell the branch and no CI variable provides"
            + " it.",
        "Run formwork inside a git checkout, or set STP_GIT_BRANCH.");
  }

  @Test
  void localDirectiveCannotDependOnATemplateTimeOne() {
    assertProblem(
        problem("$Format('{}/api', $ResourceParam('api', 'url'))"),
        Code.DIRECTIVE_LOCAL_DEPENDS_ON_RUNTIME,
        "Non-runtime directive $Format can't depend on the result of template-time directive"
            + " $ResourceParam.",
        "Use $CfFormat(...) to combine template-time values; it becomes Fn::Sub in the template.");
    // Also when the template-time value arrives through a variable.
    assertEquals(
        Code.DIRECTIVE_LOCAL_DEPENDS_ON_RUNTIME,
        problem("variables:\n  url: $ResourceParam('api', 'url')\n", "$Format('{}', $Var().url)")
            .code());
  }

  @Test
  void malformedDirectives() {
    assertProblem(
        problem("$Format('{}', $Stage()"),
        Code.DIRECTIVE_SYNTAX,
        "The directive $Format('{}', $Stage() cannot be parsed: a parenthesis is never closed.",
        "A directive must be the whole string, like $Format('{}-api', $Stage()); use $Format to"
            + " combine text.");
    assertEquals(
        "The directive $Format('{}, x) cannot be parsed: a quote is never closed.",
        problem("$Format('{}, x)").message());
    assertEquals(
        "The directive $Stage()-$Region() cannot be parsed: the text \"-$Region()\" after the"
            + " closing parenthesis is not a .property.path.",
        problem("$Stage()-$Region()").message());
  }

  @Test
  void variableCycleNamesTheChain() {
    ResolveResult result =
        fixture.resolve("variables:\n  a: $Var().b\n  b: $Var().c\n  c: $Var().a\nx: $Var().a\n");
    Diagnostic cycle = Fixture.only(result, Code.DIRECTIVE_CYCLE, ConfigPath.of("variables", "a"));
    assertEquals("Variables refer to each other in a cycle: a -> b -> c -> a.", cycle.message());
    assertEquals(new SourceLocation("formwork.yml", 2, 6), cycle.location());
  }

  @Test
  void selfReferenceThroughThisIsACycle() {
    ResolveResult result = fixture.resolve("resources:\n  a:\n    name: $This().resources\n");
    Diagnostic cycle =
        Fixture.only(result, Code.DIRECTIVE_CYCLE, ConfigPath.of("resources", "a", "name"));
    assertEquals(
        "Directives refer to each other in a cycle: resources.a.name -> resources.a.name.",
        cycle.message());
  }

  @Test
  void fileThatLoadsItselfIsACycle() {
    fixture.host.file("/project/loop.yml", "again: $File('loop.yml')\n");
    assertProblem(
        problem("$File('loop.yml')"),
        Code.DIRECTIVE_CYCLE,
        "Directive $File('loop.yml') depends on its own result.",
        "A file or custom directive returns a value that calls the same directive again.");
  }

  @Test
  void allProblemsOfThePassAreCollectedInPositionOrder() {
    ResolveResult result =
        fixture.resolve(
            "a: $Nope()\n"
                + "b: $Stage()\n"
                + "c: $Format('{}')\n"
                + "d:\n"
                + "  - $CliArgs('x')\n"
                + "  - $File('x.txt')\n");
    assertEquals(
        List.of(
            "1:4 a directive.unknown",
            "3:4 c directive.format-arity",
            "5:5 d[0] directive.missing-value",
            "6:5 d[1] directive.unsupported-file"),
        result.diagnostics().stream()
            .map(
                d ->
                    d.location().line()
                        + ":"
                        + d.location().column()
                        + " "
                        + d.path()
                        + " "
                        + d.code().id())
            .collect(Collectors.toList()));
    // Failed directives stay as written; the others are resolved.
    assertEquals("\"$Nope()\"", Fixture.json(Fixture.at(result, "a")));
    assertEquals("\"dev\"", Fixture.json(Fixture.at(result, "b")));
  }

  @Test
  void aFailingVariableIsReportedOnceNotAtEveryUse() {
    ResolveResult result =
        fixture.resolve("variables:\n  v: $Nope()\nx: $Var().v\ny: $Format('{}', $Var().v)\n");
    Fixture.only(result, Code.DIRECTIVE_UNKNOWN, ConfigPath.of("variables", "v"));
  }
}
