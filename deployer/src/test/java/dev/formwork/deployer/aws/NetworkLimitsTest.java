package dev.formwork.deployer.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.formwork.deployer.RetryPolicy;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The bound docs/cli.md promises for an endpoint that never answers. */
class NetworkLimitsTest {

  @Test
  void aSilentEndpointIsGivenUpAfterAtMost55Seconds() {
    // Two 20 s attempts and one backoff of at most 15 s between them.
    assertEquals(
        Duration.ofSeconds(55), NetworkLimits.DEFAULT.silentEndpointBound(RetryPolicy.DEFAULT));
  }
}
