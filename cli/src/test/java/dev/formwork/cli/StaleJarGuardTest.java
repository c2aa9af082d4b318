package dev.formwork.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI started by a checkout's launcher ({@code -Dformwork.checkout}) never runs a jar older
 * than the checkout's sources: before its first output or effect it runs the launcher again with
 * FORMWORK_REBUILD naming the changed source, and ends with that run's exit code. Each case runs
 * formwork in its own JVM, because that path ends the process; the checkout's launcher is a probe
 * that prints what it was given.
 */
class StaleJarGuardTest {

  private static final long BUILT = 1_700_000_000_000L;
  private static final String PROBE_EXIT = "7";

  @TempDir Path temp;
  private Path checkout;
  private Path project;

  @BeforeEach
  void checkoutWithABuiltJar() throws Exception {
    checkout = Files.createDirectories(temp.resolve("formwork"));
    touch("cli/target/formwork.jar", BUILT);
    touch("schema/src/main/java/Code.java", BUILT - 60_000);
    Path launcher = checkout.resolve("formwork");
    Files.writeString(
        launcher,
        "#!/bin/sh\necho \"launcher: rebuild=$FORMWORK_REBUILD args=$*\"\nexit "
            + PROBE_EXIT
            + "\n");
    Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
    project = Files.createDirectories(temp.resolve("project"));
    Files.copy(
        Path.of(System.getProperty("formwork.repoRoot"), "examples/quickstart/formwork.yml"),
        project.resolve("formwork.yml"));
  }

  @Test
  void aStaleCompileWritesNothingAndRunsTheLauncherAgain() throws Exception {
    touch("schema/src/main/java/Code.java", BUILT + 1_000);
    Run run =
        formwork(checkout.toString(), "compile", "-s", "dev", "-r", "eu-west-1", "--out", "t.json");
    assertEquals(
        new Run(
            7,
            "launcher: rebuild=schema/src/main/java/Code.java"
                + " args=compile -s dev -r eu-west-1 --out t.json\n",
            ""),
        run);
    assertFalse(Files.exists(project.resolve("t.json")), "the stale jar wrote no template");
  }

  @Test
  void aFreshCompileRunsAsItIs() throws Exception {
    Run run =
        formwork(checkout.toString(), "compile", "-s", "dev", "-r", "eu-west-1", "--out", "t.json");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(Files.exists(project.resolve("t.json")));
  }

  @Test
  void aStaleCommandThatFailsEarlyReportsNothingItself() throws Exception {
    touch("schema/pom.xml", BUILT + 1_000);
    Run run = formwork(checkout.toString(), "compile", "--config", "missing.yml");
    assertEquals(
        new Run(7, "launcher: rebuild=schema/pom.xml args=compile --config missing.yml\n", ""),
        run);
  }

  @Test
  void aStalePicocliCommandRunsTheLauncherBeforeItsHelp() throws Exception {
    touch("schema/src/main/java/Code.java", BUILT + 1_000);
    Run run = formwork(checkout.toString(), "deploy", "--help");
    assertEquals(
        new Run(7, "launcher: rebuild=schema/src/main/java/Code.java args=deploy --help\n", ""),
        run);
  }

  @Test
  void noCheckoutNamedMeansNoGuard() throws Exception {
    touch("schema/src/main/java/Code.java", BUILT + 1_000);
    // What the launcher passes right after a rebuild, so that a source the build does not turn
    // into a newer jar cannot make it rebuild forever.
    Run run = formwork("", "compile", "-s", "dev", "-r", "eu-west-1", "--out", "t.json");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(Files.exists(project.resolve("t.json")));
  }

  /** One process run. */
  record Run(int exitCode, String out, String err) {}

  private Run formwork(String checkoutProperty, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-D" + StaleJarGuard.CHECKOUT_PROPERTY + "=" + checkoutProperty);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile());
    builder.environment().remove(StaleJarGuard.REBUILD_VARIABLE);
    Path out = temp.resolve("out.txt");
    Path err = temp.resolve("err.txt");
    builder.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process process = builder.start();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "formwork finished");
    return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
  }

  private void touch(String file, long millis) throws Exception {
    Path path = checkout.resolve(file);
    Files.createDirectories(path.getParent());
    if (!Files.exists(path)) {
      Files.writeString(path, file);
    }
    Files.setLastModifiedTime(path, FileTime.fromMillis(millis));
  }
}
