package dev.formwork.process;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.zeroturnaround.exec.ProcessExecutor;
import org.zeroturnaround.exec.StartedProcess;

/**
 * Runs child processes through zt-exec, which pumps their output on its own threads so a chatty
 * process never blocks on a full pipe. A process that outlives its time limit is stopped together
 * with everything it started (a {@code sh -c} child would otherwise keep the pipe open and the
 * caller waiting). A hook hears of every start, so tests can count processes without timing them.
 */
public final class ProcessRunner {

  /** How long to wait for the output pumps after stopping a process tree. */
  private static final long DRAIN_SECONDS = 5;

  /** How often {@link #streamUntil} looks whether its caller has what it needs. */
  private static final Duration POLL = Duration.ofMillis(20);

  private final Consumer<List<String>> onStart;

  /** A runner that tells nobody about the processes it starts. */
  public ProcessRunner() {
    this(arguments -> {});
  }

  /** A runner that passes each command's arguments to {@code onStart} just before it starts. */
  public ProcessRunner(Consumer<List<String>> onStart) {
    this.onStart = onStart;
  }

  /**
   * Runs the command and keeps its stdout and stderr apart.
   *
   * @throws IOException when the program cannot be started (not installed, not executable), or
   *     {@link InterruptedIOException} when this thread is interrupted (the process is stopped)
   */
  public ProcessResult run(ProcessCommand command) throws IOException {
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    ProcessExecutor executor = executor(command).redirectOutput(stdout).redirectError(stderr);
    return await(
        command,
        executor,
        exitCode -> ProcessResult.exited(exitCode, text(stdout), text(stderr)),
        () -> ProcessResult.stopped(text(stdout), text(stderr)));
  }

  /**
   * Runs the command with stderr merged into stdout and hands each line (without its line end) to
   * {@code lines} as it arrives, on a single output thread. When this returns every line has been
   * delivered (of a stopped process, those that arrived within a few seconds of the stop). The
   * result's stdout and stderr are empty.
   *
   * @throws IOException as {@link #run}
   */
  public ProcessResult stream(ProcessCommand command, Consumer<String> lines) throws IOException {
    ProcessExecutor executor =
        executor(command).redirectErrorStream(true).redirectOutput(new LineSplitter(lines));
    return await(
        command,
        executor,
        exitCode -> ProcessResult.exited(exitCode, "", ""),
        () -> ProcessResult.stopped("", ""));
  }

  /**
   * As {@link #stream}, but the process tree is also stopped as soon as {@code enough} completes:
   * for a server-like child, such as a Lambda bootstrap that asks for the next event for ever,
   * whose work is over once it has answered once. Such a stop is {@link ProcessResult#released}.
   *
   * @throws IOException as {@link #run}
   */
  public ProcessResult streamUntil(ProcessCommand command, Consumer<String> lines, Future<?> enough)
      throws IOException {
    ProcessExecutor executor =
        executor(command).redirectErrorStream(true).redirectOutput(new LineSplitter(lines));
    onStart.accept(command.arguments());
    StartedProcess started = executor.start();
    long deadline = System.nanoTime() + command.timeout().toNanos();
    try {
      while (true) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          stopTree(started.getProcess());
          drain(started.getFuture());
          return ProcessResult.stopped("", "");
        }
        try {
          int exitCode =
              started
                  .getFuture()
                  .get(Math.min(left, POLL.toNanos()), TimeUnit.NANOSECONDS)
                  .getExitValue();
          return ProcessResult.exited(exitCode, "", "");
        } catch (TimeoutException stillRunning) {
          if (enough.isDone()) {
            stopTree(started.getProcess());
            drain(started.getFuture());
            return ProcessResult.released("", "");
          }
        }
      }
    } catch (InterruptedException interrupted) {
      stopTree(started.getProcess());
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while running " + command.program());
    } catch (ExecutionException failed) {
      if (failed.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IllegalStateException("zt-exec failed waiting for " + command.program(), failed);
    }
  }

  /**
   * As {@link #run}, but empty when the program cannot be started or this thread is interrupted:
   * for optional tools such as git, whose absence only means an answer is unknown.
   */
  public Optional<ProcessResult> tryRun(ProcessCommand command) {
    try {
      return Optional.of(run(command));
    } catch (IOException notStarted) {
      return Optional.empty();
    }
  }

  private ProcessExecutor executor(ProcessCommand command) {
    ProcessExecutor executor =
        new ProcessExecutor()
            .command(command.arguments())
            .directory(command.directory().toFile())
            .environment(command.environment())
            .exitValueAny();
    // Without input zt-exec closes the child's stdin at once, so a program that reads it sees
    // end-of-file instead of waiting for a terminal that is not there.
    command
        .input()
        .ifPresent(
            text ->
                executor.redirectInput(
                    new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
    return executor;
  }

  private static String text(ByteArrayOutputStream bytes) {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private ProcessResult await(
      ProcessCommand command,
      ProcessExecutor executor,
      IntFunction<ProcessResult> exited,
      Supplier<ProcessResult> stopped)
      throws IOException {
    onStart.accept(command.arguments());
    StartedProcess started = executor.start();
    try {
      int exitCode =
          started
              .getFuture()
              .get(command.timeout().toMillis(), TimeUnit.MILLISECONDS)
              .getExitValue();
      return exited.apply(exitCode);
    } catch (TimeoutException overLimit) {
      stopTree(started.getProcess());
      drain(started.getFuture());
      return stopped.get();
    } catch (InterruptedException interrupted) {
      stopTree(started.getProcess());
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while running " + command.program());
    } catch (ExecutionException failed) {
      if (failed.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IllegalStateException("zt-exec failed waiting for " + command.program(), failed);
    }
  }

  /**
   * Stops the process and every process it started, without waiting. The process goes first: a
   * shell that saw its child killed would print "Killed" into the output.
   */
  private static void stopTree(Process process) {
    List<ProcessHandle> descendants = process.descendants().toList();
    process.destroyForcibly();
    descendants.forEach(ProcessHandle::destroyForcibly);
  }

  /** Waits (briefly) until zt-exec has read the last output of a stopped process. */
  private static void drain(Future<?> finished) {
    try {
      finished.get(DRAIN_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException ignored) {
      // The process was killed; whatever output arrived is all there is.
    }
  }
}
