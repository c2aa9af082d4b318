package dev.formwork.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.formwork.packager.FunctionBuild;
import dev.formwork.packager.JavaFunctionBuild;
import dev.formwork.packager.Packager;
import dev.formwork.packager.PackagingPlan;
import dev.formwork.packager.PackagingResult;
import dev.formwork.packager.ProgressListener;
import dev.formwork.schema.artifact.Artifact;
import dev.formwork.schema.artifact.ArtifactKind;
import dev.formwork.schema.diag.Diagnostic;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Packages examples/go-api and examples/java-api with the real go and mvn, each example copied into
 * two folders: the two builds give the same zip bytes, the layout is Lambda's, and a second run of
 * the same folder is served from the cache without starting go or mvn. One build per toolchain
 * serves every assertion.
 */
class ExamplePackagingTest {

  @TempDir Path temp;

  @Test
  void goApiBuildsOneReproducibleArm64BootstrapAndIsCachedWithoutGo() throws Exception {
    assumeOnPath("go");
    Path a = copyExample("go-api", "a");
    Path b = copyExample("go-api", "b");
    List<List<String>> processes = Collections.synchronizedList(new ArrayList<>());

    Artifact first = packageOnly(a, "placeOrder", processes);
    Artifact second = packageOnly(b, "placeOrder", new ArrayList<>());
    assertEquals(first.sha256(), second.sha256(), "the same sources give the same zip bytes");
    assertEquals(
        List.of("go", "go"),
        processes.stream()
            .map(command -> Path.of(command.get(0)).getFileName().toString())
            .toList(),
        "one go build and one go list");
    assertTrue(
        processes.get(0).containsAll(List.of("-trimpath", "lambda.norpc")), processes.toString());

    Path zip = a.resolve(".formwork/artifacts").resolve(first.file());
    try (ZipFile archive = new ZipFile(zip.toFile())) {
      assertEquals(List.of("bootstrap"), names(archive));
      byte[] elf = read(archive, "bootstrap", 20);
      assertArrayEquals(new byte[] {0x7F, 'E', 'L', 'F'}, java.util.Arrays.copyOf(elf, 4));
      // e_machine at offset 18: 0xB7 is AArch64, what architecture: arm64 asks for.
      assertEquals(0xB7, elf[18] & 0xFF);
    }
    assertEquals("100755", ZipHeaders.firstMode(zip), "bootstrap is executable");

    processes.clear();
    Artifact cached = packageOnly(a, "placeOrder", processes);
    assertEquals(first.sha256(), cached.sha256());
    assertEquals(List.of(), processes, "a cached run starts no go process");
  }

  @Test
  void javaApiBuildsLambdasLayoutOnceAndChecksHandlerClassAndVersionFromTheCache()
      throws Exception {
    assumeOnPath("mvn");
    Path a = copyExample("java-api", "a");
    Path b = copyExample("java-api", "b");
    List<List<String>> processes = Collections.synchronizedList(new ArrayList<>());

    Artifact first = packageOnly(a, "placeOrder", processes);
    Artifact second = packageOnly(b, "placeOrder", new ArrayList<>());
    assertEquals(first.sha256(), second.sha256(), "the same sources give the same zip bytes");
    assertEquals(1, processes.size(), "one Maven build: " + processes);
    assertTrue(processes.get(0).contains("-DskipTests"), processes.toString());

    try (ZipFile archive =
        new ZipFile(a.resolve(".formwork/artifacts").resolve(first.file()).toFile())) {
      List<String> names = names(archive);
      assertTrue(names.contains("com/example/orders/PlaceOrder.class"), names.toString());
      assertTrue(names.contains("lib/aws-lambda-java-core-1.2.3.jar"), names.toString());
      assertTrue(names.contains("lib/dynamodb-2.59.1.jar"), names.toString());
      assertTrue(
          names.stream().noneMatch(name -> name.contains("netty") || name.contains("apache5")),
          "excluded HTTP clients stay out: " + names);
      assertTrue(
          names.stream().allMatch(name -> name.endsWith(".class") || name.startsWith("lib/")),
          names.toString());
    }

    // The same project with a runtime older than its classes, and a class the build lacks: both
    // are found in the cached zip, with no Maven run.
    processes.clear();
    CompilerRunner.Run run = compile(a);
    List<FunctionBuild> functions = new ArrayList<>(plan(a, run).functions());
    JavaFunctionBuild example = (JavaFunctionBuild) functions.get(0);
    functions.add(
        new JavaFunctionBuild(
            "onJava11",
            example.entryfilePath(),
            example.entryFile(),
            example.handlerClass(),
            "java11",
            Optional.empty(),
            Optional.empty(),
            List.of(),
            List.of(),
            List.of()));
    functions.add(
        new JavaFunctionBuild(
            "missingHandler",
            example.entryfilePath(),
            example.entryFile(),
            "com.example.orders.Missing",
            "java21",
            Optional.empty(),
            Optional.empty(),
            List.of(),
            List.of(),
            List.of()));
    PackagingResult result =
        Packager.withProcessHook(processes::add)
            .packageAll(
                new PackagingPlan(a, functions, List.of()),
                a.resolve(".formwork/artifacts"),
                a.resolve(".formwork/cache"),
                ProgressListener.SILENT);
    assertEquals(List.of(), processes, "a cached run starts no mvn process");
    assertEquals(
        List.of(
            "packaging.java-class-version: Function 'onJava11': com/example/orders/PlaceOrder.class"
                + " is compiled for Java 17 (class file version 61), but runtime java11 runs Java"
                + " 11 classes at most.",
            "packaging.java-handler-missing: Function 'missingHandler': the Maven build of"
                + " pom.xml produced no com/example/orders/Missing.class."),
        result.diagnostics().stream()
            .map(diagnostic -> diagnostic.code().id() + ": " + diagnostic.message())
            .toList());
  }

