package dev.formwork.process;

/**
 * How a process ended: its exit code, or that it was stopped (at its time limit, or by its caller);
 * and what it wrote to stdout and stderr (both empty when its output was streamed line by line
 * instead).
 */
public record ProcessResult(int exitCode, boolean timedOut, String stdout, String stderr) {

  /** The exit code recorded for a process that was stopped: it never exited on its own. */
  public static final int NO_EXIT_CODE = -1;

  /** A process that exited by itself. */
  public static ProcessResult exited(int exitCode, String stdout, String stderr) {
    return new ProcessResult(exitCode, false, stdout, stderr);
  }

  /** A process stopped at its time limit, with what it had written until then. */
  public static ProcessResult stopped(String stdout, String stderr) {
    return new ProcessResult(NO_EXIT_CODE, true, stdout, stderr);
  }

  /**
   * A process its caller stopped once it had what it needed (a server-like child that would run
   * on), before its time limit.
   */
  public static ProcessResult released(String stdout, String stderr) {
    return new ProcessResult(NO_EXIT_CODE, false, stdout, stderr);
  }

  /** Whether it exited by itself with code 0. */
  public boolean succeeded() {
    return !timedOut && exitCode == 0;
  }
}
