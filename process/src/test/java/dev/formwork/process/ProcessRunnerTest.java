package dev.formwork.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs real processes through {@code sh -c}: exit codes, output, environment, stdin, limits. */
class ProcessRunnerTest {

  private static final Duration GENEROUS = Duration.ofSeconds(30);

  @TempDir Path directory;

  private final ProcessRunner runner = new ProcessRunner();

  private ProcessCommand sh(String script, Duration timeout) {
    return ProcessCommand.of(List.of("sh", "-c", script), directory, timeout);
  }

  @Test
  void reportsTheExitCodeAndKeepsStdoutAndStderrApart() throws IOException {
    ProcessResult result = runner.run(sh("echo out; echo err >&2; exit 7", GENEROUS));

    assertThat(result).isEqualTo(ProcessResult.exited(7, "out\n", "err\n"));
    assertThat(result.succeeded()).isFalse();
    assertThat(result.timedOut()).isFalse();
  }

  @Test
  void exitCodeZeroSucceeds() throws IOException {
    assertThat(runner.run(sh("true", GENEROUS)).succeeded()).isTrue();
  }

  @Test
  void runsInTheDirectoryWithTheExtraEnvironmentOnTopOfTheInheritedOne() throws IOException {
    Files.createDirectory(directory.resolve("tools"));
    ProcessCommand command =
        ProcessCommand.of(
                List.of("sh", "-c", "echo \"$(basename \"$PWD\") $GREETING ${PATH:+has-path}\""),
                directory.resolve("tools"),
                GENEROUS)
            .withEnvironment(Map.of("GREETING", "grüezi"));

    assertThat(runner.run(command).stdout()).isEqualTo("tools grüezi has-path\n");
  }

  @Test
  void writesTheInputToStdinAsUtf8() throws IOException {
    ProcessResult result = runner.run(sh("tr a-z A-Z", GENEROUS).withInput("héllo\nworld"));

    assertThat(result.stdout()).isEqualTo("HéLLO\nWORLD");
  }

  @Test
  void withoutInputStdinIsClosedSoAReaderDoesNotWait() throws IOException {
    ProcessResult result = runner.run(sh("cat; echo done", Duration.ofSeconds(10)));

    assertThat(result).isEqualTo(ProcessResult.exited(0, "done\n", ""));
  }

  @Test
  void streamsEveryLineOfStdoutAndStderrInOrderIncludingBlankAndUnfinishedOnes()
      throws IOException {
    List<String> lines = new ArrayList<>();
    ProcessResult result =
        runner.stream(
            sh(
                "echo one; echo two >&2; sleep 0.2; echo; printf 'crlf\\r\\nlast'; exit 3",
                GENEROUS),
            lines::add);

    assertThat(lines).containsExactly("one", "two", "", "crlf", "last");
    assertThat(result).isEqualTo(ProcessResult.exited(3, "", ""));
  }

  @Test
  void aLineLongerThanAnyReadBufferStaysOneLine() throws IOException {
    List<String> lines = new ArrayList<>();
    runner.stream(
        sh("head -c 200000 /dev/zero | tr '\\0' x; echo; echo next", GENEROUS), lines::add);

    assertThat(lines).containsExactly("x".repeat(200_000), "next");
  }

