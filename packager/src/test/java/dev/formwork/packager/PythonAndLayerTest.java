package dev.formwork.packager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.formwork.schema.artifact.Artifact;
import dev.formwork.schema.artifact.ArtifactKind;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Python function whose requirement (six==1.17.0, a pure wheel from PyPI) is vendored by pip, and
 * layers.
 */
class PythonAndLayerTest {

  @TempDir Path temp;

  @Test
  void vendorsRequirementsForLambdasPlatformAndBuildsLayers() throws Exception {
    Path project = temp.resolve("project");
    TestFiles.write(
        project,
        "py/app.py",
        "import six\n\ndef handler(event, context):\n    return six.text_type('ok')\n");
    TestFiles.write(project, "py/requirements.txt", "six==1.17.0\n");
    TestFiles.write(project, "py/__pycache__/app.cpython-311.pyc", "stale bytecode");
    TestFiles.write(project, "layers/shared/util.py", "VALUE = 42\n");
    TestFiles.write(project, "layers/js/helpers.js", "module.exports = 1;\n");
    PackagingPlan plan =
        new PackagingPlan(
            project,
            List.of(
                new PythonFunctionBuild(
                    "worker",
                    ConfigPath.of("resources", "worker", "entryfilePath"),
                    Path.of("py/app.py"),
                    PythonFunctionBuild.DEFAULT_HANDLER,
                    Optional.of(Path.of("py/requirements.txt")),
                    Optional.empty(),
                    "python3.13",
                    Architecture.ARM64,
                    List.of(),
                    List.of(),
                    List.of("pyShared", "arn:aws:lambda:eu-west-1:123456789012:layer:other:3"))),
            List.of(
                new LayerBuild(
                    "pyShared",
                    ConfigPath.of("resources", "pyShared", "folder"),
                    Path.of("layers/shared"),
                    RuntimeFamily.PYTHON,
                    List.of("python3.13"),
                    List.of(Architecture.ARM64)),
                new LayerBuild(
                    "jsHelpers",
                    ConfigPath.of("resources", "jsHelpers", "folder"),
                    Path.of("layers/js"),
                    RuntimeFamily.NODEJS,
                    List.of("nodejs24.x"),
                    List.of(Architecture.X86_64, Architecture.ARM64))));
    Path out = temp.resolve("out");
    TestFiles.ProcessCounter counter = new TestFiles.ProcessCounter();
    Packager packager = TestFiles.packager(counter);

    PackagingResult result =
        packager.packageAll(plan, out, temp.resolve("cache"), ProgressListener.SILENT);

    assertEquals(List.of(), result.diagnostics());
    assertEquals(1, counter.pipStarts.get());
    String pip = String.join(" ", counter.commands.get(0));
    assertTrue(
        pip.contains("--platform manylinux2014_aarch64") && pip.contains("--python-version 3.13"),
        pip);
    Artifact worker = result.manifest().find("worker").orElseThrow();
    List<String> names = TestFiles.entryNames(out.resolve(worker.file()));
    assertTrue(
        names.contains("app.py") && names.contains("requirements.txt") && names.contains("six.py"),
        names.toString());
    assertTrue(
        names.stream().noneMatch(name -> name.contains("__pycache__") || name.endsWith(".pyc")),
        names.toString());

    Artifact pyLayer = result.manifest().find("pyShared").orElseThrow();
    assertEquals(ArtifactKind.LAYER, pyLayer.kind());
    assertEquals(List.of("python/util.py"), TestFiles.entryNames(out.resolve(pyLayer.file())));
    assertEquals(
        List.of("nodejs/helpers.js"),
        TestFiles.entryNames(
            out.resolve(result.manifest().find("jsHelpers").orElseThrow().file())));

    PackagingResult again =
        packager.packageAll(
            plan, temp.resolve("out2"), temp.resolve("cache"), ProgressListener.SILENT);
    assertEquals(result.manifest(), again.manifest());
    assertEquals(1, counter.pipStarts.get(), "an unchanged Python function is not re-vendored");
  }

  @Test
  void anUnknownLayerNameIsADiagnostic() throws Exception {
    Path project = temp.resolve("project");
    TestFiles.write(project, "py/app.py", "def handler(event, context):\n    return 1\n");
    PackagingPlan plan =
        new PackagingPlan(
            project,
            List.of(
                new PythonFunctionBuild(
                    "worker",
                    ConfigPath.of("resources", "worker", "entryfilePath"),
                    Path.of("py/app.py"),
                    PythonFunctionBuild.DEFAULT_HANDLER,
                    Optional.empty(),
                    Optional.empty(),
                    "python3.12",
                    Architecture.X86_64,
                    List.of(),
                    List.of(),
                    List.of("pyShard"))),
            List.of(
                new LayerBuild(
                    "pyShared",
                    ConfigPath.of("resources", "pyShared", "folder"),
                    Path.of("py"),
                    RuntimeFamily.PYTHON,
                    List.of("python3.12"),
                    List.of(Architecture.X86_64))));

    PackagingResult result =
        TestFiles.packager(new TestFiles.ProcessCounter())
            .packageAll(plan, temp.resolve("out"), temp.resolve("cache"), ProgressListener.SILENT);

    assertEquals(1, result.diagnostics().size(), result.diagnostics().toString());
    assertEquals(Code.PACKAGING_UNKNOWN_LAYER, result.diagnostics().get(0).code());
    assertEquals(
        "Layers defined here: pyShared.", result.diagnostics().get(0).hint().orElseThrow());
  }
}
