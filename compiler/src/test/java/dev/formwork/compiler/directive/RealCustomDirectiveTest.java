package dev.formwork.compiler.directive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Custom directives run for real in node and python3 through {@link RealDirectiveHost}. */
class RealCustomDirectiveTest {

  @TempDir Path project;

  private ResolveResult resolve(String yaml) {
    DirectiveContext context =
        new DirectiveContext(
            "dev",
            "eu-west-1",
            Map.of(),
            project,
            RealDirectiveHost.withDefaults(project, Map.of()));
    return new DirectiveResolver(DirectiveRegistry.builtIns()).resolve(Fixture.yaml(yaml), context);
  }

  private void write(String name, String content) throws IOException {
    Path file = project.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }

  @Test
  void javascriptAndPythonDirectives() throws IOException {
    write(
        "directives/keys.js",
        "module.exports = { apiKey: (stage, n) => { console.log('noise on stdout'); return"
            + " `key-${stage}-${n}`; } };\n");
    write("directives/shape.mjs", "export default async (name) => ({ name, list: [1, 2] });\n");
    write(
        "directives/calc.py",
        "import sys\n\n"
            + "def main(a, b):\n"
            + "    print('noise on stdout')\n"
            + "    return {'sum': a + b, 'next': '$Stage()'}\n");
    ResolveResult result =
        resolve(
            "directives:\n"
                + "  - {name: apiKey, filePath: 'directives/keys.js:apiKey'}\n"
                + "  - {name: shape, filePath: directives/shape.mjs}\n"
                + "  - {name: calc, filePath: directives/calc.py}\n"
                + "a: $apiKey($Stage(), 2)\n"
                + "b: $shape('x').list.1\n"
                + "c: $calc(1, 2)\n");
    assertEquals(List.of(), result.diagnostics());
    assertEquals("\"key-dev-2\"", Fixture.json(Fixture.at(result, "a")));
    assertEquals("2", Fixture.json(Fixture.at(result, "b")));
    // The Python result held a directive string; it is resolved further, as in Stacktape.
    assertEquals("{\"next\":\"dev\",\"sum\":3}", Fixture.json(Fixture.at(result, "c")));
  }

  @Test
  void thrownErrorsBecomeDiagnosticsWithTheirFirstLine() throws IOException {
    write(
        "bad.js",
        "module.exports = { default: () => { throw new Error('no key for dev\\n"
            + "second line'); } };\n");
    write("bad.py", "def main():\n    raise ValueError('bad input')\n");
    write("noexport.py", "x = 1\n");
    ResolveResult result =
        resolve(
            "directives:\n  - {name: js, filePath: bad.js}\n  - {name: py, filePath: bad.py}\n"
                + "  - {name: none, filePath: noexport.py}\n"
                + "a: $js()\nb: $py()\nc: $none()\n");
    assertEquals(3, result.diagnostics().size(), result.diagnostics()::toString);
    Diagnostic js = result.diagnostics().get(0);
    assertEquals(Code.DIRECTIVE_CUSTOM_FAILED, js.code());
    assertEquals(ConfigPath.of("a"), js.path());
    assertEquals("Custom directive $js failed: no key for dev", js.message());
    assertEquals("Custom directive $py failed: bad input", result.diagnostics().get(1).message());
    assertEquals(
        "Custom directive $none failed: "
            + project.resolve("noexport.py")
            + " doesn't export function with name 'main'.",
        result.diagnostics().get(2).message());
  }

  @Test
  void typescriptRunsWhenNodeCanStripTypesAndOtherwiseSaysWhy() throws IOException {
    write("t.ts", "export default (n: number): number => n * 2;\n");
    ResolveResult result =
        resolve("directives:\n  - {name: twice, filePath: t.ts}\nv: $twice(21)\n");
    if (result.diagnostics().isEmpty()) {
      assertEquals("42", Fixture.json(Fixture.at(result, "v")));
    } else {
      Diagnostic diagnostic =
          Fixture.only(result, Code.DIRECTIVE_CUSTOM_FAILED, ConfigPath.of("v"));
      assertTrue(
          diagnostic
              .message()
              .startsWith(
                  "Custom directive $twice failed: TypeScript directives need Node.js 22.6 or"
                      + " newer"),
          diagnostic.message());
    }
  }
}
