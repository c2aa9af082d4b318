package dev.formwork.deployer.logs;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.FilterLogEventsResponse;
import software.amazon.awssdk.services.cloudwatchlogs.model.FilteredLogEvent;
import software.amazon.awssdk.services.cloudwatchlogs.model.ResourceNotFoundException;

/**
 * Reads CloudWatch Logs events of several log groups (FilterLogEvents, one group at a time) and
 * merges them in time order. {@link #follow} polls until stopped; events that CloudWatch ingests
 * late (with an earlier time than ones already shown) are still shown once, because each poll looks
 * back a little and skips the event IDs it has printed.
 */
public final class LogReader {

  /** More than this many events in one read is cut, with a note to narrow the window. */
  public static final int MAX_EVENTS = 10_000;

  /** How far each poll of {@link #follow} looks back for events ingested late. */
  private static final Duration LOOK_BACK = Duration.ofSeconds(30);

  private final CloudWatchLogsClient logs;

  public LogReader(CloudWatchLogsClient logs) {
    this.logs = logs;
  }

  /**
   * The events read, in time order; log groups that do not exist (yet); whether the read stopped at
   * {@link #MAX_EVENTS}.
   */
  public record Batch(List<LogEvent> events, List<LogSource> missing, boolean truncated) {
    public Batch {
      events = List.copyOf(events);
      missing = List.copyOf(missing);
    }
  }

  public Batch read(LogQuery query) {
    List<LogEvent> events = new ArrayList<>();
    List<LogSource> missing = new ArrayList<>();
    boolean truncated = false;
    for (LogSource source : query.sources()) {
      truncated |= readGroup(source, query, events, missing);
    }
    events.sort(ORDER);
    if (events.size() > MAX_EVENTS) {
      truncated = true;
      events = events.subList(0, MAX_EVENTS);
    }
    return new Batch(events, missing, truncated);
  }

  /**
   * Prints new events of the current sources every {@code interval} until {@code stopped} says so
   * (or the thread is interrupted). The sources are asked for on every poll, so a caller may add
   * some while following (formwork dev adds each function it hotswaps).
   *
   * @param onMissing told once about each log group that does not exist yet
   */
  public void follow(
      Supplier<LogQuery> query,
      Duration interval,
      Consumer<LogEvent> onEvent,
      Consumer<LogSource> onMissing,
      BooleanSupplier stopped) {
    Set<String> seen = new HashSet<>();
    Set<LogSource> reportedMissing = new HashSet<>();
    Instant watermark = query.get().since();
    while (!stopped.getAsBoolean() && !Thread.currentThread().isInterrupted()) {
      LogQuery current = query.get();
      Instant from =
          watermark.minus(LOOK_BACK).isBefore(current.since())
              ? current.since()
              : watermark.minus(LOOK_BACK);
      Batch batch = read(new LogQuery(current.sources(), from, current.until(), current.pattern()));
      for (LogSource source : batch.missing()) {
        if (reportedMissing.add(source)) {
          onMissing.accept(source);
        }
      }
      for (LogEvent event : batch.events()) {
        if (seen.add(event.logGroup() + "/" + event.eventId())) {
          onEvent.accept(event);
        }
        if (event.time().isAfter(watermark)) {
          watermark = event.time();
        }
      }
      try {
        Thread.sleep(interval.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private static final Comparator<LogEvent> ORDER =
      Comparator.comparing(LogEvent::time)
          .thenComparing(LogEvent::label)
          .thenComparing(LogEvent::eventId);

  /** Reads one group's pages; true when it stopped at the event limit. */
  private boolean readGroup(
      LogSource source, LogQuery query, List<LogEvent> events, List<LogSource> missing) {
    String token = null;
    Set<String> tokens = new TreeSet<>();
    int read = 0;
    try {
      do {
        String next = token;
        FilterLogEventsResponse page =
            logs.filterLogEvents(
                b -> {
                  b.logGroupName(source.logGroupName()).startTime(query.since().toEpochMilli());
                  query.until().ifPresent(until -> b.endTime(until.toEpochMilli()));
                  query.pattern().ifPresent(b::filterPattern);
                  if (next != null) {
                    b.nextToken(next);
                  }
                });
        for (FilteredLogEvent event : page.events()) {
          events.add(
              new LogEvent(
                  source.label(),
                  source.logGroupName(),
                  Instant.ofEpochMilli(event.timestamp()),
                  event.logStreamName(),
                  event.eventId(),
                  event.message()));
          read++;
        }
        token = page.nextToken();
        // A repeated token means the service has nothing more to give for this window.
      } while (token != null && tokens.add(token) && read < MAX_EVENTS);
    } catch (ResourceNotFoundException noGroup) {
      missing.add(source);
    }
    return read >= MAX_EVENTS;
  }
}
