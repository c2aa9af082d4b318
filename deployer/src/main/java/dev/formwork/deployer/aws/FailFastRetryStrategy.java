package dev.formwork.deployer.aws;

import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.Locale;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.retries.api.AcquireInitialTokenRequest;
import software.amazon.awssdk.retries.api.AcquireInitialTokenResponse;
import software.amazon.awssdk.retries.api.RecordSuccessRequest;
import software.amazon.awssdk.retries.api.RecordSuccessResponse;
import software.amazon.awssdk.retries.api.RefreshRetryTokenRequest;
import software.amazon.awssdk.retries.api.RefreshRetryTokenResponse;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.retries.api.RetryToken;
import software.amazon.awssdk.retries.api.TokenAcquisitionFailedException;

/**
 * The SDK's standard retry strategy (throttling and 5xx errors, with formwork's backoff and
 * attempts), except for failures where waiting does not help: a refused connection or an unknown
 * host is not retried at all, and a timeout gets {@link NetworkLimits#timeoutAttempts()} attempts
 * in all. The SDK retries both like throttling, which made a stopped moto server take 33 s to
 * report and a silent endpoint 273 s.
 */
public final class FailFastRetryStrategy implements RetryStrategy {

  private final RetryStrategy standard;
  private final int timeoutAttempts;

  public FailFastRetryStrategy(RetryStrategy standard, int timeoutAttempts) {
    this.standard = standard;
    this.timeoutAttempts = timeoutAttempts;
  }

  /** The standard strategy's token and how many attempts this call has made. */
  private record CountedToken(RetryToken token, int attempts) implements RetryToken {}

  @Override
  public AcquireInitialTokenResponse acquireInitialToken(AcquireInitialTokenRequest request) {
    AcquireInitialTokenResponse response = standard.acquireInitialToken(request);
    return AcquireInitialTokenResponse.create(
        new CountedToken(response.token(), 1), response.delay());
  }

  @Override
  public RefreshRetryTokenResponse refreshRetryToken(RefreshRetryTokenRequest request) {
    CountedToken counted = (CountedToken) request.token();
    Throwable failure = request.failure();
    if (unreachable(failure)) {
      throw new TokenAcquisitionFailedException(
          "not retried: the endpoint cannot be reached", counted, failure);
    }
    if (timedOut(failure) && counted.attempts() >= timeoutAttempts) {
      throw new TokenAcquisitionFailedException(
          "not retried: " + counted.attempts() + " attempts timed out", counted, failure);
    }
    RefreshRetryTokenResponse response =
        standard.refreshRetryToken(request.toBuilder().token(counted.token()).build());
    return RefreshRetryTokenResponse.create(
        new CountedToken(response.token(), counted.attempts() + 1), response.delay());
  }

  @Override
  public RecordSuccessResponse recordSuccess(RecordSuccessRequest request) {
    CountedToken counted = (CountedToken) request.token();
    standard.recordSuccess(RecordSuccessRequest.create(counted.token()));
    return RecordSuccessResponse.create(counted);
  }

  @Override
  public int maxAttempts() {
    return standard.maxAttempts();
  }

  /** Already complete: the client must not add its defaults to it (they would not fail fast). */
  @Override
  public boolean useClientDefaults() {
    return false;
  }

  @Override
  public Builder<?, ?> toBuilder() {
    throw new UnsupportedOperationException("FailFastRetryStrategy is built by AwsClients");
  }

  /** Connection refused, no route, or a host name that does not resolve. */
  static boolean unreachable(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof UnknownHostException || cause instanceof NoRouteToHostException) {
        return true;
      }
      if (cause instanceof ConnectException
          && String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT).contains("refused")) {
        return true;
      }
    }
    return false;
  }

  /** A connect or read timeout, or the SDK's per-attempt timeout. */
  static boolean timedOut(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof InterruptedIOException
          || cause instanceof ApiCallAttemptTimeoutException) {
        return true;
      }
    }
    return false;
  }
}
