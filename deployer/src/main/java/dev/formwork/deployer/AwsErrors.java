package dev.formwork.deployer;

import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Turns an AWS SDK failure into one sentence and a hint a person can act on, without a stack trace.
 */
public final class AwsErrors {

  private static final Set<String> ACCESS_DENIED =
      Set.of(
          "AccessDenied",
          "AccessDeniedException",
          "UnauthorizedOperation",
          "InvalidClientTokenId",
          "SignatureDoesNotMatch");
  private static final Set<String> THROTTLING =
      Set.of(
          "Throttling",
          "ThrottlingException",
          "TooManyRequestsException",
          "RequestLimitExceeded",
          "SlowDown");

  private AwsErrors() {}

  public static DeployResult toResult(SdkException e) {
    return DeployResult.of(Outcome.FAILED, sentence(e), hint(e));
  }

  public static boolean accessDenied(SdkException e) {
    return e instanceof AwsServiceException service
        && service.awsErrorDetails() != null
        && (ACCESS_DENIED.contains(String.valueOf(service.awsErrorDetails().errorCode()))
            || service.statusCode() == 403);
  }

  public static String sentence(SdkException e) {
    if (e instanceof AwsServiceException service && service.awsErrorDetails() != null) {
      String code = String.valueOf(service.awsErrorDetails().errorCode());
      String serviceName = String.valueOf(service.awsErrorDetails().serviceName());
      String message = firstLine(service.awsErrorDetails().errorMessage());
      if (accessDenied(e)) {
        return "AWS denied access (" + serviceName + " " + code + "): " + message;
      }
      if (THROTTLING.contains(code)) {
        return "AWS kept throttling " + serviceName + " requests after every retry: " + message;
      }
      return serviceName + " refused the request (" + code + "): " + message;
    }
    if (e instanceof SdkClientException) {
      return "Could not complete the AWS request: " + firstLine(e.getMessage());
    }
    return "AWS request failed: " + firstLine(e.getMessage());
  }

  public static String hint(SdkException e) {
    if (accessDenied(e)) {
      return "Check that the credentials in use (AWS_PROFILE, AWS_ACCESS_KEY_ID) belong to the"
          + " right account and allow this action.";
    }
    if (e instanceof AwsServiceException service
        && service.awsErrorDetails() != null
        && THROTTLING.contains(String.valueOf(service.awsErrorDetails().errorCode()))) {
      return "Wait a minute and run the command again; other tools in the account may be using the"
          + " API quota.";
    }
    if (e instanceof SdkClientException) {
      return "Check the network, the region, AWS credentials, and --endpoint-url if one is set.";
    }
    return "Run the command again; if it keeps failing, inspect the stack with `formwork info`.";
  }

  static String firstLine(String text) {
    if (text == null) {
      return "(no message)";
    }
    int newline = text.indexOf('\n');
    return newline < 0 ? text.trim() : text.substring(0, newline).trim();
  }
}
