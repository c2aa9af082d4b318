package dev.formwork.packager;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.zeroturnaround.exec.ProcessExecutor;
import org.zeroturnaround.exec.ProcessResult;

/**
 * Starts the external tools (esbuild, pip) through zt-exec and tells a hook about every start, so
 * tests can prove that a cached run starts no esbuild without timing anything.
 */
public final class ProcessRunner {

  /** The outcome of one process: exit code and its two output streams as text. */
  public record Outcome(int exitCode, String stdout, String stderr) {
    public boolean succeeded() {
      return exitCode == 0;
    }
  }

  private final Consumer<List<String>> onStart;
  private final long timeoutMinutes;

  public ProcessRunner(Consumer<List<String>> onStart, long timeoutMinutes) {
    this.onStart = onStart;
    this.timeoutMinutes = timeoutMinutes;
  }

  /** A runner with no hook and a 10-minute limit per process. */
  public static ProcessRunner standard() {
    return new ProcessRunner(command -> {}, 10);
  }

  /** Runs the command in {@code directory}; the environment is inherited plus {@code extraEnv}. */
  public Outcome run(List<String> command, Path directory, Map<String, String> extraEnv)
      throws IOException {
    onStart.accept(List.copyOf(command));
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    try {
      ProcessResult result =
          new ProcessExecutor()
              .command(command)
              .directory(directory.toFile())
              .environment(extraEnv)
              .readOutput(true)
              .redirectError(stderr)
              .exitValueAny()
              .timeout(timeoutMinutes, TimeUnit.MINUTES)
              .execute();
      return new Outcome(
          result.getExitValue(), result.outputUTF8(), stderr.toString(StandardCharsets.UTF_8));
    } catch (TimeoutException e) {
      throw new IOException(
          command.get(0) + " did not finish within " + timeoutMinutes + " minutes", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while running " + command.get(0), e);
    }
  }
}
