package dev.formwork.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code formwork} launcher script, run through a symlink on PATH from another folder: it must
 * find its real folder (and the jar there), keep the caller's working directory, pass the arguments
 * on, and name its checkout to the CLI (which checks the jar against the sources). The jar is a
 * probe that prints both, so no build runs; it is compiled here as {@code dev.formwork.cli.Main},
 * the class the launcher starts by name.
 */
class LauncherTest {

  @TempDir Path temp;

  @Test
  void runsThroughASymlinkFromAnyFolder() throws Exception {
    Path install = Files.createDirectories(temp.resolve("opt/formwork"));
    Path launcher = install.resolve("formwork");
    Path repoLauncher = Path.of(System.getProperty("formwork.repoRoot"), "formwork");
    Files.copy(repoLauncher, launcher, StandardCopyOption.COPY_ATTRIBUTES);
    writeProbeJar(Files.createDirectories(install.resolve("cli/target")).resolve("formwork.jar"));
    Path bin = Files.createDirectories(temp.resolve("bin"));
    // A relative link, as `ln -s ../opt/formwork/formwork` makes.
    Files.createSymbolicLink(bin.resolve("formwork"), Path.of("../opt/formwork/formwork"));
    Path elsewhere = Files.createDirectories(temp.resolve("projects/shop"));

    ProcessBuilder builder =
        // Through the shell, as a user types it: PATH finds the link.
        new ProcessBuilder("bash", "-c", "formwork deploy --stage dev")
            .directory(elsewhere.toFile())
            .redirectErrorStream(true);
    builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
    Process process = builder.start();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS));
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.exitValue(), output);
    assertEquals(
        List.of(
            "cwd=" + elsewhere.toRealPath(),
            "args=deploy --stage dev",
            "checkout=" + install.toRealPath()),
        output.lines().toList());
  }

  @Test
  void rebuildsWhenTheCliAsksAndShowsMavensLogWhenTheBuildFails() throws Exception {
    Path install = Files.createDirectories(temp.resolve("opt/formwork"));
    Path launcher = install.resolve("formwork");
    Files.copy(
        Path.of(System.getProperty("formwork.repoRoot"), "formwork"),
        launcher,
        StandardCopyOption.COPY_ATTRIBUTES);
    writeProbeJar(Files.createDirectories(install.resolve("cli/target")).resolve("formwork.jar"));
    // The folder has no pom.xml, so Maven fails at once, as a source that does not compile would.
    ProcessBuilder builder =
        new ProcessBuilder(launcher.toString(), "compile").redirectErrorStream(true);
    builder.environment().put("FORMWORK_REBUILD", "schema/src/main/java/Code.java");
    Process process = builder.start();
    assertTrue(process.waitFor(120, TimeUnit.SECONDS));
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(1, process.exitValue(), output);
    List<String> lines = output.lines().toList();
    assertEquals(
        List.of(
            "formwork: schema/src/main/java/Code.java changed after the CLI jar was built;"
                + " rebuilding it with Maven...",
            "formwork: the build failed; Maven's log follows."),
        lines.subList(0, 2));
    assertTrue(output.contains("there is no POM in this directory"), output);
  }

  /** Prints where it runs and what it was given, in place of the CLI. */
  private static final String PROBE =
      """
      package dev.formwork.cli;

      public final class Main {
        public static void main(String[] args) {
          System.out.println("cwd=" + java.nio.file.Path.of("").toAbsolutePath());
          System.out.println("args=" + String.join(" ", args));
          System.out.println("checkout=" + System.getProperty("formwork.checkout"));
        }
      }
      """;

  private void writeProbeJar(Path jar) throws Exception {
    Path sources = Files.createDirectories(temp.resolve("probe/dev/formwork/cli"));
    Files.writeString(sources.resolve("Main.java"), PROBE);
    Path classes = Files.createDirectories(temp.resolve("probe-classes"));
    int compiled =
        ToolProvider.getSystemJavaCompiler()
            .run(
                null,
                null,
                null,
                "--release",
                "17",
                "-d",
                classes.toString(),
                sources.resolve("Main.java").toString());
    assertEquals(0, compiled);
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "dev.formwork.cli.Main");
    String entry = "dev/formwork/cli/Main.class";
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file, manifest)) {
      out.putNextEntry(new JarEntry(entry));
      out.write(Files.readAllBytes(classes.resolve(entry)));
      out.closeEntry();
    }
  }
}
