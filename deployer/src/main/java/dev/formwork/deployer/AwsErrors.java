package dev.formwork.deployer;

import dev.formwork.deployer.aws.AwsFailure;
import dev.formwork.deployer.aws.AwsFailureException;
import dev.formwork.deployer.aws.AwsSettings;
import dev.formwork.deployer.aws.CallWatch;
import dev.formwork.schema.diag.Code;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Turns any failure of an AWS call into an {@link AwsFailure}: one sentence a person can act on, a
 * hint and a catalogued code, never a stack trace. It knows the command's endpoint, profile and
 * limits, and (through the {@link CallWatch}) which call failed, so that "access denied" names the
 * action and "connection refused" names the address.
 */
public final class AwsErrors {

  private static final Set<String> ACCESS_DENIED =
      Set.of("AccessDenied", "AccessDeniedException", "UnauthorizedOperation", "Forbidden");
  private static final Set<String> INVALID_CREDENTIALS =
      Set.of(
          "ExpiredToken",
          "ExpiredTokenException",
          "RequestExpired",
          "InvalidClientTokenId",
          "UnrecognizedClientException",
          "SignatureDoesNotMatch",
          "InvalidSignatureException",
          "InvalidAccessKeyId",
          "AuthFailure",
          "TokenRefreshRequired");
  private static final Set<String> THROTTLING =
      Set.of(
          "Throttling",
          "ThrottlingException",
          "TooManyRequestsException",
          "RequestLimitExceeded",
          "SlowDown");

  /** IAM's wording: "User: arn:… is not authorized to perform: s3:PutObject on resource: arn:…". */
  private static final Pattern NOT_AUTHORIZED =
      Pattern.compile(
          "(?:User|Principal):? (\\S+) is not authorized to perform:? (\\S+?)(?: on resource:?"
              + " (\\S+?))?(?:[ .]|$)");

  private final DeployTarget target;
  private final AwsSettings settings;
  private final String profile;
  private final Supplier<Boolean> ssoProfile;
  private final CallWatch watch;

  /**
   * @param profile the profile in effect (named, {@code AWS_PROFILE}, or {@code default})
   * @param ssoProfile whether that profile signs in through IAM Identity Center; asked only when a
   *     credentials failure needs the answer
   */
  public AwsErrors(
      DeployTarget target,
      AwsSettings settings,
      String profile,
      Supplier<Boolean> ssoProfile,
      CallWatch watch) {
    this.target = target;
    this.settings = settings;
    this.profile = profile;
    this.ssoProfile = ssoProfile;
    this.watch = watch;
  }

