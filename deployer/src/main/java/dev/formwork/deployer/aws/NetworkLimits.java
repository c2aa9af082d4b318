package dev.formwork.deployer.aws;

import dev.formwork.deployer.RetryPolicy;
import java.time.Duration;

/**
 * How long formwork waits on the network before it gives up or tells the user: the connect and read
 * timeouts of every AWS call, how many attempts a timed-out call gets (a refused connection or an
 * unknown host gets one), and when a slow call is first reported and then reported again.
 */
public record NetworkLimits(
    Duration connectTimeout,
    Duration readTimeout,
    int timeoutAttempts,
    Duration firstNotice,
    Duration noticeInterval) {

  /**
   * 5 s to connect, 20 s for the first byte of an answer, 2 attempts: an endpoint that accepts the
   * connection and never answers is given up after at most 55 s (see {@link #silentEndpointBound}).
   * The SDK's own defaults (2 s connect, 30 s read, 3 attempts for timeouts) would wait 90 s
   * silently; with formwork's 8 attempts for throttling they waited 273 s.
   */
  public static final NetworkLimits DEFAULT =
      new NetworkLimits(
          Duration.ofSeconds(5),
          Duration.ofSeconds(20),
          2,
          Duration.ofSeconds(5),
          Duration.ofSeconds(10));

  public NetworkLimits {
    if (timeoutAttempts < 1) {
      throw new IllegalArgumentException("timeoutAttempts must be at least 1");
    }
    if (connectTimeout.isNegative()
        || connectTimeout.isZero()
        || readTimeout.isNegative()
        || readTimeout.isZero()) {
      throw new IllegalArgumentException("timeouts must be positive");
    }
  }

  /**
   * The longest a call waits on an endpoint that accepts connections and never answers: every
   * attempt runs into the read timeout, with at most one capped backoff between attempts.
   */
  public Duration silentEndpointBound(RetryPolicy retry) {
    return readTimeout
        .multipliedBy(timeoutAttempts)
        .plus(retry.maxDelay().multipliedBy(timeoutAttempts - 1L));
  }
}
