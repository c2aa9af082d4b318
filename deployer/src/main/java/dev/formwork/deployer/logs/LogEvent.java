package dev.formwork.deployer.logs;

import java.time.Instant;

/**
 * One CloudWatch Logs event: the label of its source, its time, the stream it is in, its ID and the
 * message as the writer logged it (a Lambda line keeps its request ID).
 */
public record LogEvent(
    String label, String logGroup, Instant time, String logStream, String eventId, String message) {

  /** The line a person reads: time (UTC, to the millisecond), label, message on one line. */
  public String render(int labelWidth) {
    String oneLine =
        message.stripTrailing().replace('\t', ' ').replace("\r", "").replace('\n', ' ');
    return String.format("%s %-" + Math.max(1, labelWidth) + "s %s", time, label, oneLine);
  }
}