  @Test
  void streamedLinesArriveWhileTheProcessStillRuns() throws Exception {
    Path gate = directory.resolve("gate");
    CompletableFuture<String> firstLine = new CompletableFuture<>();
    CompletableFuture<ProcessResult> run =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return runner.stream(
                    sh("echo ready; while [ ! -f gate ]; do sleep 0.05; done; echo end", GENEROUS),
                    firstLine::complete);
              } catch (IOException e) {
                throw new IllegalStateException(e);
              }
            });

    assertThat(firstLine.get(10, TimeUnit.SECONDS)).isEqualTo("ready");
    assertThat(run).isNotDone();
    Files.writeString(gate, "", StandardCharsets.UTF_8);
    assertThat(run.get(10, TimeUnit.SECONDS).succeeded()).isTrue();
  }

  @Test
  void aProcessOverItsLimitIsStoppedWithWhatItWroteSoFar() throws IOException {
    long start = System.nanoTime();
    ProcessResult result = runner.run(sh("echo started; sleep 30", Duration.ofMillis(500)));

    assertThat(result).isEqualTo(ProcessResult.stopped("started\n", ""));
    assertThat(result.succeeded()).isFalse();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void stoppingAProcessStopsWhatItStartedSoNoPipeKeepsTheCallerWaiting() throws Exception {
    List<String> lines = new ArrayList<>();
    long start = System.nanoTime();
    ProcessResult result =
        runner.stream(
            sh("sleep 30 & echo $! > child.pid; echo waiting; wait", Duration.ofMillis(500)),
            lines::add);

    assertThat(result.timedOut()).isTrue();
    assertThat(result.exitCode()).isEqualTo(ProcessResult.NO_EXIT_CODE);
    assertThat(lines).containsExactly("waiting");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    long child = Long.parseLong(Files.readString(directory.resolve("child.pid")).trim());
    assertThat(
            ProcessHandle.of(child)
                .map(handle -> handle.onExit().completeOnTimeout(handle, 5, TimeUnit.SECONDS))
                .map(exit -> exit.join().isAlive())
                .orElse(false))
        .as("the background sleep was stopped too")
        .isFalse();
  }

  @Test
  void aServerLikeProcessIsReleasedOnceItsCallerHasWhatItNeeds() throws IOException {
    CompletableFuture<String> answer = new CompletableFuture<>();
    List<String> lines = new ArrayList<>();
    long started = System.nanoTime();

    ProcessResult result =
        runner.streamUntil(
            sh("echo answered; sleep 30", GENEROUS),
            line -> {
              lines.add(line);
              answer.complete(line);
            },
            answer);

    assertThat(result).isEqualTo(ProcessResult.released("", ""));
    assertThat(result.succeeded()).isFalse();
    assertThat(lines).containsExactly("answered");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
  }

  @Test
  void aProcessThatEndsBeforeItsCallerHasWhatItNeedsReportsItsExitCode() throws IOException {
    ProcessResult result =
        runner.streamUntil(sh("exit 3", GENEROUS), line -> {}, new CompletableFuture<>());

    assertThat(result).isEqualTo(ProcessResult.exited(3, "", ""));
  }

  @Test
  void aServerLikeProcessThatNeverAnswersIsStoppedAtItsLimit() throws IOException {
    ProcessResult result =
        runner.streamUntil(
            sh("sleep 30", Duration.ofMillis(300)), line -> {}, new CompletableFuture<>());

    assertThat(result.timedOut()).isTrue();
  }

  @Test
  void aMissingProgramIsAnIOExceptionOrEmptyForAnOptionalTool() {
    ProcessCommand missing =
        ProcessCommand.of(List.of("formwork-no-such-program"), directory, GENEROUS);

    assertThatThrownBy(() -> runner.run(missing))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("formwork-no-such-program");
    assertThat(runner.tryRun(missing)).isEmpty();
  }

  @Test
  void anInterruptStopsTheProcessAndKeepsTheInterruptFlag() throws Exception {
    CompletableFuture<Throwable> failure = new CompletableFuture<>();
    Thread caller =
        new Thread(
            () -> {
              try {
                runner.run(sh("sleep 30", GENEROUS));
                failure.complete(null);
              } catch (IOException e) {
                failure.complete(
                    Thread.currentThread().isInterrupted() ? e : new AssertionError("flag lost"));
              }
            });
    caller.start();
    Thread.sleep(300);
    caller.interrupt();

    assertThat(failure.get(10, TimeUnit.SECONDS)).isInstanceOf(InterruptedIOException.class);
  }

  @Test
  void theStartHookHearsOfEveryCommandBeforeItRuns() throws IOException {
    List<List<String>> started = new ArrayList<>();
    ProcessRunner counting = new ProcessRunner(started::add);

    counting.run(sh("exit 0", GENEROUS));
    counting.tryRun(ProcessCommand.of(List.of("formwork-no-such-program"), directory, GENEROUS));

    assertThat(started)
        .containsExactly(List.of("sh", "-c", "exit 0"), List.of("formwork-no-such-program"));
  }

  @Test
  void aCommandNeedsAProgramAndAPositiveLimit() {
    assertThatThrownBy(() -> ProcessCommand.of(List.of(), directory, GENEROUS))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ProcessCommand.of(List.of("true"), directory, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("positive");
  }
}
