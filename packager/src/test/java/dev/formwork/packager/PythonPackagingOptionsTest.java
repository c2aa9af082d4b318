package dev.formwork.packager;

import static org.assertj.core.api.Assertions.assertThat;

import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.diag.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What goes into a Python function's zip: includeFiles and excludeFiles as for JS/TS, never a .env
 * file, VCS data, caches, a virtualenv or the config unless a pattern names them; the handler
 * checked before building; and dependencies declared in a Pipfile.lock vendored by pip (six 1.17.0,
 * a pure wheel from PyPI). uv and Poetry are not installed here: for them the choice of tool and
 * lock file and the export command are tested in {@link PythonDependenciesTest}, and a missing tool
 * here.
 */
class PythonPackagingOptionsTest {

  @TempDir Path temp;

  private static PythonFunctionBuild function(Path entry) {
    return PythonFunctionBuild.of(
        "worker",
        ConfigPath.of(
            "resources", "worker", "properties", "packaging", "properties", "entryfilePath"),
        entry,
        "python3.13",
        Architecture.X86_64);
  }

  private static PythonFunctionBuild with(
      PythonFunctionBuild base, List<String> include, List<String> exclude) {
    return new PythonFunctionBuild(
        base.resourceName(),
        base.entryfilePath(),
        base.entryFile(),
        base.handlerFunction(),
        base.dependencyFile(),
        base.tool(),
        base.runtime(),
        base.architecture(),
        include,
        exclude,
        base.layers());
  }

  @Test
  void secretsCachesVirtualenvsAndTheConfigStayOutUnlessNamed() throws Exception {
    Path project = temp.resolve("project");
    TestFiles.write(project, "formwork.yml", "resources: {}\n");
    TestFiles.write(project, ".env", "SECRET=1\n");
    TestFiles.write(project, ".env.production", "MODE=production\n");
    TestFiles.write(project, "app.py", "def handler(event, context):\n    return 1\n");
    TestFiles.write(project, "README.md", "notes\n");
    TestFiles.write(project, "data/prices.json", "{}\n");
    TestFiles.write(project, ".env.local", "TOKEN=2\n");
    TestFiles.write(project, ".git/config", "[core]\n");
    TestFiles.write(project, "__pycache__/app.cpython-313.pyc", "bytecode");
    TestFiles.write(project, "env/pyvenv.cfg", "home = /usr/bin\n");
    TestFiles.write(project, "env/lib/site.py", "x = 1\n");
    TestFiles.write(project, ".formwork/cache/entry.json", "{}\n");
    PythonFunctionBuild worker =
        with(function(Path.of("app.py")), List.of(".env.production", "**/*.json"), List.of("*.md"));

    PackagingResult result =
        TestFiles.packager(new TestFiles.ProcessCounter())
            .packageAll(
                new PackagingPlan(project, List.of(worker), List.of()),
                temp.resolve("out"),
                temp.resolve("cache"),
                ProgressListener.SILENT);

    assertThat(result.diagnostics()).isEmpty();
    Path zip = temp.resolve("out").resolve(result.manifest().find("worker").orElseThrow().file());
    // .env.production is named by includeFiles; .env and .env.local are not, so they stay out.
    assertThat(TestFiles.entryNames(zip))
        .containsExactly(".env.production", "app.py", "data/prices.json");
  }

  @Test
  void aHandlerTheModuleDoesNotDefineIsFoundBeforeBuilding() throws Exception {
    Path project = temp.resolve("project");
    TestFiles.write(
        project,
        "app.py",
        "import json\n\n"
            + "def handle(event, context):\n"
            + "    return json.dumps(event)\n\n"
            + "class Helper:\n"
            + "    def handler(self):\n"
            + "        return 1\n");
    TestFiles.ProcessCounter counter = new TestFiles.ProcessCounter();

    PackagingResult result =
        TestFiles.packager(counter)
            .packageAll(
                new PackagingPlan(project, List.of(function(Path.of("app.py"))), List.of()),
                temp.resolve("out"),
                temp.resolve("cache"),
                ProgressListener.SILENT);

    assertThat(result.diagnostics()).hasSize(1);
    Diagnostic error = result.diagnostics().get(0);
    assertThat(error.code()).isEqualTo(Code.PACKAGING_HANDLER_NOT_EXPORTED);
    assertThat(error.message())
        .isEqualTo(
            "Function 'worker': app.py defines no top-level 'handler', so Lambda could not call"
                + " it.");
    assertThat(error.hint())
        .contains("Did you mean 'handle'? Its top-level names: Helper, handle.");
    assertThat(counter.commands).isEmpty();
  }

