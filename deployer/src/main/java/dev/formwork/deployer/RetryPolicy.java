package dev.formwork.deployer;

import java.time.Duration;

/**
 * How AWS calls are retried: at most {@code maxAttempts} tries with exponential backoff and full
 * jitter, each delay capped at {@code maxDelay}, so the total wait is bounded by {@link
 * #maxTotalWait()}. Throttling and 5xx errors are retried; access denied and other client errors
 * are not.
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay) {

  /**
   * 8 attempts, 1 s base, 15 s cap: at most 105 s of sleeping. CDK uses 7 attempts capped at 15 s
   * because uncapped backoff looked like a hang (aws-cdk-cli toolkit-lib sdk.ts).
   */
  public static final RetryPolicy DEFAULT =
      new RetryPolicy(8, Duration.ofSeconds(1), Duration.ofSeconds(15));

  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
    if (baseDelay.isNegative() || maxDelay.compareTo(baseDelay) < 0) {
      throw new IllegalArgumentException("delays must satisfy 0 <= baseDelay <= maxDelay");
    }
  }

  /** The longest the backoff can sleep across all retries of one call. */
  public Duration maxTotalWait() {
    return maxDelay.multipliedBy(maxAttempts - 1L);
  }
}
