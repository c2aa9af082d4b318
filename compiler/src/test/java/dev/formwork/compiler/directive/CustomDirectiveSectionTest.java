package dev.formwork.compiler.directive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.diag.Diagnostic;
import dev.formwork.schema.diag.SourceLocation;
import dev.formwork.schema.node.ScalarNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The config's {@code directives:} section: registration, clashes and bad declarations. */
class CustomDirectiveSectionTest {

  private final Fixture fixture = new Fixture();

  @Test
  void customDirectivesAreCalledWithResolvedArgumentsAndTheirExport() {
    fixture.host.file("/project/lib/keys.py", "def main(): pass\n");
    fixture.host.custom =
        (directive, args) -> {
          assertEquals(
              new CustomDirective(
                  "apiKey",
                  Path.of("/project/lib/keys.py"),
                  "lookup",
                  CustomDirective.Language.PYTHON),
              directive);
          return CustomDirectiveResult.success(
              ScalarNode.string(
                  Fixture.render(
                      new dev.formwork.schema.node.ListNode(args, SourceLocation.UNKNOWN)),
                  SourceLocation.UNKNOWN));
        };
    ResolveResult result =
        fixture.resolve(
            "directives:\n"
                + "  - name: apiKey\n"
                + "    filePath: lib/keys.py:lookup\n"
                + "value: $apiKey($Stage(), 3)\n");
    assertEquals(List.of(), result.diagnostics());
    assertEquals("\"[\\\"dev\\\",3]\"", Fixture.json(Fixture.at(result, "value")));
    assertEquals(new SourceLocation("formwork.yml", 4, 8), Fixture.at(result, "value").location());
  }

  @Test
  void defaultExportsDependOnTheLanguage() {
    fixture.host.file("/project/a.js", "").file("/project/b.ts", "").file("/project/c.py", "");
    List<String> seen = new java.util.ArrayList<>();
    fixture.host.custom =
        (directive, args) -> {
          seen.add(directive.name() + ":" + directive.language() + ":" + directive.exportName());
          return CustomDirectiveResult.success(ScalarNode.string("x", SourceLocation.UNKNOWN));
        };
    fixture.resolve(
        "directives:\n"
            + "  - {name: a, filePath: a.js}\n"
            + "  - {name: b, filePath: b.ts}\n"
            + "  - {name: c, filePath: c.py}\n"
            + "x: [$a(), $b(), $c()]\n");
    assertEquals(List.of("a:JAVASCRIPT:default", "b:TYPESCRIPT:default", "c:PYTHON:main"), seen);
  }

  @Test
  void clashWithABuiltInOrADuplicateIsReported() {
    fixture.host.file("/project/a.js", "");
    ResolveResult result =
        fixture.resolve(
            "directives:\n"
                + "  - {name: Stage, filePath: a.js}\n"
                + "  - {name: twice, filePath: a.js}\n"
                + "  - {name: twice, filePath: a.js}\n");
    assertEquals(2, result.diagnostics().size(), result.diagnostics()::toString);
    Diagnostic builtIn = result.diagnostics().get(0);
    assertEquals(Code.DIRECTIVE_DUPLICATE, builtIn.code());
    assertEquals(ConfigPath.of("directives", 0, "name"), builtIn.path());
    assertEquals(
        "Can't have multiple directives with the same name: Stage. Stage is a built-in directive.",
        builtIn.message());
    assertEquals(new SourceLocation("formwork.yml", 2, 12), builtIn.location());
    Diagnostic duplicate = result.diagnostics().get(1);
    assertEquals(ConfigPath.of("directives", 2, "name"), duplicate.path());
    assertEquals(
        "Can't have multiple directives with the same name: twice. twice is declared more than"
            + " once.",
        duplicate.message());
  }

