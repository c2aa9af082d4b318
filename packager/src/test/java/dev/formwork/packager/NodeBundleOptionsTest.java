package dev.formwork.packager;

import static org.assertj.core.api.Assertions.assertThat;

import dev.formwork.schema.artifact.Artifact;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.diag.Diagnostic;
import dev.formwork.schema.diag.SourceLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JS/TS options that decide how a bundle is built: the runtime's Node.js version ({@code
 * nodeVersion}) as esbuild's target, ES modules from Node.js 24 on unless {@code
 * outputModuleFormat} says otherwise (top-level await works only there), source maps written to
 * {@code outputSourceMapsTo} instead of the zip, and a misspelt {@code handlerFunction} caught in
 * CommonJS bundles too.
 */
class NodeBundleOptionsTest {

  @TempDir Path temp;

  private static ConfigPath entry(String name) {
    return ConfigPath.of(
        "resources", name, "properties", "packaging", "properties", "entryfilePath");
  }

  private Path project() {
    Path project = temp.resolve("project");
    TestFiles.write(
        project,
        "src/config.ts",
        "const loaded = await Promise.resolve({ greeting: 'hello' });\n"
            + "export const handler = async () => loaded.greeting;\n");
    TestFiles.write(
        project, "src/plain.ts", "export const handler = async (): Promise<string> => 'plain';\n");
    return project;
  }

  @Test
  void esmIsTheDefaultFromNode24AndTheRuntimePicksTheTarget() {
    assertThat(ModuleFormat.defaultFor("nodejs24.x")).isEqualTo(ModuleFormat.ESM);
    assertThat(ModuleFormat.defaultFor("nodejs22.x")).isEqualTo(ModuleFormat.CJS);
    assertThat(ModuleFormat.defaultFor("nodejs20.x")).isEqualTo(ModuleFormat.CJS);
    assertThat(
            NodeFunctionBuild.of("a", entry("a"), Path.of("a.ts"))
                .withRuntime("nodejs22.x")
                .esbuildTarget())
        .isEqualTo("node22");
  }

  @Test
  void topLevelAwaitBundlesAsAnEsModuleAndFailsAsCommonJs() throws Exception {
    Path project = project();
    TestFiles.ProcessCounter counter = new TestFiles.ProcessCounter();
    NodeFunctionBuild esm =
        NodeFunctionBuild.of("config", entry("config"), Path.of("src/config.ts"))
            .withHandlerExport("handler")
            .withFormat(ModuleFormat.ESM);
    PackagingResult built =
        TestFiles.packager(counter)
            .packageAll(
                new PackagingPlan(project, List.of(esm), List.of()),
                temp.resolve("out"),
                temp.resolve("cache"),
                ProgressListener.SILENT);
    assertThat(built.diagnostics()).isEmpty();
    assertThat(String.join(" ", counter.commands.get(0)))
        .contains("--format=esm")
        .contains("--target=node24")
        .contains("--banner:js=import { createRequire as __formworkCreateRequire }");
    Artifact artifact = built.manifest().find("config").orElseThrow();
    Path unzipped =
        TestFiles.unzip(temp.resolve("out").resolve(artifact.file()), temp.resolve("unzipped"));
    assertThat(
            TestFiles.run(
                    unzipped,
                    "node",
                    "--input-type=module",
                    "-e",
                    "console.log(await (await import('./index.mjs')).handler());")
                .strip())
        .isEqualTo("hello");

    PackagingResult commonJs =
        TestFiles.packager(new TestFiles.ProcessCounter())
            .packageAll(
                new PackagingPlan(
                    project,
                    List.of(esm.withFormat(ModuleFormat.CJS).withRuntime("nodejs22.x")),
                    List.of()),
                temp.resolve("out2"),
                temp.resolve("cache"),
                ProgressListener.SILENT);
    assertThat(commonJs.diagnostics()).hasSize(1);
    Diagnostic error = commonJs.diagnostics().get(0);
    assertThat(error.code()).isEqualTo(Code.PACKAGING_ESBUILD_FAILED);
    assertThat(error.message())
        .startsWith("esbuild could not bundle function 'config': Top-level await is currently not");
    assertThat(error.location()).isEqualTo(new SourceLocation("src/config.ts", 1, 16));
  }

