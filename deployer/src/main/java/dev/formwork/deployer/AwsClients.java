package dev.formwork.deployer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.route53.Route53Client;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * Builds and owns every AWS SDK client the deployer uses, all with the same region, the default
 * credential chain, the bounded retry policy, and the optional endpoint override. Clients are built
 * on first use and closed together.
 */
public final class AwsClients implements AutoCloseable {

  private final DeployTarget target;
  private final RetryPolicy retryPolicy;
  private final SdkHttpClient httpClient;
  private final List<AutoCloseable> built = new ArrayList<>();
  private CloudFormationClient cloudFormation;
  private S3Client s3;
  private StsClient sts;
  private LambdaClient lambda;
  private SecretsManagerClient secretsManager;
  private Route53Client route53;

  private AwsClients(DeployTarget target, RetryPolicy retryPolicy) {
    this.target = target;
    this.retryPolicy = retryPolicy;
    this.httpClient = ApacheHttpClient.builder().build();
  }

  public static AwsClients create(DeployTarget target) {
    return new AwsClients(target, RetryPolicy.DEFAULT);
  }

  public static AwsClients create(DeployTarget target, RetryPolicy retryPolicy) {
    return new AwsClients(target, retryPolicy);
  }

  public DeployTarget target() {
    return target;
  }

  public synchronized CloudFormationClient cloudFormation() {
    if (cloudFormation == null) {
      cloudFormation = build(CloudFormationClient::builder);
    }
    return cloudFormation;
  }

  public synchronized S3Client s3() {
    if (s3 == null) {
      s3 =
          build(
              () ->
                  S3Client.builder()
                      // Local S3 servers (moto) have no wildcard DNS for virtual-hosted bucket
                      // names.
                      .forcePathStyle(target.endpointUrl().isPresent())
                      // Checksums only where S3 requires them: trailing checksums need aws-chunked
                      // encoding, which some S3-compatible servers and proxies mishandle.
                      .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED));
    }
    return s3;
  }

  public synchronized StsClient sts() {
    if (sts == null) {
      sts = build(StsClient::builder);
    }
    return sts;
  }

  public synchronized LambdaClient lambda() {
    if (lambda == null) {
      lambda = build(LambdaClient::builder);
    }
    return lambda;
  }

  public synchronized SecretsManagerClient secretsManager() {
    if (secretsManager == null) {
      secretsManager = build(SecretsManagerClient::builder);
    }
    return secretsManager;
  }

  /** Route 53 is a global service; the SDK resolves its one endpoint from any region. */
  public synchronized Route53Client route53() {
    if (route53 == null) {
      route53 = build(Route53Client::builder);
    }
    return route53;
  }

  /**
   * The SDK retry strategy for {@link RetryPolicy}: exponential backoff with full jitter, capped.
   */
  static RetryStrategy retryStrategy(RetryPolicy policy) {
    BackoffStrategy backoff =
        BackoffStrategy.exponentialDelay(policy.baseDelay(), policy.maxDelay());
    return AwsRetryStrategy.standardRetryStrategy().toBuilder()
        .maxAttempts(policy.maxAttempts())
        .backoffStrategy(backoff)
        .throttlingBackoffStrategy(backoff)
        // The token bucket would stop retrying throttled calls early during long stack waits.
        .circuitBreakerEnabled(false)
        .build();
  }

  private <C extends AutoCloseable, B extends AwsClientBuilder<B, C>> C build(Supplier<B> builder) {
    B b = builder.get();
    configure(b);
    C client = b.build();
    built.add(client);
    return client;
  }

  private <B extends AwsClientBuilder<B, ?>> void configure(B builder) {
    builder
        .region(Region.of(target.region()))
        .credentialsProvider(DefaultCredentialsProvider.builder().build())
        .overrideConfiguration(
            ClientOverrideConfiguration.builder()
                .retryStrategy(retryStrategy(retryPolicy))
                .build());
    target.endpointUrl().ifPresent(builder::endpointOverride);
    if (builder instanceof SdkSyncClientBuilder<?, ?> sync) {
      sync.httpClient(httpClient);
    }
  }

  @Override
  public synchronized void close() {
    for (AutoCloseable client : built) {
      try {
        client.close();
      } catch (Exception ignored) {
        // Closing releases connections only; nothing to report to the user.
      }
    }
    built.clear();
    httpClient.close();
  }
}
