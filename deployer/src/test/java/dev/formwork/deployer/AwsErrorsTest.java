package dev.formwork.deployer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.formwork.deployer.aws.AwsFailure;
import dev.formwork.deployer.aws.AwsSettings;
import dev.formwork.deployer.aws.CallWatch;
import dev.formwork.deployer.aws.NetworkLimits;
import dev.formwork.schema.diag.Code;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;

/** Each kind of AWS failure, explained as its code, one sentence and a hint. */
class AwsErrorsTest {

  private static AwsErrors errors(boolean endpoint, boolean ssoProfile) {
    DeployTarget target =
        endpoint
            ? DeployTarget.of("shop-dev", "eu-west-1", URI.create("http://127.0.0.1:5000"))
            : DeployTarget.of("shop-dev", "eu-west-1");
    return new AwsErrors(
        target,
        AwsSettings.DEFAULT,
        "dev-sso",
        () -> ssoProfile,
        new CallWatch(NetworkLimits.DEFAULT, line -> {}));
  }

  private static SdkClientException network(Exception cause) {
    return SdkClientException.create(
        "Unable to execute HTTP request: " + cause.getMessage(), cause);
  }

  private static AwsServiceException service(int status, String code, String message) {
    return AwsServiceException.builder()
        .statusCode(status)
        .awsErrorDetails(
            AwsErrorDetails.builder()
                .errorCode(code)
                .errorMessage(message)
                .serviceName("CloudFormation")
                .build())
        .build();
  }

  @Test
  void aHostThatDoesNotResolveIsADnsProblem() {
    AwsFailure failure =
        errors(true, false).explain(network(new UnknownHostException("moto.invalid")));
    assertEquals(Code.AWS_UNKNOWN_HOST, failure.code());
    assertEquals(
        "The host of http://127.0.0.1:5000 cannot be resolved (DNS): moto.invalid.",
        failure.message());
    assertEquals("Check the host name in --endpoint-url.", failure.hint());
    assertTrue(
        errors(false, false)
            .explain(network(new UnknownHostException("x")))
            .hint()
            .contains("region eu-west-1"));
  }

  @Test
  void refusedTimedOutAndTlsFailuresNameTheAddress() {
    assertEquals(
        Code.AWS_CONNECTION_REFUSED,
        errors(true, false).explain(network(new ConnectException("Connection refused"))).code());
    AwsFailure timeout =
        errors(true, false).explain(network(new SocketTimeoutException("Read timed out")));
    assertEquals(Code.AWS_TIMEOUT, timeout.code());
    assertTrue(
        timeout.message().contains("formwork waited 20 s for each of 2 attempts"),
        timeout.message());
    AwsFailure tls =
        errors(true, false).explain(network(new SSLHandshakeException("wrong version")));
    assertEquals(Code.AWS_NETWORK, tls.code());
    assertEquals("Use http:// in --endpoint-url for a local server without TLS.", tls.hint());
  }

  @Test
  void accessDeniedNamesPrincipalActionAndResourceFromIamsMessage() {
    AwsFailure failure =
        errors(false, false)
            .explain(
                service(
                    403,
                    "AccessDenied",
                    "User: arn:aws:iam::123456789012:user/ci is not authorized to perform:"
                        + " cloudformation:CreateChangeSet on resource:"
                        + " arn:aws:cloudformation:eu-west-1:123456789012:stack/shop-dev/* because"
                        + " no identity-based policy allows it"));
    assertEquals(Code.AWS_ACCESS_DENIED, failure.code());
    assertEquals(
        "AWS denied access: arn:aws:iam::123456789012:user/ci may not perform"
            + " cloudformation:CreateChangeSet on"
            + " arn:aws:cloudformation:eu-west-1:123456789012:stack/shop-dev/* (AccessDenied).",
        failure.message());
  }

  @Test
  void expiredKeysOfAnSsoProfileSendThePersonToLogIn() {
    AwsFailure failure =
        errors(false, true).explain(service(400, "ExpiredTokenException", "The token expired"));
    assertEquals(Code.AWS_INVALID_CREDENTIALS, failure.code());
    assertEquals(
        "AWS rejected the credentials (CloudFormation ExpiredToken): The token expired",
        failure.message());
    assertEquals("Renew the SSO session: run `aws sso login --profile dev-sso`.", failure.hint());
  }

  @Test
  void throttlingAfterEveryRetryAndOtherRefusalsKeepAwssCode() {
    assertEquals(
        Code.AWS_THROTTLED,
        errors(false, false).explain(service(400, "Throttling", "Rate exceeded")).code());
    AwsFailure other =
        errors(false, false).explain(service(400, "ValidationError", "Stack does not exist"));
    assertEquals(Code.AWS_REQUEST_FAILED, other.code());
    assertEquals(
        "CloudFormation refused the request (ValidationError): Stack does not exist",
        other.message());
  }

  @Test
  void missingCredentialsDependOnWhetherTheProfileIsAnSsoOne() {
    SdkClientException none =
        SdkClientException.create("Unable to load credentials from any of the providers");
    assertEquals(Code.AWS_NO_CREDENTIALS, errors(false, false).credentials(none).code());
    AwsFailure sso = errors(false, true).credentials(new IllegalStateException("token file"));
    assertEquals(Code.AWS_SSO_LOGIN, sso.code());
    assertEquals("Run `aws sso login --profile dev-sso`, then run the command again.", sso.hint());
    // A network failure while refreshing an SSO token is the network's, not the login's.
    assertEquals(
        Code.AWS_UNKNOWN_HOST,
        errors(false, true).credentials(network(new UnknownHostException("oidc"))).code());
  }
}
