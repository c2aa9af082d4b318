package dev.formwork.cli;

import dev.formwork.deployer.AwsErrors;
import dev.formwork.deployer.logs.LogQuery;
import dev.formwork.deployer.logs.LogReader;
import dev.formwork.deployer.logs.LogSource;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * The logs {@code formwork dev} streams: a background thread that follows the log groups of the
 * functions hotswapped in this session, from the session's start, until the session ends.
 */
final class DevLogs implements AutoCloseable {

  private final List<LogSource> sources = new CopyOnWriteArrayList<>();
  private final AtomicBoolean stopped = new AtomicBoolean();
  private final AtomicBoolean started = new AtomicBoolean();
  private final Thread thread;

  /**
   * @param explain one line for a failure of the AWS calls that ends the streaming
   */
  DevLogs(
      LogReader reader,
      Duration interval,
      Instant since,
      PrintStream out,
      Function<Throwable, String> explain) {
    this.thread =
        new Thread(
            () -> {
              try {
                reader.follow(
                    () ->
                        new LogQuery(
                            List.copyOf(sources), since, Optional.empty(), Optional.empty()),
                    interval,
                    event -> {
                      out.println(event.render(width()));
                      out.flush();
                    },
                    missing -> {},
                    stopped::get);
              } catch (RuntimeException failure) {
                if (!stopped.get() && !AwsErrors.isInterruption(failure)) {
                  out.println("note: streaming logs stopped: " + explain.apply(failure));
                }
              }
            },
            "formwork-dev-logs");
    thread.setDaemon(true);
  }

  /** Follows this log group from now on. */
  void add(LogSource source) {
    if (!sources.contains(source)) {
      sources.add(source);
    }
    if (started.compareAndSet(false, true)) {
      thread.start();
    }
  }

  private int width() {
    return sources.stream().mapToInt(source -> source.label().length()).max().orElse(1);
  }

  @Override
  public void close() throws InterruptedException {
    stopped.set(true);
    if (started.get()) {
      thread.interrupt();
      thread.join(Duration.ofSeconds(5).toMillis());
    }
  }
}
