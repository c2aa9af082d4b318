package dev.formwork.compiler.directive;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs one external command (git, node, python3) with a timeout. Output goes to temporary files
 * rather than pipes, so a chatty process can never block on a full pipe buffer.
 */
final class ProcessRunner {

  /** How a finished process ended. */
  record Outcome(int exitCode, String stdout, String stderr) {
    boolean succeeded() {
      return exitCode == 0;
    }
  }

  private ProcessRunner() {}

  /** The outcome, or empty when the command could not be started, timed out or was interrupted. */
  static Optional<Outcome> run(List<String> command, Path directory, Duration timeout) {
    Path out = null;
    Path err = null;
    try {
      out = Files.createTempFile("formwork-out", ".txt");
      err = Files.createTempFile("formwork-err", ".txt");
      Process process =
          new ProcessBuilder(command)
              .directory(directory.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        process.waitFor(5, TimeUnit.SECONDS);
        return Optional.empty();
      }
      return Optional.of(
          new Outcome(
              process.exitValue(),
              Files.readString(out, StandardCharsets.UTF_8),
              Files.readString(err, StandardCharsets.UTF_8)));
    } catch (IOException notStarted) {
      return Optional.empty();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    } finally {
      deleteQuietly(out);
      deleteQuietly(err);
    }
  }

  private static java.io.File nullDevice() {
    return new java.io.File(
        System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
  }

  static void deleteQuietly(Path path) {
    if (path == null) {
      return;
    }
    try {
      Files.deleteIfExists(path);
    } catch (IOException ignored) {
      // A leftover temporary file is harmless; the OS cleans its temp directory.
    }
  }
}
