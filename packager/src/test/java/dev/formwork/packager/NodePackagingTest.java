package dev.formwork.packager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.formwork.schema.artifact.Artifact;
import dev.formwork.schema.artifact.ArtifactKind;
import dev.formwork.schema.artifact.ArtifactManifest;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.diag.Diagnostic;
import dev.formwork.schema.diag.SourceLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real esbuild on small TS projects: shared modules, batching, reproducibility, cache, errors. */
class NodePackagingTest {

  @TempDir Path temp;

  static ConfigPath entryPath(String name) {
    return ConfigPath.of(
        "resources", name, "properties", "packaging", "properties", "entryfilePath");
  }

  static Path sharedModuleProject(Path dir) {
    TestFiles.write(dir, "package.json", "{\"name\":\"shop\",\"version\":\"1.0.0\"}\n");
    TestFiles.write(
        dir,
        "src/shared.ts",
        "export function greet(name: string): string {\n  return `hello ${name}`;\n}\n");
    TestFiles.write(
        dir,
        "src/orders.ts",
        "import { greet } from './shared';\n"
            + "export const handler = async (): Promise<string> => greet('orders');\n");
    TestFiles.write(
        dir,
        "src/users.ts",
        "import { greet } from './shared';\n"
            + "export default async function (): Promise<string> {\n"
            + "  return greet('users');\n"
            + "}\n");
    return dir;
  }

  static PackagingPlan plan(Path dir) {
    return new PackagingPlan(
        dir,
        List.of(
            NodeFunctionBuild.of("orders", entryPath("orders"), Path.of("src/orders.ts"))
                .withHandlerExport("handler"),
            NodeFunctionBuild.of("users", entryPath("users"), Path.of("src/users.ts"))),
        List.of());
  }

  @Test
  void bundlesFunctionsWithASharedModuleInOneEsbuildProcess() throws Exception {
    Path project = sharedModuleProject(temp.resolve("project"));
    Path out = temp.resolve("out");
    TestFiles.ProcessCounter counter = new TestFiles.ProcessCounter();

    PackagingResult result =
        TestFiles.packager(counter)
            .packageAll(plan(project), out, temp.resolve("cache"), ProgressListener.SILENT);

    assertEquals(List.of(), result.diagnostics());
    // One process bundles both; a CommonJS batch is followed by one ES module probe of its
    // exports (esbuild lists exports for ESM output only).
    assertEquals(
        2,
        counter.esbuildStarts.get(),
        "two functions, one bundling process and one probe: " + counter.commands);
    ArtifactManifest manifest = ArtifactManifest.read(out.resolve("manifest.json"));
    assertEquals(result.manifest(), manifest);
    Artifact orders = manifest.find("orders").orElseThrow();
    assertEquals(ArtifactKind.FUNCTION, orders.kind());
    assertEquals("artifacts/" + orders.sha256() + ".zip", orders.s3Key());
    Path zip = out.resolve(orders.file());
    assertEquals(orders.sha256(), Digests.ofFile(zip));
    assertEquals(Files.size(zip), orders.zippedBytes());
    assertEquals(List.of("index.js", "index.js.map"), TestFiles.entryNames(zip));
    String map = TestFiles.entryText(zip, "index.js.map");
    assertTrue(map.contains("\"src/orders.ts\"") && map.contains("\"src/shared.ts\""), map);

    Path ordersDir = TestFiles.unzip(zip, temp.resolve("run-orders"));
    assertEquals(
        "hello orders",
        TestFiles.run(
            ordersDir,
            "node",
            "-e",
            "require('./index.js').handler().then(r => process.stdout.write(r))"));
    Path usersDir =
        TestFiles.unzip(
            out.resolve(manifest.find("users").orElseThrow().file()), temp.resolve("run-users"));
    assertEquals(
        "hello users",
        TestFiles.run(
            usersDir,
            "node",
            "-e",
            "require('./index.js').default().then(r => process.stdout.write(r))"));
  }

