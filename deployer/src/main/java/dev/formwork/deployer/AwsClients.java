package dev.formwork.deployer;

import dev.formwork.deployer.aws.AwsFailureException;
import dev.formwork.deployer.aws.AwsProfiles;
import dev.formwork.deployer.aws.AwsSettings;
import dev.formwork.deployer.aws.CallWatch;
import dev.formwork.deployer.aws.FailFastRetryStrategy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.route53.Route53Client;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

/**
 * Builds and owns every AWS SDK client of one command, all with the same region, credentials (the
 * named profile, else the SDK's default chain), retry strategy, network limits and optional
 * endpoint override, and the {@link CallWatch} that reports slow calls. Clients are built on first
 * use and closed together; {@link #errors()} explains any failure they end in.
 */
public final class AwsClients implements AutoCloseable {

  /**
   * Lambda holds a synchronous invocation open while the function runs (up to 15 minutes), so its
   * client reads with this timeout and each Invoke sets its own attempt timeout instead.
   */
  private static final Duration LAMBDA_SOCKET_TIMEOUT = Duration.ofMinutes(16);

  private final DeployTarget target;
  private final AwsSettings settings;
  private final String profileName;
  private final CallWatch watch;
  private final AwsErrors errors;
  private final List<AutoCloseable> built = new ArrayList<>();
  private SdkHttpClient httpClient;
  private AwsCredentialsProvider credentials;
  private CloudFormationClient cloudFormation;
  private S3Client s3;
  private StsClient sts;
  private GetCallerIdentityResponse callerIdentity;
  private LambdaClient lambda;
  private CloudWatchLogsClient logs;
  private SecretsManagerClient secretsManager;
  private Route53Client route53;

  private AwsClients(DeployTarget target, AwsSettings settings) {
    this.target = target;
    this.settings = settings;
    this.profileName = AwsProfiles.effectiveName(settings.profile(), System.getenv());
    this.watch = new CallWatch(settings.network(), settings.slowCallNotices());
    this.errors = new AwsErrors(target, settings, profileName, this::ssoProfile, watch);
  }

  public static AwsClients create(DeployTarget target) {
    return new AwsClients(target, AwsSettings.DEFAULT);
  }

  public static AwsClients create(DeployTarget target, RetryPolicy retryPolicy) {
    return new AwsClients(target, AwsSettings.DEFAULT.withRetryPolicy(retryPolicy));
  }

  public static AwsClients create(DeployTarget target, AwsSettings settings) {
    return new AwsClients(target, settings);
  }

  public DeployTarget target() {
    return target;
  }

  /** Explains the failures of these clients' calls. */
  public AwsErrors errors() {
    return errors;
  }

  /**
   * Runs a deployer step and turns the failures a user can act on (a {@link DeployStepException},
   * any AWS failure) into a failed result.
   */
  public DeployResult guard(Supplier<DeployResult> step) {
    try {
      return step.get();
    } catch (DeployStepException e) {
      return DeployResult.failed(e.code(), e.getMessage(), e.hint());
    } catch (SdkException | AwsFailureException e) {
      return errors.toResult(e);
    }
  }

  /**
   * Resolves the credentials now, before any work that would be wasted without them: a profile that
   * was named but does not exist, or no credentials at all, fail here.
   *
   * @throws AwsFailureException explaining what is missing
   */
  public void requireCredentials() {
    if (settings.profile().isPresent()) {
      AwsProfiles.load().requireExists(profileName, "--profile");
    } else if (!AwsProfiles.DEFAULT.equals(profileName)
        && System.getenv("AWS_ACCESS_KEY_ID") == null) {
      AwsProfiles.load().requireExists(profileName, "AWS_PROFILE");
    }
    try {
      credentials().resolveCredentials();
    } catch (RuntimeException e) {
      throw new AwsFailureException(errors.credentials(e), e);
    }
  }

