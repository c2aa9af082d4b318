package dev.formwork.deployer;

import java.time.Duration;

/**
 * Timing of the deployer's polling: how often stack and change-set state is read, how long to wait
 * for another operation on the same stack to finish, and how long to wait for an operation of ours.
 */
public record DeployerSettings(
    Duration pollInterval, Duration busyStackTimeout, Duration operationTimeout) {

  /**
   * 4 s polls, as Stacktape's waitForStackToBeReadyForOperation; 10 min busy wait; 2 h per
   * operation.
   */
  public static final DeployerSettings DEFAULT =
      new DeployerSettings(Duration.ofSeconds(4), Duration.ofMinutes(10), Duration.ofHours(2));
}
