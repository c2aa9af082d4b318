package dev.formwork.packager;

import static org.assertj.core.api.Assertions.assertThat;

import dev.formwork.schema.diag.ConfigPath;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which file declares a Python function's dependencies and which tool reads it, from {@code
 * packageManagerFile}, {@code packageManager} and the files found beside and above the entry file;
 * and the commands that export a uv or Poetry lock (not run here: neither tool is installed on the
 * build machine, and pip, which installs the exported requirements, is tested for real).
 */
class PythonDependenciesTest {

  @TempDir Path project;

  private PythonFunctionBuild function(Optional<String> file, Optional<PythonTool> tool) {
    return new PythonFunctionBuild(
        "worker",
        ConfigPath.of("resources", "worker"),
        Path.of("svc/app.py"),
        PythonFunctionBuild.DEFAULT_HANDLER,
        file.map(Path::of),
        tool,
        "python3.13",
        Architecture.X86_64,
        List.of(),
        List.of(),
        List.of());
  }

  private PythonDependencies.Found find(Optional<String> file, Optional<PythonTool> tool)
      throws IOException {
    return PythonDependencies.find(project, function(file, tool));
  }

  private PythonDependencies found(Optional<String> file, Optional<PythonTool> tool)
      throws IOException {
    PythonDependencies.Found found = find(file, tool);
    assertThat(found.problem()).isEmpty();
    return found.dependencies().orElseThrow();
  }

  @Test
  void requirementsBesideTheEntryFileComeFirst() throws IOException {
    TestFiles.write(project, "svc/app.py", "def handler(e, c): pass\n");
    TestFiles.write(project, "svc/requirements.txt", "six\n");
    TestFiles.write(project, "pyproject.toml", "[project]\n");
    TestFiles.write(project, "uv.lock", "");
    assertThat(found(Optional.empty(), Optional.empty()))
        .isEqualTo(new PythonDependencies.Requirements(project.resolve("svc/requirements.txt")));
  }

  @Test
  void aPyprojectAboveIsUvOrPoetryByItsLockFile() throws IOException {
    TestFiles.write(project, "svc/app.py", "def handler(e, c): pass\n");
    TestFiles.write(project, "pyproject.toml", "[project]\n");
    // Without a lock file a pyproject.toml often only configures tools: nothing to vendor.
    assertThat(found(Optional.empty(), Optional.empty())).isEqualTo(new PythonDependencies.None());
    TestFiles.write(project, "poetry.lock", "");
    assertThat(found(Optional.empty(), Optional.empty()))
        .isEqualTo(new PythonDependencies.PoetryProject(project));
    TestFiles.write(project, "uv.lock", "");
    assertThat(found(Optional.empty(), Optional.empty()))
        .isEqualTo(new PythonDependencies.UvProject(project));
    assertThat(found(Optional.empty(), Optional.of(PythonTool.POETRY)))
        .isEqualTo(new PythonDependencies.PoetryProject(project));
  }

  @Test
  void aNamedPyprojectWithoutItsLockIsAProblem() throws IOException {
    TestFiles.write(project, "svc/app.py", "def handler(e, c): pass\n");
    TestFiles.write(project, "svc/pyproject.toml", "[tool.poetry]\nname = \"svc\"\n");
    PythonDependencies.Found found = find(Optional.of("svc/pyproject.toml"), Optional.empty());
    assertThat(found.dependencies()).isEmpty();
    assertThat(found.problem())
        .isEqualTo(
            project.resolve("svc/pyproject.toml")
                + " has no poetry.lock beside it, so the versions to vendor are not pinned.");
    assertThat(found.hint()).isEqualTo("Run `poetry lock` and commit poetry.lock.");

    TestFiles.write(project, "other/pyproject.toml", "[project]\nname = \"other\"\n");
    assertThat(find(Optional.of("other/pyproject.toml"), Optional.empty()).problem())
        .isEqualTo("formwork cannot tell whether uv or Poetry manages other/pyproject.toml.");
  }

  @Test
  void aPipfileNeedsItsLockAndAToolNeedsItsFile() throws IOException {
    TestFiles.write(project, "svc/app.py", "def handler(e, c): pass\n");
    TestFiles.write(project, "Pipfile", "[packages]\n");
    assertThat(find(Optional.empty(), Optional.empty()).hint())
        .isEqualTo("Run `pipenv lock` and commit Pipfile.lock.");
    TestFiles.write(project, "Pipfile.lock", "{}");
    assertThat(found(Optional.empty(), Optional.of(PythonTool.PIPENV)))
        .isEqualTo(new PythonDependencies.PipfileLock(project.resolve("Pipfile.lock")));
    assertThat(find(Optional.empty(), Optional.of(PythonTool.PIP)).problem())
        .isEqualTo(
            "packageManager is pip, but there is no requirements.txt beside the entry file.");
    assertThat(find(Optional.of("missing.txt"), Optional.empty()).problem())
        .isEqualTo("the package manager file missing.txt does not exist.");
  }

  @Test
  void uvAndPoetryExportTheirLocksWithoutDevelopmentDependencies() {
    Path out = Path.of("/tmp/requirements.txt");
    assertThat(
            PythonDependencies.exportCommand(new PythonDependencies.UvProject(project), "uv", out))
        .containsExactly(
            "uv",
            "export",
            "--frozen",
            "--no-dev",
            "--no-emit-project",
            "--no-hashes",
            "--format",
            "requirements-txt",
            "--output-file",
            "/tmp/requirements.txt");
    assertThat(
            PythonDependencies.exportCommand(
                new PythonDependencies.PoetryProject(project), "poetry", out))
        .containsExactly(
            "poetry",
            "export",
            "--format",
            "requirements.txt",
            "--without-hashes",
            "--only",
            "main",
            "--output",
            "/tmp/requirements.txt");
  }

  @Test
  void pipfileLockEntriesBecomeRequirementLines() {
    assertThat(
            PipfileLockReader.read(
                    "{\"default\": {\"six\": {\"version\": \"==1.17.0\"}, \"attrs\": {\"version\":"
                        + " \"==23.1.0\", \"markers\": \"python_version >= '3.7'\"}}}")
                .requirements())
        .containsExactly("attrs==23.1.0 ; python_version >= '3.7'", "six==1.17.0");
    assertThat(
            PipfileLockReader.read("{\"default\": {\"lib\": {\"git\": \"https://x/lib.git\"}}}")
                .problem())
        .isEqualTo(
            "'lib' is a git dependency, which formwork cannot vendor for Lambda's platform;"
                + " publish it as a package or vendor it yourself.");
  }
}
