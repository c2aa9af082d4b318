package dev.formwork.deployer.stack;

import java.util.Optional;

/** A stack as DescribeStacks reports it: its id, status name and the status reason if any. */
public record StackState(String stackId, String status, Optional<String> reason) {

  public boolean inProgress() {
    return status.endsWith("_IN_PROGRESS");
  }
}
