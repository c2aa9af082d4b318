package dev.formwork.deployer.stack;

import dev.formwork.deployer.DeployerSettings;
import dev.formwork.deployer.OutputSink;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.CloudFormationException;
import software.amazon.awssdk.services.cloudformation.model.DescribeStackEventsResponse;
import software.amazon.awssdk.services.cloudformation.model.StackEvent;

/**
 * Follows one stack operation to its end: polls the stack status, prints each new stack event once
 * (oldest first), and the events inside its nested stacks ({@link NestedStackEvents}), and on the
 * way out names the first resource that failed. Events are told apart by id against a marker taken
 * before the operation, not by timestamps, so clock skew cannot hide any.
 */
public final class StackWatcher {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);
  private static final int MAX_PAGES_PER_POLL = 10;

  private final CloudFormationClient cfn;
  private final StackReader reader;
  private final OutputSink out;
  private final Duration pollInterval;
  private final Duration plainStatusInterval;

  public StackWatcher(CloudFormationClient cfn, OutputSink out, DeployerSettings settings) {
    this.cfn = cfn;
    this.reader = new StackReader(cfn);
    this.out = out;
    this.pollInterval = settings.pollInterval();
    this.plainStatusInterval = settings.plainStatusInterval();
  }

  /**
   * How a watched operation ended: the last state (empty if the stack vanished), the events seen.
   */
  public record WatchResult(Optional<StackState> state, List<StackEvent> events, boolean timedOut) {

    /**
     * The first resource failure with a real reason, skipping the "cancelled" knock-on failures,
     * and preferring a resource inside a nested stack to the stack resource that failed with it
     * ("Embedded stack ... was not successfully created").
     */
    public Optional<StackEvent> firstFailure() {
      Optional<StackEvent> anyFailure = Optional.empty();
      Optional<StackEvent> stackFailure = Optional.empty();
      for (StackEvent event : events) {
        String status = event.resourceStatusAsString();
        if (status == null || !status.endsWith("_FAILED")) {
          continue;
        }
        if (anyFailure.isEmpty()) {
          anyFailure = Optional.of(event);
        }
        String reason = String.valueOf(event.resourceStatusReason());
        if (reason.contains("cancelled")) {
          continue;
        }
        if (!NestedStacks.STACK_TYPE.equals(event.resourceType())) {
          return Optional.of(event);
        }
        if (stackFailure.isEmpty()) {
          stackFailure = Optional.of(event);
        }
      }
      return stackFailure.isPresent() ? stackFailure : anyFailure;
    }
  }

  /** The id of the newest event now, so that only later events are shown. */
  public Optional<String> marker(String stackNameOrId) {
    try {
      return cfn.describeStackEvents(b -> b.stackName(stackNameOrId)).stackEvents().stream()
          .findFirst()
          .map(StackEvent::eventId);
    } catch (CloudFormationException e) {
      return Optional.empty();
    }
  }

  /**
   * Polls until the stack settles (or disappears), printing events, for at most {@code timeout}.
   */
  public WatchResult watch(String stackId, Optional<String> marker, Duration timeout) {
    Instant start = Instant.now();
    Set<String> seen = new HashSet<>();
    marker.ifPresent(seen::add);
    List<StackEvent> all = new ArrayList<>();
    NestedStackEvents nested = new NestedStackEvents(cfn, stackId);
    StatusThrottle throttle = new StatusThrottle(plainStatusInterval);
    while (true) {
      Optional<StackState> state = reader.state(stackId);
      List<StackEvent> fresh = newEvents(stackId, seen);
      boolean settled = state.isEmpty() || StackStatusPolicy.settled(state.get().status());
      // The last read of the nested stacks lists the root's, which a deleted root has not.
      List<StackEvent> inside =
          nested.poll(
              fresh,
              settled && state.isPresent() && !state.get().status().equals("DELETE_COMPLETE"));
      for (StackEvent event : fresh) {
        out.info(format(event));
      }
      for (StackEvent event : inside) {
        out.info(format(event));
      }
      all.addAll(fresh);
      all.addAll(inside);
      if (settled) {
        return new WatchResult(state, all, false);
      }
      Duration elapsed = Duration.between(start, Instant.now());
      if (elapsed.compareTo(timeout) > 0) {
        return new WatchResult(state, all, true);
      }
      if (out.interactive() || throttle.shouldPrint(state.get().status(), System.nanoTime())) {
        out.progress(state.get().status() + " for " + elapsed.toSeconds() + " s");
      }
      sleep(pollInterval);
    }
  }

  private List<StackEvent> newEvents(String stackId, Set<String> seen) {
    List<StackEvent> newestFirst = new ArrayList<>();
    String token = null;
    try {
      for (int page = 0; page < MAX_PAGES_PER_POLL; page++) {
        String next = token;
        DescribeStackEventsResponse response =
            cfn.describeStackEvents(b -> b.stackName(stackId).nextToken(next));
        boolean reachedSeen = false;
        for (StackEvent event : response.stackEvents()) {
          if (seen.contains(event.eventId())) {
            reachedSeen = true;
            break;
          }
          newestFirst.add(event);
        }
        token = response.nextToken();
        if (reachedSeen || token == null) {
          break;
        }
      }
    } catch (CloudFormationException e) {
      // A stack that was just deleted may have no events to read any more; the status tells the
      // rest.
      return List.of();
    }
    for (StackEvent event : newestFirst) {
      seen.add(event.eventId());
    }
    Collections.reverse(newestFirst);
    return newestFirst;
  }

  public static String format(StackEvent event) {
    StringBuilder line = new StringBuilder();
    line.append(event.timestamp() == null ? "--:--:--" : TIME.format(event.timestamp()))
        .append("  ")
        .append(pad(event.resourceStatusAsString(), 28))
        .append(pad(event.resourceType(), 32))
        .append(event.logicalResourceId());
    if (event.resourceStatusReason() != null && !event.resourceStatusReason().isBlank()) {
      line.append("  ").append(event.resourceStatusReason());
    }
    return line.toString();
  }

  private static String pad(String text, int width) {
    String value = text == null ? "" : text;
    StringBuilder padded = new StringBuilder(value);
    while (padded.length() < width) {
      padded.append(' ');
    }
    return padded.append(' ').toString();
  }

  static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the stack", e);
    }
  }
}
