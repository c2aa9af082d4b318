package dev.formwork.packager;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.formwork.schema.artifact.Artifact;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * custom-artifact: a jar or zip is used byte for byte, a folder is zipped, bad paths are
 * diagnostics.
 */
class CustomArtifactTest {

  @TempDir Path temp;

  static final ConfigPath PACKAGE_PATH =
      ConfigPath.of("resources", "api", "properties", "packaging", "properties", "packagePath");

  @Test
  void aJarIsUsedAsItIsAndAFolderIsZipped() throws Exception {
    Path project = temp.resolve("project");
    TreeMap<String, ZipSource> jarEntries = new TreeMap<>();
    jarEntries.put(
        "com/example/Handler.class",
        new ZipSource.FromBytes(new byte[] {(byte) 0xCA, (byte) 0xFE}, false));
    Path jar = ReproducibleZip.write(jarEntries, project.resolve("build/app.jar")).file();
    TestFiles.write(project, "dist/index.js", "exports.handler = async () => 1;\n");
    TestFiles.write(project, "dist/bootstrap", "#!/bin/sh\n");
    Files.setPosixFilePermissions(
        project.resolve("dist/bootstrap"),
        java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
    PackagingPlan plan =
        new PackagingPlan(
            project,
            List.of(
                new CustomArtifactBuild("java", PACKAGE_PATH, Path.of("build/app.jar"), List.of()),
                new CustomArtifactBuild("folder", PACKAGE_PATH, Path.of("dist"), List.of())),
            List.of());
    Path out = temp.resolve("out");

    PackagingResult result =
        TestFiles.packager(new TestFiles.ProcessCounter())
            .packageAll(plan, out, temp.resolve("cache"), ProgressListener.SILENT);

    assertEquals(List.of(), result.diagnostics());
    Artifact java = result.manifest().find("java").orElseThrow();
    assertEquals(Digests.ofFile(jar), java.sha256());
    assertEquals(2, java.unzippedBytes());
    assertEquals(Files.size(jar), Files.size(out.resolve(java.file())));
    Artifact folder = result.manifest().find("folder").orElseThrow();
    assertEquals(
        List.of("bootstrap", "index.js"), TestFiles.entryNames(out.resolve(folder.file())));
    assertEquals("100755 100644", ZipModes.modes(out.resolve(folder.file())));
  }

  @Test
  void aMissingPathOrAFileThatIsNotAZipIsADiagnosticOnPackagePath() throws Exception {
    Path project = temp.resolve("project");
    TestFiles.write(project, "notes.txt", "not a zip");
    PackagingPlan plan =
        new PackagingPlan(
            project,
            List.of(
                new CustomArtifactBuild(
                    "gone", PACKAGE_PATH, Path.of("build/missing.zip"), List.of()),
                new CustomArtifactBuild("text", PACKAGE_PATH, Path.of("notes.txt"), List.of())),
            List.of());

    PackagingResult result =
        TestFiles.packager(new TestFiles.ProcessCounter())
            .packageAll(plan, temp.resolve("out"), temp.resolve("cache"), ProgressListener.SILENT);

    assertEquals(
        List.of(Code.PACKAGING_PACKAGE_PATH_MISSING, Code.PACKAGING_NOT_A_ZIP),
        result.diagnostics().stream().map(d -> d.code()).toList());
    assertEquals(
        "Function 'gone': the package path build/missing.zip does not exist.",
        result.diagnostics().get(0).message());
    assertEquals(PACKAGE_PATH, result.diagnostics().get(1).path());
    assertEquals(false, Files.exists(temp.resolve("out")));
  }
}
