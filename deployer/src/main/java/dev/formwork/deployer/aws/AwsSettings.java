package dev.formwork.deployer.aws;

import dev.formwork.deployer.RetryPolicy;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * How the AWS clients of one command are built: the named profile (empty: the SDK's default chain,
 * which honours {@code AWS_PROFILE}), the retry policy, the network limits, and where notices about
 * slow calls go.
 */
public record AwsSettings(
    Optional<String> profile,
    RetryPolicy retryPolicy,
    NetworkLimits network,
    Consumer<String> slowCallNotices) {

  /** The default chain, default retries and limits, and slow-call notices dropped. */
  public static final AwsSettings DEFAULT =
      new AwsSettings(Optional.empty(), RetryPolicy.DEFAULT, NetworkLimits.DEFAULT, line -> {});

  public AwsSettings withProfile(Optional<String> name) {
    return new AwsSettings(name, retryPolicy, network, slowCallNotices);
  }

  public AwsSettings withRetryPolicy(RetryPolicy policy) {
    return new AwsSettings(profile, policy, network, slowCallNotices);
  }

  public AwsSettings withNetwork(NetworkLimits limits) {
    return new AwsSettings(profile, retryPolicy, limits, slowCallNotices);
  }

  public AwsSettings withNotices(Consumer<String> notices) {
    return new AwsSettings(profile, retryPolicy, network, notices);
  }
}
