package dev.formwork.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code formwork} launcher script, run through a symlink on PATH from another folder: it must
 * find its real folder (and the jar there), keep the caller's working directory, and pass the
 * arguments on. The jar is a probe that prints both, so no build runs.
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
        List.of("cwd=" + elsewhere.toRealPath(), "args=deploy --stage dev"),
        output.lines().toList());
  }

  private static void writeProbeJar(Path jar) throws Exception {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, LauncherProbe.class.getName());
    String entry = LauncherProbe.class.getName().replace('.', '/') + ".class";
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file, manifest);
        InputStream probe = LauncherProbe.class.getClassLoader().getResourceAsStream(entry)) {
      out.putNextEntry(new JarEntry(entry));
      probe.transferTo(out);
      out.closeEntry();
    }
  }
}
