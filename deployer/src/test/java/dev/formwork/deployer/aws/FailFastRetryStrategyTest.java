package dev.formwork.deployer.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.retries.api.AcquireInitialTokenRequest;
import software.amazon.awssdk.retries.api.RefreshRetryTokenRequest;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.retries.api.RetryToken;
import software.amazon.awssdk.retries.api.TokenAcquisitionFailedException;

/**
 * Which failures get another attempt: none for an endpoint that cannot be reached, a bounded number
 * for timeouts, and the standard budget for throttling.
 */
class FailFastRetryStrategyTest {

  private final RetryStrategy strategy =
      new FailFastRetryStrategy(
          AwsRetryStrategy.standardRetryStrategy().toBuilder()
              .maxAttempts(8)
              .backoffStrategy(attempt -> Duration.ZERO)
              .throttlingBackoffStrategy(attempt -> Duration.ZERO)
              .circuitBreakerEnabled(false)
              .build(),
          2);

  /** How many attempts a call gets when every attempt fails with {@code failure}. */
  private int attempts(Throwable failure) {
    RetryToken token =
        strategy.acquireInitialToken(AcquireInitialTokenRequest.create("test")).token();
    int attempts = 1;
    while (true) {
      try {
        token =
            strategy
                .refreshRetryToken(
                    RefreshRetryTokenRequest.builder().token(token).failure(failure).build())
                .token();
        attempts++;
      } catch (TokenAcquisitionFailedException stop) {
        return attempts;
      }
    }
  }

  @Test
  void aRefusedConnectionOrAnUnknownHostIsNotRetried() {
    assertEquals(
        1,
        attempts(
            SdkClientException.create(
                "Unable to execute HTTP request",
                new ConnectException("Connect to 127.0.0.1:1 failed: Connection refused"))));
    assertEquals(
        1,
        attempts(
            SdkClientException.create(
                "Unable to execute HTTP request", new UnknownHostException("no-such.invalid"))));
  }

  @Test
  void aTimeoutGetsTheTimeoutAttemptsOnly() {
    assertEquals(
        2,
        attempts(
            SdkClientException.create(
                "Unable to execute HTTP request", new SocketTimeoutException("Read timed out"))));
  }

  @Test
  void throttlingKeepsTheWholeBudget() {
    AwsServiceException throttled =
        AwsServiceException.builder()
            .statusCode(400)
            .awsErrorDetails(
                AwsErrorDetails.builder()
                    .errorCode("Throttling")
                    .errorMessage("Rate exceeded")
                    .build())
            .build();
    assertEquals(8, attempts(throttled));
  }

  @Test
  void itCannotBeRebuiltWithClientDefaultsThatWouldRetryAgain() {
    assertFalse(strategy.useClientDefaults());
    assertThrows(UnsupportedOperationException.class, strategy::toBuilder);
  }
}
