package dev.formwork.packager;

import static org.assertj.core.api.Assertions.assertThat;

import dev.formwork.schema.artifact.ArtifactManifest;
import dev.formwork.schema.diag.ConfigPath;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A partial plan builds only the named functions and keeps the others' manifest entries; every
 * built function names the files it was made from (what formwork dev watches).
 */
class PartialPackagingTest {

  @TempDir Path temp;

  @Test
  void rebuildsOneFunctionKeepsTheOthersAndNamesTheBundlesInputs() throws Exception {
    Path project = NodePackagingTest.sharedModuleProject(temp.resolve("project"));
    Path out = temp.resolve("out");
    Path cache = temp.resolve("cache");
    PackagingResult full =
        TestFiles.packager(new TestFiles.ProcessCounter())
            .packageAll(NodePackagingTest.plan(project), out, cache, ProgressListener.SILENT);
    assertThat(full.sources().get("orders"))
        .containsExactlyInAnyOrder(
            project.resolve("src/orders.ts"), project.resolve("src/shared.ts"));

    TestFiles.write(
        project,
        "src/orders.ts",
        "import { greet } from './shared';\n"
            + "export const handler = async (): Promise<string> => greet('orders, again');\n");
    TestFiles.ProcessCounter counter = new TestFiles.ProcessCounter();
    PackagingResult partial =
        TestFiles.packager(counter)
            .packageAll(
                NodePackagingTest.plan(project).only(Set.of("orders")),
                out,
                cache,
                ProgressListener.SILENT);

    assertThat(partial.diagnostics()).isEmpty();
    assertThat(partial.manifest().artifacts().keySet()).containsExactly("orders");
    assertThat(counter.esbuildStarts.get()).as("one bundle and one exports probe").isEqualTo(2);
    assertThat(counter.commands)
        .as("only orders is bundled and probed")
        .allMatch(command -> command.stream().noneMatch(arg -> arg.contains("src/users.ts")))
        .anyMatch(command -> command.stream().anyMatch(arg -> arg.contains("src/orders.ts")));
    ArtifactManifest written = ArtifactManifest.read(out.resolve(ArtifactManifest.FILE_NAME));
    assertThat(written.artifacts().keySet()).containsExactly("orders", "users");
    assertThat(written.find("users")).isEqualTo(full.manifest().find("users"));
    assertThat(written.find("orders")).isEqualTo(partial.manifest().find("orders"));
    assertThat(written.find("orders")).isNotEqualTo(full.manifest().find("orders"));
    assertThat(partial.sources().keySet()).isEqualTo(Set.copyOf(List.of("orders")));
  }

  @Test
  void aPythonFunctionIsMadeFromItsFolderAndTheFilesItIncludesFromElsewhere() throws Exception {
    Path project = temp.resolve("python");
    TestFiles.write(project, "svc/app.py", "def handler(event, context):\n    return 1\n");
    TestFiles.write(project, "svc/helpers.py", "X = 1\n");
    TestFiles.write(project, "shared/prices.json", "{}\n");
    TestFiles.write(project, "other/unused.py", "Y = 2\n");
    PythonFunctionBuild base =
        PythonFunctionBuild.of(
            "worker",
            ConfigPath.of(
                "resources", "worker", "properties", "packaging", "properties", "entryfilePath"),
            Path.of("svc/app.py"),
            "python3.13",
            Architecture.X86_64);
    PythonFunctionBuild worker =
        new PythonFunctionBuild(
            base.resourceName(),
            base.entryfilePath(),
            base.entryFile(),
            base.handlerFunction(),
            base.dependencyFile(),
            base.tool(),
            base.runtime(),
            base.architecture(),
            List.of("shared/*.json"),
            List.of(),
            base.layers());

    PackagingResult result =
        TestFiles.packager(new TestFiles.ProcessCounter())
            .packageAll(
                new PackagingPlan(project, List.of(worker), List.of()),
                temp.resolve("python-out"),
                temp.resolve("python-cache"),
                ProgressListener.SILENT);

    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.sources().get("worker"))
        .containsExactly(project.resolve("shared/prices.json"), project.resolve("svc"));
  }
}