  @Test
  void samesourcesInDifferentFoldersGiveIdenticalZips() throws Exception {
    Path first = sharedModuleProject(temp.resolve("a/deeper/project"));
    Path second = sharedModuleProject(temp.resolve("b/project"));
    Packager packager = TestFiles.packager(new TestFiles.ProcessCounter());

    ArtifactManifest one =
        packager
            .packageAll(
                plan(first), temp.resolve("out1"), temp.resolve("cache1"), ProgressListener.SILENT)
            .manifest();
    ArtifactManifest two =
        packager
            .packageAll(
                plan(second), temp.resolve("out2"), temp.resolve("cache2"), ProgressListener.SILENT)
            .manifest();

    assertEquals(2, one.artifacts().size());
    assertEquals(one, two);
    assertEquals(
        Files.readString(temp.resolve("out1/manifest.json")),
        Files.readString(temp.resolve("out2/manifest.json")));
  }

  @Test
  void anUnchangedProjectIsPackagedFromCacheWithoutStartingEsbuild() throws Exception {
    Path project = sharedModuleProject(temp.resolve("project"));
    Path cache = temp.resolve("cache");
    TestFiles.ProcessCounter counter = new TestFiles.ProcessCounter();
    Packager packager = TestFiles.packager(counter);
    RecordingProgress progress = new RecordingProgress();

    ArtifactManifest cold =
        packager.packageAll(plan(project), temp.resolve("out1"), cache, progress).manifest();
    assertEquals(2, counter.esbuildStarts.get(), "one bundle and one exports probe");
    ArtifactManifest warm =
        packager.packageAll(plan(project), temp.resolve("out2"), cache, progress).manifest();

    assertEquals(
        2, counter.esbuildStarts.get(), "the cached run started esbuild: " + counter.commands);
    assertEquals(cold, warm);
    assertTrue(
        Files.isRegularFile(
            temp.resolve("out2").resolve(warm.find("orders").orElseThrow().file())));
    assertEquals(
        List.of("orders BUILT", "users BUILT", "orders CACHED", "users CACHED"), progress.finished);

    // A change to the shared module, which only the metafile links to the functions, rebuilds both.
    TestFiles.write(
        project,
        "src/shared.ts",
        "export function greet(name: string): string {\n  return `hi ${name}`;\n}\n");
    ArtifactManifest changed =
        packager.packageAll(plan(project), temp.resolve("out3"), cache, progress).manifest();
    assertEquals(4, counter.esbuildStarts.get());
    assertFalse(
        changed
            .find("orders")
            .orElseThrow()
            .sha256()
            .equals(cold.find("orders").orElseThrow().sha256()));
  }

  @Test
  void aSyntaxErrorShowsEsbuildsMessageWithFileAndLineForThatFunctionOnly() throws Exception {
    Path project = sharedModuleProject(temp.resolve("project"));
    TestFiles.write(
        project, "src/broken.ts", "export const handler = async () => {\n  const total = ;\n};\n");
    PackagingPlan plan =
        new PackagingPlan(
            project,
            List.of(
                NodeFunctionBuild.of("orders", entryPath("orders"), Path.of("src/orders.ts"))
                    .withHandlerExport("handler"),
                NodeFunctionBuild.of("broken", entryPath("broken"), Path.of("src/broken.ts"))
                    .withHandlerExport("handler")),
            List.of());
    Path out = temp.resolve("out");

    PackagingResult result =
        TestFiles.packager(new TestFiles.ProcessCounter())
            .packageAll(plan, out, temp.resolve("cache"), ProgressListener.SILENT);

    assertTrue(result.hasErrors());
    assertEquals(1, result.diagnostics().size(), result.diagnostics().toString());
    Diagnostic error = result.diagnostics().get(0);
    assertEquals(Code.PACKAGING_ESBUILD_FAILED, error.code());
    assertEquals(entryPath("broken"), error.path());
    assertEquals("esbuild could not bundle function 'broken': Unexpected \";\".", error.message());
    // Placed at the TypeScript file, so the renderer shows that line, not the config's.
    assertEquals(new SourceLocation("src/broken.ts", 2, 17), error.location());
    assertFalse(Files.exists(out), "nothing is written when there are errors");
  }

