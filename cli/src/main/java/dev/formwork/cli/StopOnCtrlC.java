package dev.formwork.cli;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Lets Ctrl-C stop a long-running loop cleanly ({@code formwork dev}): a JVM shutdown hook
 * interrupts the loop's thread and gives it a few seconds to finish its step and say so before the
 * JVM exits. Removed again when the loop ends by itself (and in tests, which interrupt the thread
 * directly).
 */
final class StopOnCtrlC implements AutoCloseable {

  /** How long Ctrl-C waits for the loop to finish the step it is in. */
  private static final long GRACE_SECONDS = 10;

  private final CountDownLatch finished = new CountDownLatch(1);
  private final Thread hook;

  private StopOnCtrlC(Thread loop, PrintStream err) {
    this.hook =
        new Thread(
            () -> {
              err.println(System.lineSeparator() + "Stopping (Ctrl-C)…");
              loop.interrupt();
              try {
                finished.await(GRACE_SECONDS, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
  }

  static StopOnCtrlC install(Thread loop, PrintStream err) {
    StopOnCtrlC stop = new StopOnCtrlC(loop, err);
    Runtime.getRuntime().addShutdownHook(stop.hook);
    return stop;
  }

  @Override
  public void close() {
    finished.countDown();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // Ctrl-C: the hook is running and was waiting for this close.
    }
  }
}