  /**
   * True when the failure came from an AWS call or its credentials (so {@link #explain} applies).
   */
  public static boolean concerns(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SdkException || cause instanceof AwsFailureException) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when an AWS call ended because its thread was interrupted (Ctrl-C in {@code formwork
   * dev}): the SDK then throws AbortedException rather than InterruptedException.
   */
  public static boolean isInterruption(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof AbortedException || cause instanceof InterruptedException) {
        return true;
      }
    }
    return false;
  }

  /** The failure as a deployer result: exit code 3, the sentence, the hint and the code. */
  public DeployResult toResult(Throwable failure) {
    AwsFailure explained = explain(failure);
    return DeployResult.failed(explained.code(), explained.message(), explained.hint());
  }

  /**
   * Why resolving the credentials failed. For an IAM Identity Center profile the answer is to log
   * in again, whatever the SDK's wording (a missing cache file, an expired token), unless the
   * network is at fault.
   */
  public AwsFailure credentials(Throwable failure) {
    AwsFailure explained = explain(failure);
    boolean network =
        explained.code() == Code.AWS_CONNECTION_REFUSED
            || explained.code() == Code.AWS_UNKNOWN_HOST
            || explained.code() == Code.AWS_TIMEOUT
            || explained.code() == Code.AWS_NETWORK;
    if (!network && ssoProfile.get()) {
      return credentialsMissing();
    }
    return explained.code() == Code.AWS_REQUEST_FAILED ? credentialsMissing() : explained;
  }

  /** One sentence, a hint and a code for any failure an AWS call can end in. */
  public AwsFailure explain(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof AwsFailureException known) {
        return known.failure();
      }
    }
    // Before the network checks: the chain's last provider (instance metadata) fails with a
    // refused connection or a timeout of its own, which is not the endpoint's.
    String text = String.valueOf(failure.getMessage());
    if (text.contains("Unable to load credentials")
        || text.contains("contained no credentials")
        || ssoFailure(failure)) {
      return credentialsMissing();
    }
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof AwsServiceException service && service.awsErrorDetails() != null) {
        return service(service, failure);
      }
    }
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      Optional<AwsFailure> network = network(cause, failure);
      if (network.isPresent()) {
        return network.get();
      }
    }
    return new AwsFailure(
        Code.AWS_REQUEST_FAILED,
        "The AWS request " + describeCall(failure) + " failed: " + firstLine(text),
        "Run the command again with --debug to see the full error.");
  }

  private AwsFailure service(AwsServiceException e, Throwable failure) {
    // A reply without an error code (some proxies, some 403s) is named by its HTTP status.
    String code =
        e.awsErrorDetails().errorCode() != null
            ? e.awsErrorDetails().errorCode()
            : "HTTP " + e.statusCode();
    // JSON services name their errors "AccessDeniedException"; query services "AccessDenied".
    // Shown without the suffix, so no message looks like a Java exception.
    String shown = code.endsWith("Exception") ? code.substring(0, code.length() - 9) : code;
    String message = firstLine(e.awsErrorDetails().errorMessage());
    Optional<CallWatch.Call> call = watch.callOf(failure);
    String service =
        call.map(CallWatch.Call::service).orElse(String.valueOf(e.awsErrorDetails().serviceName()));
    if (INVALID_CREDENTIALS.contains(code)) {
      return new AwsFailure(
          Code.AWS_INVALID_CREDENTIALS,
          "AWS rejected the credentials (" + service + " " + shown + "): " + message,
          ssoProfile.get()
              ? "Renew the SSO session: run `aws sso login --profile " + profile + "`."
              : "The credentials have expired or are not valid: renew them (for temporary keys,"
                  + " AWS_SESSION_TOKEN too), or pass --profile with working ones.");
    }
    if (ACCESS_DENIED.contains(code) || e.statusCode() == 403) {
      return accessDenied(shown, message, call);
    }
    if (THROTTLING.contains(code)) {
      return new AwsFailure(
          Code.AWS_THROTTLED,
          "AWS kept throttling "
              + service
              + " requests after "
              + settings.retryPolicy().maxAttempts()
              + " attempts: "
              + message,
          "Wait a minute and run the command again; other tools in the account may be using the"
              + " API quota.");
    }
    return new AwsFailure(
        Code.AWS_REQUEST_FAILED,
        service
            + " refused "
            + call.map(CallWatch.Call::operation).orElse("the request")
            + " ("
            + shown
            + "): "
            + message,
        "Check the stage, region and stack name; run again with --debug for details.");
  }

  /** Names the principal, the action and the resource, from IAM's message or the failed call. */
  private AwsFailure accessDenied(String code, String message, Optional<CallWatch.Call> call) {
    Matcher matcher = NOT_AUTHORIZED.matcher(message);
    String principal = "The credentials in use";
    String action = call.map(CallWatch.Call::action).orElse("this action");
    String resource = null;
    if (matcher.find()) {
      principal = matcher.group(1);
      action = matcher.group(2);
      resource = matcher.group(3);
    }
    String sentence =
        "AWS denied access: "
            + principal
            + " may not perform "
            + action
            + (resource == null ? "" : " on " + resource)
            + " ("
            + code
            + ").";
    return new AwsFailure(
        Code.AWS_ACCESS_DENIED,
        sentence,
        "Use credentials whose IAM policy allows "
            + action
            + (resource == null ? "" : " on that resource")
            + " (check --profile or AWS_PROFILE and the account), or ask an administrator to grant"
            + " it.");
  }

  private Optional<AwsFailure> network(Throwable cause, Throwable failure) {
    String address = address(failure);
    if (cause instanceof UnknownHostException) {
      return Optional.of(
          new AwsFailure(
              Code.AWS_UNKNOWN_HOST,
              "The host of "
                  + address
                  + " cannot be resolved (DNS): "
                  + firstLine(cause.getMessage())
                  + ".",
              target.endpointUrl().isPresent()
                  ? "Check the host name in --endpoint-url."
                  : "Check the network connection and DNS, and that the region "
                      + target.region()
                      + " exists."));
    }
    if (cause instanceof ConnectException || cause instanceof NoRouteToHostException) {
      boolean refused =
          String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT).contains("refused");
      return Optional.of(
          new AwsFailure(
              refused ? Code.AWS_CONNECTION_REFUSED : Code.AWS_NETWORK,
              refused
                  ? "Nothing is listening at " + address + ": the connection was refused."
                  : "Could not connect to " + address + ": " + firstLine(cause.getMessage()) + ".",
              target.endpointUrl().isPresent()
                  ? "Start the server behind --endpoint-url (for moto: `moto_server -p PORT`), or"
                      + " fix its host and port."
                  : "Check the network connection, firewall and HTTPS_PROXY."));
    }
    if (cause instanceof InterruptedIOException
        || cause instanceof ApiCallAttemptTimeoutException
        || cause instanceof ApiCallTimeoutException) {
      return Optional.of(
          new AwsFailure(
              Code.AWS_TIMEOUT,
              address
                  + " did not answer "
                  + describeCall(failure)
                  + " in time: formwork waited "
                  + seconds(settings.network().readTimeout())
                  + " for each of "
                  + settings.network().timeoutAttempts()
                  + " attempts (connect timeout "
                  + seconds(settings.network().connectTimeout())
                  + ").",
              target.endpointUrl().isPresent()
                  ? "Check that the server behind --endpoint-url is healthy (it accepts"
                      + " connections but does not answer)."
                  : "Check the network connection and proxy, then run the command again."));
    }
    if (cause instanceof SSLException) {
      return Optional.of(
          new AwsFailure(
              Code.AWS_NETWORK,
              "The TLS handshake with " + address + " failed: " + firstLine(cause.getMessage()),
              target.endpointUrl().isPresent()
                  ? "Use http:// in --endpoint-url for a local server without TLS."
                  : "Check the proxy and the trusted certificates (AWS_CA_BUNDLE)."));
    }
    return Optional.empty();
  }

  private AwsFailure credentialsMissing() {
    if (ssoProfile.get()) {
      return new AwsFailure(
          Code.AWS_SSO_LOGIN,
          "The AWS profile '"
              + profile
              + "' signs in through IAM Identity Center (SSO), and its token is missing or has"
              + " expired.",
          "Run `aws sso login --profile " + profile + "`, then run the command again.");
    }
    return new AwsFailure(
        Code.AWS_NO_CREDENTIALS,
        "No AWS credentials were found (looked for "
            + (settings.profile().isPresent()
                ? "the profile '" + profile + "'"
                : "AWS_ACCESS_KEY_ID, the profile '"
                    + profile
                    + "', SSO, web identity, and container and instance roles")
            + ").",
        "Run `aws configure` (access keys) or `aws configure sso`, then pass --profile NAME or"
            + " set AWS_PROFILE; in CI, set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.");
  }

  /** True for the SDK's SSO and SSO-OIDC failures (token missing, expired or refused). */
  private static boolean ssoFailure(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      String name = cause.getClass().getName();
      String text = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
      if (name.startsWith("software.amazon.awssdk.services.sso")
          || text.contains("sso session")
          || text.contains("sso token")
          || text.contains("token is expired")) {
        return true;
      }
    }
    return false;
  }

  /** Where the failed call went: the endpoint override, else the host the call was sent to. */
  private String address(Throwable failure) {
    if (target.endpointUrl().isPresent()) {
      URI endpoint = target.endpointUrl().get();
      return endpoint.getScheme() + "://" + endpoint.getAuthority();
    }
    return watch.callOf(failure).map(CallWatch.Call::host).orElse("AWS (" + target.region() + ")");
  }

  private String describeCall(Throwable failure) {
    return watch
        .callOf(failure)
        .map(call -> call.service() + " " + call.operation())
        .orElse("(" + target.region() + ")");
  }

  static String seconds(Duration duration) {
    long millis = duration.toMillis();
    return millis % 1000 == 0 ? (millis / 1000) + " s" : millis + " ms";
  }

  static String firstLine(String text) {
    if (text == null) {
      return "(no message)";
    }
    int newline = text.indexOf('\n');
    return newline < 0 ? text.trim() : text.substring(0, newline).trim();
  }
}
