package dev.formwork.packager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.formwork.schema.artifact.ArtifactManifest;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project with an npm dependency installed from the registry during setup ({@code is-odd@3.0.1},
 * which depends on {@code is-number}): bundled into one function, kept external and shipped in
 * {@code node_modules} for another ({@code dependenciesToExcludeFromBundle} in the config).
 */
class NpmDependencyTest {

  @TempDir static Path temp;
  static Path project;

  @BeforeAll
  static void installDependency() throws Exception {
    project = temp.resolve("project");
    TestFiles.write(
        project, "package.json", "{\"name\":\"odd\",\"version\":\"1.0.0\",\"private\":true}\n");
    TestFiles.write(
        project,
        "src/check.js",
        "const isOdd = require('is-odd');\n"
            + "exports.handler = async (event) => ({ odd: isOdd(event.n) });\n");
    TestFiles.run(
        project, "npm", "install", "--no-audit", "--no-fund", "--save-exact", "is-odd@3.0.1");
  }

  @Test
  void bundlesTheDependencyOrShipsItFromNodeModulesWhenExternal() throws Exception {
    PackagingPlan plan =
        new PackagingPlan(
            project,
            List.of(
                NodeFunctionBuild.of(
                        "bundled", NodePackagingTest.entryPath("bundled"), Path.of("src/check.js"))
                    .withHandlerExport("handler"),
                NodeFunctionBuild.of(
                        "external",
                        NodePackagingTest.entryPath("external"),
                        Path.of("src/check.js"))
                    .withHandlerExport("handler")
                    .withExternals(List.of("is-odd"))),
            List.of());
    Path out = temp.resolve("out");
    TestFiles.ProcessCounter counter = new TestFiles.ProcessCounter();

    PackagingResult result =
        TestFiles.packager(counter)
            .packageAll(plan, out, temp.resolve("cache"), ProgressListener.SILENT);

    assertEquals(List.of(), result.diagnostics());
    // Two batches, each followed by an ES module probe of its CommonJS bundles' exports.
    assertEquals(4, counter.esbuildStarts.get(), "different externals are different batches");
    ArtifactManifest manifest = result.manifest();
    Path bundled = out.resolve(manifest.find("bundled").orElseThrow().file());
    assertEquals(List.of("index.js", "index.js.map"), TestFiles.entryNames(bundled));
    assertTrue(
        TestFiles.entryText(bundled, "index.js").contains("node_modules/is-number/index.js"));

    Path external = out.resolve(manifest.find("external").orElseThrow().file());
    List<String> names = TestFiles.entryNames(external);
    assertTrue(names.contains("node_modules/is-odd/index.js"), names.toString());
    assertTrue(
        names.contains("node_modules/is-number/index.js"),
        "transitive dependency shipped: " + names);
    assertFalse(TestFiles.entryText(external, "index.js").contains("node_modules/is-number"));

    for (Path zip : List.of(bundled, external)) {
      Path dir = TestFiles.unzip(zip, temp.resolve("run-" + zip.getFileName()));
      assertEquals(
          "{\"odd\":true}",
          TestFiles.run(
              dir,
              "node",
              "-e",
              "require('./index.js').handler({ n: 3 }).then(r =>"
                  + " process.stdout.write(JSON.stringify(r)))"));
    }
  }

  @Test
  void anExternalThatIsNotInstalledIsADiagnostic() throws Exception {
    PackagingPlan plan =
        new PackagingPlan(
            project,
            List.of(
                NodeFunctionBuild.of(
                        "fn", NodePackagingTest.entryPath("fn"), Path.of("src/check.js"))
                    .withExternals(List.of("left-pad"))),
            List.of());

    PackagingResult result =
        TestFiles.packager(new TestFiles.ProcessCounter())
            .packageAll(
                plan, temp.resolve("out-missing"), temp.resolve("cache"), ProgressListener.SILENT);

    Diagnostic error = result.diagnostics().get(0);
    assertEquals(Code.PACKAGING_EXTERNAL_NOT_INSTALLED, error.code());
    assertEquals(
        "Function 'fn' keeps package 'left-pad' out of the bundle, but it is not installed in"
            + " node_modules.",
        error.message());
  }
}