  private Artifact packageOnly(Path project, String function, List<List<String>> processes)
      throws IOException {
    PackagingResult result =
        Packager.withProcessHook(processes::add)
            .packageAll(
                plan(project, compile(project)),
                project.resolve(".formwork/artifacts"),
                project.resolve(".formwork/cache"),
                ProgressListener.SILENT);
    assertEquals(
        List.of(),
        result.diagnostics().stream().map(Diagnostic::message).toList(),
        "packaging " + project);
    Artifact artifact = result.manifest().find(function).orElseThrow();
    assertEquals(ArtifactKind.FUNCTION, artifact.kind());
    return artifact;
  }

  private static CompilerRunner.Run compile(Path project) throws IOException {
    Path config = project.resolve("formwork.yml");
    Target target = new Target(config, Files.readAllBytes(config), "dev", "eu-west-1");
    CompilerRunner.Run run =
        new CompilerRunner(project).compile(target, new ConfigOptions(), Optional.empty());
    assertTrue(!run.result().hasErrors(), run.result().diagnostics().toString());
    return run;
  }

  private static PackagingPlan plan(Path project, CompilerRunner.Run run) {
    return PackagingPlans.of(
        run.result().config().orElseThrow(), project, run.result().functions());
  }

  private Path copyExample(String example, String folder) throws IOException {
    Path source = repoRoot().resolve("examples").resolve(example);
    Path target = temp.resolve(folder);
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : files.toList()) {
        Path relative = source.relativize(file);
        if (relative.startsWith(".formwork") || relative.startsWith("target")) {
          continue;
        }
        Path copy = target.resolve(relative.toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(file, copy);
        }
      }
    }
    return target;
  }

  private static Path repoRoot() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("examples"))
          && Files.isRegularFile(dir.resolve("formwork"))) {
        return dir;
      }
    }
    throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
  }

  private static void assumeOnPath(String tool) {
    boolean found =
        Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
            .anyMatch(dir -> !dir.isBlank() && Files.isExecutable(Path.of(dir).resolve(tool)));
    if (!found) {
      System.err.println("SKIPPED: no `" + tool + "` on PATH; this test needs the real toolchain.");
    }
    Assumptions.assumeTrue(found, "no `" + tool + "` on PATH; this test needs the real toolchain");
  }

  private static List<String> names(ZipFile archive) {
    List<String> names = new ArrayList<>();
    for (ZipEntry entry : Collections.list(archive.entries())) {
      names.add(entry.getName());
    }
    return names;
  }

  private static byte[] read(ZipFile archive, String name, int bytes) throws IOException {
    try (InputStream in = archive.getInputStream(archive.getEntry(name))) {
      return in.readNBytes(bytes);
    }
  }

  /**
   * Reads the Unix mode of a zip's first entry from its central directory (the JDK hides it); the
   * zips formwork writes end with a 22-byte end record and no comment.
   */
  private static final class ZipHeaders {
    static String firstMode(Path zip) throws IOException {
      ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(zip)).order(ByteOrder.LITTLE_ENDIAN);
      int centralDirectory = bytes.getInt(bytes.limit() - 22 + 16);
      assertEquals(0x02014b50, bytes.getInt(centralDirectory));
      return Integer.toOctalString(bytes.getInt(centralDirectory + 38) >>> 16);
    }
  }
}
