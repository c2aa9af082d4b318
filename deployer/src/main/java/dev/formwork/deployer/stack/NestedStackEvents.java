package dev.formwork.deployer.stack;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.DescribeStackEventsResponse;
import software.amazon.awssdk.services.cloudformation.model.StackEvent;
import software.amazon.awssdk.services.cloudformation.model.StackResourceSummary;

/**
 * Follows the events of the nested stacks of a stack during one operation, so a split app's deploy
 * shows what happens inside each nested stack, not only that the stack resource is updating. A
 * nested stack is found through the root's events for its stack resource (whose physical ID is the
 * nested stack's ID), and followed while it changes and once more after; at the end of the
 * operation every nested stack of the root is read once more, which also covers servers that report
 * no resource events for the root (moto). Only events at or after the operation's first root event
 * count: both times come from CloudFormation's clock, so no local clock is involved. Events read
 * here name their resource {@code NestedStack01/OrdersQueue}.
 */
final class NestedStackEvents {

  private static final int MAX_PAGES_PER_POLL = 10;

  private final CloudFormationClient cfn;
  private final String rootStackId;
  private final Map<String, Followed> following = new LinkedHashMap<>();
  private Optional<Instant> since = Optional.empty();

  /** A nested stack being followed: its path, the events shown, and whether it still changes. */
  private static final class Followed {
    final String path;
    final Set<String> seen = new HashSet<>();
    boolean settled;
    boolean lastReadDue;

    Followed(String path) {
      this.path = path;
    }

    /** Read while its stack resource changes, once after it settled, and at the end. */
    boolean due(boolean last) {
      return !settled || lastReadDue || last;
    }
  }

  NestedStackEvents(CloudFormationClient cfn, String rootStackId) {
    this.cfn = cfn;
    this.rootStackId = rootStackId;
  }

  /**
   * The new events of the nested stacks, oldest first, given the root's new events ({@code
   * rootEvents}, oldest first); {@code last} reads every nested stack of the root once more.
   */
  List<StackEvent> poll(List<StackEvent> rootEvents, boolean last) {
    for (StackEvent event : rootEvents) {
      if (since.isEmpty() && event.timestamp() != null) {
        since = Optional.of(event.timestamp());
      }
    }
    discover("", rootEvents);
    if (last) {
      discoverResources();
    }
    List<StackEvent> events = new ArrayList<>();
    // Reading a stack can find deeper ones, which are read in the same poll.
    Set<String> read = new HashSet<>();
    boolean found = true;
    while (found) {
      found = false;
      for (Map.Entry<String, Followed> stack : new ArrayList<>(following.entrySet())) {
        Followed followed = stack.getValue();
        if (read.contains(stack.getKey()) || !followed.due(last)) {
          continue;
        }
        read.add(stack.getKey());
        found = true;
        List<StackEvent> fresh = newEvents(stack.getKey(), followed);
        discover(followed.path + "/", fresh);
        followed.lastReadDue = false;
        for (StackEvent event : fresh) {
          events.add(
              event.toBuilder()
                  .logicalResourceId(followed.path + "/" + event.logicalResourceId())
                  .build());
        }
      }
    }
    events.sort(Comparator.comparing(e -> e.timestamp() == null ? Instant.EPOCH : e.timestamp()));
    return events;
  }

  /** Starts following the nested stacks whose stack resources these events are about. */
  private void discover(String prefix, List<StackEvent> events) {
    for (StackEvent event : events) {
      if (!NestedStacks.STACK_TYPE.equals(event.resourceType())
          || event.physicalResourceId() == null
          || event.physicalResourceId().isEmpty()
          || event.physicalResourceId().equals(event.stackId())) {
        continue;
      }
      Followed followed =
          following.computeIfAbsent(
              event.physicalResourceId(), id -> new Followed(prefix + event.logicalResourceId()));
      boolean settled = !String.valueOf(event.resourceStatusAsString()).endsWith("_IN_PROGRESS");
      followed.lastReadDue |= settled && !followed.settled;
      followed.settled = settled;
    }
  }

  private void discoverResources() {
    try {
      for (StackResourceSummary resource :
          cfn.listStackResourcesPaginator(b -> b.stackName(rootStackId)).stackResourceSummaries()) {
        if (NestedStacks.STACK_TYPE.equals(resource.resourceType())
            && resource.physicalResourceId() != null
            && !resource.physicalResourceId().isEmpty()) {
          following.computeIfAbsent(
              resource.physicalResourceId(), id -> new Followed(resource.logicalResourceId()));
        }
      }
    } catch (AwsServiceException gone) {
      // A root deleted meanwhile has no resources to list; its events told the rest.
    }
  }

  /** The events of a followed stack since the operation began that were not shown yet. */
  private List<StackEvent> newEvents(String stackId, Followed followed) {
    List<StackEvent> newestFirst = new ArrayList<>();
    if (since.isEmpty()) {
      return newestFirst;
    }
    String token = null;
    try {
      for (int page = 0; page < MAX_PAGES_PER_POLL; page++) {
        String next = token;
        DescribeStackEventsResponse response =
            cfn.describeStackEvents(b -> b.stackName(stackId).nextToken(next));
        boolean done = false;
        for (StackEvent event : response.stackEvents()) {
          if (followed.seen.contains(event.eventId())
              || (event.timestamp() != null && event.timestamp().isBefore(since.get()))) {
            done = true;
            break;
          }
          newestFirst.add(event);
        }
        token = response.nextToken();
        if (done || token == null) {
          break;
        }
      }
    } catch (AwsServiceException gone) {
      // A nested stack deleted with its parent may have no events to read any more.
      return List.of();
    }
    List<StackEvent> fresh = new ArrayList<>();
    for (StackEvent event : newestFirst) {
      followed.seen.add(event.eventId());
      // The nested stack's own status events repeat what its parent says of its stack resource.
      if (!String.valueOf(event.stackId()).equals(event.physicalResourceId())) {
        fresh.add(event);
      }
    }
    Collections.reverse(fresh);
    return fresh;
  }
}
