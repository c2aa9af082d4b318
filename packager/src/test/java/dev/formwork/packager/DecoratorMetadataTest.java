package dev.formwork.packager;

import static org.assertj.core.api.Assertions.assertThat;

import dev.formwork.schema.artifact.Artifact;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code emitTsDecoratorMetadata}: a NestJS-style class whose constructor parameter type is read at
 * run time. The project's TypeScript (5.9.3, installed once for the class from the npm registry)
 * compiles the files that use decorators; the bundle then records {@code design:paramtypes}, which
 * esbuild alone drops. The bundle is run with node to show it.
 */
class DecoratorMetadataTest {

  @TempDir static Path shared;

  private static Path project;

  /** One npm install for the class; npm's own cache makes a rerun fast. */
  @BeforeAll
  static void installTypescript() throws Exception {
    project = shared.resolve("project");
    TestFiles.write(project, "package.json", "{\"name\": \"decorated\", \"private\": true}\n");
    TestFiles.run(
        project, "npm", "install", "--no-audit", "--no-fund", "--save-exact", "typescript@5.9.3");
    // A minimal Reflect.metadata, as reflect-metadata installs it, recording design:paramtypes.
    TestFiles.write(
        project,
        "src/inject.ts",
        "const store = new Map<unknown, unknown[]>();\n"
            + "(Reflect as any).metadata = (key: string, value: unknown[]) => (target: unknown)"
            + " => {\n"
            + "  if (key === 'design:paramtypes') store.set(target, value);\n"
            + "};\n"
            + "export function Injectable(): ClassDecorator {\n"
            + "  return () => {};\n"
            + "}\n"
            + "export function paramTypes(target: unknown): string[] {\n"
            + "  return (store.get(target) ?? []).map((type: any) => type.name);\n"
            + "}\n");
    TestFiles.write(
        project,
        "src/clock.ts",
        "import { Injectable } from './inject';\n"
            + "@Injectable()\n"
            + "export class Clock {\n"
            + "  now(): number { return 1; }\n"
            + "}\n");
    TestFiles.write(
        project,
        "src/handler.ts",
        "import { Injectable, paramTypes } from './inject';\n"
            + "import { Clock } from './clock';\n"
            + "\n"
            + "@Injectable()\n"
            + "class Greeter {\n"
            + "  constructor(private readonly clock: Clock) {}\n"
            + "}\n"
            + "\n"
            + "export const handler = async () => paramTypes(Greeter);\n");
  }

  @TempDir Path temp;

  private static NodeFunctionBuild function(boolean metadata) {
    return NodeFunctionBuild.of(
            "greeter",
            ConfigPath.of("resources", "greeter", "entryfilePath"),
            Path.of("src/handler.ts"))
        .withHandlerExport("handler")
        .withFormat(ModuleFormat.ESM)
        .withDecoratorMetadata(metadata);
  }

  /** What the packaged handler returns when node runs it. */
  private String invoke(PackagingResult result, Path out) throws Exception {
    Artifact artifact = result.manifest().find("greeter").orElseThrow();
    Path unzipped = TestFiles.unzip(out.resolve(artifact.file()), temp.resolve("unzipped"));
    return TestFiles.run(
            unzipped,
            "node",
            "--input-type=module",
            "-e",
            "const m = await import('./index.mjs');"
                + " console.log(JSON.stringify(await m.handler()));")
        .strip();
  }

  @Test
  void theBundleCarriesTheConstructorsParameterTypes() throws Exception {
    Path out = temp.resolve("out");
    TestFiles.ProcessCounter counter = new TestFiles.ProcessCounter();
    Packager packager = TestFiles.packager(counter);
    PackagingResult result =
        packager.packageAll(
            new PackagingPlan(project, List.of(function(true)), List.of()),
            out,
            temp.resolve("cache"),
            ProgressListener.SILENT);

    assertThat(result.diagnostics()).isEmpty();
    assertThat(invoke(result, out)).isEqualTo("[\"Clock\"]");
    assertThat(project.resolve(DecoratorMetadata.FOLDER)).isEmptyDirectory();

    // The cache recorded the user's files, not the compiled copies: a rerun builds nothing.
    int started = counter.commands.size();
    PackagingResult again =
        packager.packageAll(
            new PackagingPlan(project, List.of(function(true)), List.of()),
            temp.resolve("out2"),
            temp.resolve("cache"),
            ProgressListener.SILENT);
    assertThat(again.manifest()).isEqualTo(result.manifest());
    assertThat(counter.commands).hasSize(started);
  }

  @Test
  void withoutTheOptionEsbuildDropsTheMetadata() throws Exception {
    Path out = temp.resolve("out");
    PackagingResult result =
        TestFiles.packager(new TestFiles.ProcessCounter())
            .packageAll(
                new PackagingPlan(project, List.of(function(false)), List.of()),
                out,
                temp.resolve("cache"),
                ProgressListener.SILENT);

    assertThat(result.diagnostics()).isEmpty();
    assertThat(invoke(result, out)).isEqualTo("[]");
  }

  @Test
  void withoutTypescriptInTheProjectItIsADiagnostic() throws IOException {
    Path bare = temp.resolve("bare");
    Files.createDirectories(bare.resolve("src"));
    Files.copy(project.resolve("src/handler.ts"), bare.resolve("src/handler.ts"));
    PackagingPlan plan = new PackagingPlan(bare, List.of(function(true)), List.of());

    List<Diagnostic> validated = TestFiles.packager(new TestFiles.ProcessCounter()).validate(plan);
    PackagingResult packaged =
        TestFiles.packager(new TestFiles.ProcessCounter())
            .packageAll(plan, temp.resolve("out"), temp.resolve("cache"), ProgressListener.SILENT);

    for (List<Diagnostic> found : List.of(validated, packaged.diagnostics())) {
      assertThat(found).hasSize(1);
      assertThat(found.get(0).code()).isEqualTo(Code.PACKAGING_TYPESCRIPT_MISSING);
      assertThat(found.get(0).message())
          .isEqualTo(
              "Function 'greeter' sets emitTsDecoratorMetadata, which needs the TypeScript"
                  + " compiler, but node_modules/typescript is not installed.");
      assertThat(found.get(0).hint())
          .contains("Add it to the project: npm install --save-dev typescript.");
    }
  }
}