  @Test
  void aPipfileLockIsVendoredByPipWithoutPipenv() throws Exception {
    Path project = temp.resolve("project");
    TestFiles.write(
        project, "svc/app.py", "import six\n\ndef handler(event, context):\n    return 1\n");
    TestFiles.write(project, "Pipfile", "[packages]\nsix = \"==1.17.0\"\n");
    TestFiles.write(
        project,
        "Pipfile.lock",
        "{\"_meta\": {}, \"default\": {\"six\": {\"version\": \"==1.17.0\", \"markers\":"
            + " \"python_version >= '2.7'\"}}, \"develop\": {\"pytest\": {\"version\":"
            + " \"==8.0.0\"}}}\n");
    TestFiles.ProcessCounter counter = new TestFiles.ProcessCounter();

    PackagingResult result =
        TestFiles.packager(counter)
            .packageAll(
                new PackagingPlan(project, List.of(function(Path.of("svc/app.py"))), List.of()),
                temp.resolve("out"),
                temp.resolve("cache"),
                ProgressListener.SILENT);

    assertThat(result.diagnostics()).isEmpty();
    assertThat(counter.pipStarts.get()).isEqualTo(1);
    List<String> names =
        TestFiles.entryNames(
            temp.resolve("out").resolve(result.manifest().find("worker").orElseThrow().file()));
    assertThat(names).contains("app.py", "six.py").noneMatch(name -> name.startsWith("pytest"));
  }

  @Test
  void aUvProjectWithoutUvOnThePathIsADiagnostic() throws Exception {
    Path project = temp.resolve("project");
    TestFiles.write(project, "app.py", "def handler(event, context):\n    return 1\n");
    TestFiles.write(project, "pyproject.toml", "[project]\nname = \"svc\"\n");
    TestFiles.write(project, "uv.lock", "version = 1\n");
    TestFiles.ProcessCounter counter = new TestFiles.ProcessCounter();

    PackagingResult result =
        TestFiles.packager(counter)
            .withToolchains(new Toolchains(Map.of("PATH", temp.resolve("empty").toString())))
            .packageAll(
                new PackagingPlan(project, List.of(function(Path.of("app.py"))), List.of()),
                temp.resolve("out"),
                temp.resolve("cache"),
                ProgressListener.SILENT);

    assertThat(result.diagnostics()).hasSize(1);
    assertThat(result.diagnostics().get(0).code()).isEqualTo(Code.PACKAGING_TOOLCHAIN_MISSING);
    assertThat(result.diagnostics().get(0).message())
        .isEqualTo(
            "Function 'worker' declares its dependencies in pyproject.toml for uv, but there is no"
                + " `uv` on PATH to export them.");
    assertThat(counter.commands).isEmpty();
  }

  @Test
  void moduleLevelNamesAreDefinitionsAssignmentsAndImports() {
    assertThat(
            PythonModuleNames.of(
                "from app.handlers import (create, update as handler)\n"
                    + "import lib.entry as entry\n"
                    + "async def main(event, context):\n"
                    + "    inner = 1\n"
                    + "typed: Handler = make()\n"
                    + "if x == 1:\n"
                    + "    hidden = 2\n"
                    + "@decorated\n"
                    + "def wrapped():\n"
                    + "    pass\n"))
        .containsExactlyInAnyOrder("main", "wrapped", "typed", "entry", "create", "handler");
  }
}