  @Test
  void sourceMapsGoToTheFolderInsteadOfTheZipAndComeBackFromTheCache() throws Exception {
    Path project = project();
    NodeFunctionBuild function =
        NodeFunctionBuild.of("plain", entry("plain"), Path.of("src/plain.ts"))
            .withHandlerExport("handler")
            .withSourceMapsTo(Path.of("build/maps"));
    PackagingPlan plan = new PackagingPlan(project, List.of(function), List.of());
    TestFiles.ProcessCounter counter = new TestFiles.ProcessCounter();
    Packager packager = TestFiles.packager(counter);

    PackagingResult result =
        packager.packageAll(
            plan, temp.resolve("out"), temp.resolve("cache"), ProgressListener.SILENT);

    assertThat(result.diagnostics()).isEmpty();
    Path zip = temp.resolve("out").resolve(result.manifest().find("plain").orElseThrow().file());
    assertThat(TestFiles.entryNames(zip)).containsExactly("index.js");
    Path map = project.resolve("build/maps/plain/index.js.map");
    String written = Files.readString(map);
    assertThat(written).contains("\"sources\"").contains("src/plain.ts");

    // A cached build writes the same map again; nothing is bundled.
    Files.delete(map);
    int started = counter.commands.size();
    PackagingResult cached =
        packager.packageAll(
            plan, temp.resolve("out2"), temp.resolve("cache"), ProgressListener.SILENT);
    assertThat(cached.manifest()).isEqualTo(result.manifest());
    assertThat(counter.commands).hasSize(started);
    assertThat(Files.readString(map)).isEqualTo(written);
  }

  @Test
  void aMisspeltHandlerIsFoundInCommonJsBundlesToo() throws Exception {
    Path project = project();
    PackagingResult result =
        TestFiles.packager(new TestFiles.ProcessCounter())
            .packageAll(
                new PackagingPlan(
                    project,
                    List.of(
                        NodeFunctionBuild.of("plain", entry("plain"), Path.of("src/plain.ts"))
                            .withHandlerExport("handlr")),
                    List.of()),
                temp.resolve("out"),
                temp.resolve("cache"),
                ProgressListener.SILENT);

    assertThat(result.diagnostics()).hasSize(1);
    Diagnostic error = result.diagnostics().get(0);
    assertThat(error.code()).isEqualTo(Code.PACKAGING_HANDLER_NOT_EXPORTED);
    assertThat(error.message())
        .isEqualTo(
            "Function 'plain': src/plain.ts does not export 'handlr', so Lambda could not call"
                + " index.handlr.");
    assertThat(error.hint()).contains("Did you mean 'handler'? Its exports are: handler.");
    assertThat(temp.resolve("out")).doesNotExist();
  }

  @Test
  void anAwsSdkPackageThatIsNotInstalledGetsAHint() throws Exception {
    Path project = project();
    TestFiles.write(
        project,
        "src/sdk.ts",
        "import { S3Client } from '@aws-sdk/client-s3';\n"
            + "export const handler = async () => String(new S3Client({}));\n");
    PackagingPlan plan =
        new PackagingPlan(
            project,
            List.of(
                NodeFunctionBuild.of("sdk", entry("sdk"), Path.of("src/sdk.ts"))
                    .withHandlerExport("handler")),
            List.of());

    List<Diagnostic> found = TestFiles.packager(new TestFiles.ProcessCounter()).validate(plan);

    assertThat(found).hasSize(1);
    assertThat(found.get(0).message())
        .isEqualTo(
            "esbuild could not bundle function 'sdk': Could not resolve \"@aws-sdk/client-s3\".");
    assertThat(found.get(0).hint())
        .contains(
            "Install it (npm install @aws-sdk/client-s3), or use the AWS SDK v3 that the Node.js"
                + " 18+ runtimes include: add '@aws-sdk/*' to"
                + " languageSpecificConfig.dependenciesToExcludeFromDeploymentPackage.");

    // Following the hint: the runtime's SDK, left out of the bundle and the zip.
    List<Diagnostic> fixed =
        TestFiles.packager(new TestFiles.ProcessCounter())
            .validate(
                new PackagingPlan(
                    project,
                    List.of(
                        plan.functions().stream()
                            .map(
                                f ->
                                    ((NodeFunctionBuild) f)
                                        .withRuntimeProvided(List.of("@aws-sdk/*")))
                            .findFirst()
                            .orElseThrow()),
                    List.of()));
    assertThat(fixed).isEmpty();
  }
}
