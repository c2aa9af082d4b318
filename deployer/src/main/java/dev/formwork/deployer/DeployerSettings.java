package dev.formwork.deployer;

import java.time.Duration;

/**
 * Timing of the deployer's polling: how often stack and change-set state is read, how long to wait
 * for another operation on the same stack to finish, how long to wait for an operation of ours, and
 * how often an unchanged stack status is repeated where lines cannot be redrawn (CI logs).
 */
public record DeployerSettings(
    Duration pollInterval,
    Duration busyStackTimeout,
    Duration operationTimeout,
    Duration plainStatusInterval) {

  /**
   * 4 s polls, as Stacktape's waitForStackToBeReadyForOperation; 10 min busy wait; 2 h per
   * operation; in CI, the status when it changes and otherwise every 30 s (a 10-minute deploy
   * printed 150 status lines when every poll was printed).
   */
  public static final DeployerSettings DEFAULT =
      new DeployerSettings(
          Duration.ofSeconds(4),
          Duration.ofMinutes(10),
          Duration.ofHours(2),
          Duration.ofSeconds(30));

  /** Settings with the default 30 s repeat of an unchanged status in CI. */
  public DeployerSettings(
      Duration pollInterval, Duration busyStackTimeout, Duration operationTimeout) {
    this(pollInterval, busyStackTimeout, operationTimeout, Duration.ofSeconds(30));
  }
}