  @Test
  void unsupportedFileFormat() {
    ResolveResult result = fixture.resolve("directives:\n  - {name: x, filePath: lib/x.rb}\n");
    Diagnostic diagnostic =
        Fixture.only(
            result, Code.DIRECTIVE_UNSUPPORTED_FILE, ConfigPath.of("directives", 0, "filePath"));
    assertEquals("Unsupported file format for directive x: lib/x.rb.", diagnostic.message());
    assertEquals(
        Optional.of(
            "A custom directive is a .js, .ts or .py file, optionally followed by :exportName."),
        diagnostic.hint());
  }

  @Test
  void missingFileNamesTheAbsolutePath() {
    ResolveResult result =
        fixture.resolve("directives:\n  - {name: x, filePath: 'lib/x.js:run'}\n");
    Diagnostic diagnostic =
        Fixture.only(
            result, Code.DIRECTIVE_FILE_NOT_FOUND, ConfigPath.of("directives", 0, "filePath"));
    assertEquals(
        "Directive x at 'lib/x.js' doesn't exist or is not accessible.", diagnostic.message());
  }

  @Test
  void badDeclarations() {
    ResolveResult notAList = fixture.resolve("directives: {name: x}\n");
    assertEquals(
        "The directives section must be a list of {name, filePath} entries.",
        Fixture.only(notAList, Code.DIRECTIVE_BAD_DECLARATION, ConfigPath.of("directives"))
            .message());
    ResolveResult noPath = fixture.resolve("directives:\n  - {name: x}\n");
    assertEquals(
        "A custom directive needs a string name and a string filePath.",
        Fixture.only(noPath, Code.DIRECTIVE_BAD_DECLARATION, ConfigPath.of("directives", 0))
            .message());
    ResolveResult badName = fixture.resolve("directives:\n  - {name: my-key, filePath: a.js}\n");
    assertEquals(
        "Custom directive name \"my-key\" must be an identifier (letters, digits, _).",
        Fixture.only(
                badName, Code.DIRECTIVE_BAD_DECLARATION, ConfigPath.of("directives", 0, "name"))
            .message());
  }

  @Test
  void customDirectiveNamesAreCaseSensitiveButSuggested() {
    fixture.host.file("/project/a.js", "");
    ResolveResult result =
        fixture.resolve(
            "directives:\n  - {name: getApiKey, filePath: a.js}\nvalue: $GetApiKey()\n");
    Diagnostic diagnostic = Fixture.only(result, Code.DIRECTIVE_UNKNOWN, ConfigPath.of("value"));
    assertEquals(Optional.of("Did you mean '$getApiKey()'?"), diagnostic.hint());
  }

  @Test
  void failureOfTheFunctionIsReportedWithItsFirstLine() {
    fixture.host.file("/project/a.js", "");
    fixture.host.custom =
        (directive, args) -> CustomDirectiveResult.failure("no key for dev\n    at stack line");
    ResolveResult result =
        fixture.resolve("directives:\n  - {name: key, filePath: a.js}\nvalue: $key()\n");
    Diagnostic diagnostic =
        Fixture.only(result, Code.DIRECTIVE_CUSTOM_FAILED, ConfigPath.of("value"));
    assertEquals("Custom directive $key failed: no key for dev", diagnostic.message());
    assertEquals(
        Optional.of("The error comes from function default in /project/a.js."), diagnostic.hint());
  }

  @Test
  void customDirectiveCannotTakeATemplateTimeArgument() {
    fixture.host.file("/project/a.js", "");
    ResolveResult result =
        fixture.resolve(
            "directives:\n  - {name: key, filePath: a.js}\nvalue: $key($Secret('s'))\n");
    assertEquals(
        "Non-runtime directive $key can't depend on the result of template-time directive $Secret.",
        Fixture.only(result, Code.DIRECTIVE_LOCAL_DEPENDS_ON_RUNTIME, ConfigPath.of("value"))
            .message());
    assertEquals(List.of(), fixture.host.customCalls);
  }
}