  @Test
  void aMissingEntryFileIsADiagnosticOnEntryfilePath() throws Exception {
    Path project = sharedModuleProject(temp.resolve("project"));
    PackagingPlan plan =
        new PackagingPlan(
            project,
            List.of(NodeFunctionBuild.of("ghost", entryPath("ghost"), Path.of("src/ghost.ts"))),
            List.of());
    TestFiles.ProcessCounter counter = new TestFiles.ProcessCounter();

    PackagingResult result =
        TestFiles.packager(counter)
            .packageAll(plan, temp.resolve("out"), temp.resolve("cache"), ProgressListener.SILENT);

    assertEquals(1, result.diagnostics().size());
    Diagnostic error = result.diagnostics().get(0);
    assertEquals(Code.PACKAGING_ENTRY_MISSING, error.code());
    assertEquals(entryPath("ghost"), error.path());
    assertEquals("Function 'ghost': the entry file src/ghost.ts does not exist.", error.message());
    assertEquals(0, counter.esbuildStarts.get());
  }

  @Test
  void esmBundlesUseMjsAndCheckTheHandlerExport() throws Exception {
    Path project = sharedModuleProject(temp.resolve("project"));
    PackagingPlan good =
        new PackagingPlan(
            project,
            List.of(
                NodeFunctionBuild.of("orders", entryPath("orders"), Path.of("src/orders.ts"))
                    .withHandlerExport("handler")
                    .withFormat(ModuleFormat.ESM)
                    .withMinify(true)
                    .withSourceMaps(false)),
            List.of());
    Packager packager = TestFiles.packager(new TestFiles.ProcessCounter());

    PackagingResult built =
        packager.packageAll(
            good, temp.resolve("out"), temp.resolve("cache"), ProgressListener.SILENT);

    assertEquals(List.of(), built.diagnostics());
    Path zip = temp.resolve("out").resolve(built.manifest().find("orders").orElseThrow().file());
    assertEquals(List.of("index.mjs"), TestFiles.entryNames(zip));
    Path dir = TestFiles.unzip(zip, temp.resolve("run"));
    assertEquals(
        "hello orders",
        TestFiles.run(
            dir,
            "node",
            "--input-type=module",
            "-e",
            "import { handler } from './index.mjs'; process.stdout.write(await handler());"));

    PackagingPlan wrongExport =
        new PackagingPlan(
            project,
            List.of(
                NodeFunctionBuild.of("orders", entryPath("orders"), Path.of("src/orders.ts"))
                    .withHandlerExport("main")
                    .withFormat(ModuleFormat.ESM)),
            List.of());
    PackagingResult failed =
        packager.packageAll(
            wrongExport, temp.resolve("out2"), temp.resolve("cache"), ProgressListener.SILENT);
    assertEquals(1, failed.diagnostics().size());
    assertEquals(Code.PACKAGING_HANDLER_NOT_EXPORTED, failed.diagnostics().get(0).code());
    assertEquals("Its exports are: handler.", failed.diagnostics().get(0).hint().orElseThrow());
  }

  @Test
  void includeFilesAddsMatchingFilesAndExcludeFilesKeepsSomeOut() throws Exception {
    Path project = sharedModuleProject(temp.resolve("project"));
    TestFiles.write(project, "assets/prices.json", "{}");
    TestFiles.write(project, "assets/local.json", "{}");
    TestFiles.write(project, "assets/readme.md", "x");
    PackagingPlan plan =
        new PackagingPlan(
            project,
            List.of(
                NodeFunctionBuild.of("orders", entryPath("orders"), Path.of("src/orders.ts"))
                    .withHandlerExport("handler")
                    .withSourceMaps(false)
                    .withIncludeFiles(List.of("assets/*.json"))
                    .withExcludeFiles(List.of("assets/local.json"))),
            List.of());

    PackagingResult result =
        TestFiles.packager(new TestFiles.ProcessCounter())
            .packageAll(plan, temp.resolve("out"), temp.resolve("cache"), ProgressListener.SILENT);

    assertEquals(List.of(), result.diagnostics());
    assertEquals(
        List.of("assets/prices.json", "index.js"),
        TestFiles.entryNames(
            temp.resolve("out").resolve(result.manifest().find("orders").orElseThrow().file())));
  }

  /** Records finished events as "name OUTCOME". */
  static final class RecordingProgress implements ProgressListener {
    final List<String> finished = new java.util.ArrayList<>();

    @Override
    public void started(String resourceName, ArtifactKind kind) {}

    @Override
    public void finished(
        String resourceName, ArtifactKind kind, Outcome outcome, long zippedBytes) {
      finished.add(resourceName + " " + outcome);
    }
  }
}