  public synchronized CloudFormationClient cloudFormation() {
    if (cloudFormation == null) {
      cloudFormation = build(CloudFormationClient::builder, httpClient());
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
                      .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED),
              httpClient());
    }
    return s3;
  }

  public synchronized StsClient sts() {
    if (sts == null) {
      sts = build(StsClient::builder, httpClient());
    }
    return sts;
  }

  /** Who the credentials belong to (STS GetCallerIdentity), asked once per command. */
  public synchronized GetCallerIdentityResponse callerIdentity() {
    if (callerIdentity == null) {
      callerIdentity = sts().getCallerIdentity();
    }
    return callerIdentity;
  }

  /** The account of the caller's credentials. */
  public String accountId() {
    return callerIdentity().account();
  }

  /** The ARN of the caller's credentials (the user or assumed role), from the same STS answer. */
  public String callerArn() {
    return callerIdentity().arn();
  }

  /**
   * The Lambda client, which reads with a 16-minute socket timeout: give each Invoke an attempt
   * timeout (the function's timeout plus {@code network().readTimeout()}) instead.
   */
  public synchronized LambdaClient lambda() {
    if (lambda == null) {
      SdkHttpClient invokeClient =
          ApacheHttpClient.builder()
              .connectionTimeout(settings.network().connectTimeout())
              .socketTimeout(LAMBDA_SOCKET_TIMEOUT)
              .build();
      built.add(invokeClient);
      lambda = build(LambdaClient::builder, invokeClient);
    }
    return lambda;
  }

  public synchronized CloudWatchLogsClient logs() {
    if (logs == null) {
      logs = build(CloudWatchLogsClient::builder, httpClient());
    }
    return logs;
  }

  /**
   * The credentials these clients sign with, resolved now, as the variables an AWS SDK reads
   * ({@code AWS_ACCESS_KEY_ID}, {@code AWS_SECRET_ACCESS_KEY}, {@code AWS_SESSION_TOKEN} when the
   * credentials are temporary): a local invoke hands them to the handler it runs, so that its SDK
   * calls act as the user's would.
   */
  public Map<String, String> credentialsEnvironment() {
    AwsCredentials resolved = credentials().resolveCredentials();
    Map<String, String> variables = new TreeMap<>();
    variables.put("AWS_ACCESS_KEY_ID", resolved.accessKeyId());
    variables.put("AWS_SECRET_ACCESS_KEY", resolved.secretAccessKey());
    if (resolved instanceof AwsSessionCredentials session) {
      variables.put("AWS_SESSION_TOKEN", session.sessionToken());
    }
    return variables;
  }

  public synchronized SecretsManagerClient secretsManager() {
    if (secretsManager == null) {
      secretsManager = build(SecretsManagerClient::builder, httpClient());
    }
    return secretsManager;
  }

  /** Route 53 is a global service; the SDK resolves its one endpoint from any region. */
  public synchronized Route53Client route53() {
    if (route53 == null) {
      route53 = build(Route53Client::builder, httpClient());
    }
    return route53;
  }

  /**
   * The retry strategy: the SDK's standard one with exponential backoff and full jitter (capped),
   * made to fail fast on an unreachable endpoint (see {@link FailFastRetryStrategy}).
   */
  static RetryStrategy retryStrategy(AwsSettings settings) {
    RetryPolicy policy = settings.retryPolicy();
    BackoffStrategy backoff =
        BackoffStrategy.exponentialDelay(policy.baseDelay(), policy.maxDelay());
    RetryStrategy standard =
        AwsRetryStrategy.standardRetryStrategy().toBuilder()
            .maxAttempts(policy.maxAttempts())
            .backoffStrategy(backoff)
            .throttlingBackoffStrategy(backoff)
            // The token bucket would stop retrying throttled calls early during long stack waits.
            .circuitBreakerEnabled(false)
            .build();
    return new FailFastRetryStrategy(standard, settings.network().timeoutAttempts());
  }

  private synchronized SdkHttpClient httpClient() {
    if (httpClient == null) {
      httpClient =
          ApacheHttpClient.builder()
              .connectionTimeout(settings.network().connectTimeout())
              .socketTimeout(settings.network().readTimeout())
              .build();
      built.add(httpClient);
    }
    return httpClient;
  }

  private synchronized AwsCredentialsProvider credentials() {
    if (credentials == null) {
      // A named profile wins over access keys in the environment, as with the AWS CLI's --profile;
      // otherwise the default chain (keys, AWS_PROFILE or default, SSO, web identity, roles).
      if (settings.profile().isPresent()) {
        ProfileCredentialsProvider profile =
            ProfileCredentialsProvider.builder().profileName(profileName).build();
        built.add(profile);
        credentials = profile;
      } else {
        DefaultCredentialsProvider chain = DefaultCredentialsProvider.builder().build();
        built.add(chain);
        credentials = chain;
      }
    }
    return credentials;
  }

  private boolean ssoProfile() {
    try {
      return AwsProfiles.load().isSso(profileName);
    } catch (RuntimeException unreadable) {
      return false;
    }
  }

  private <C extends AutoCloseable, B extends AwsClientBuilder<B, C>> C build(
      Supplier<B> builder, SdkHttpClient http) {
    B b = builder.get();
    b.region(Region.of(target.region()))
        .credentialsProvider(credentials())
        .overrideConfiguration(
            ClientOverrideConfiguration.builder()
                .retryStrategy(retryStrategy(settings))
                .addExecutionInterceptor(watch)
                .build());
    target.endpointUrl().ifPresent(b::endpointOverride);
    if (b instanceof SdkSyncClientBuilder<?, ?> sync) {
      sync.httpClient(http);
    }
    C client = b.build();
    built.add(0, client);
    return client;
  }

  @Override
  public synchronized void close() {
    watch.close();
    for (AutoCloseable client : built) {
      try {
        client.close();
      } catch (Exception ignored) {
        // Closing releases connections only; nothing to report to the user.
      }
    }
    built.clear();
  }
}
