package dev.formwork.deployer.invoke;

import dev.formwork.deployer.ExitCodes;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.LogType;

/**
 * Invokes a deployed function: synchronously (RequestResponse, with the last 4 KB of its log, which
 * Lambda returns base64-encoded in LogResult) or asynchronously (Event), optionally through an
 * alias.
 */
public final class RemoteInvoker {

  private final LambdaClient lambda;

  public RemoteInvoker(LambdaClient lambda) {
    this.lambda = lambda;
  }

  /**
   * What to invoke: the physical function name, the event bytes, async or not, an alias, and how
   * long one attempt may wait for the answer (the function's timeout plus a margin).
   */
  public record Request(
      String functionName,
      String payloadJson,
      boolean async,
      Optional<String> alias,
      Duration attemptTimeout) {}

  /**
   * The invocation's HTTP status, the returned payload, the log tail and the function error if any.
   */
  public record Result(
      int statusCode, String payload, Optional<String> logTail, Optional<String> functionError) {

    /** 0 when the function ran without error (or was queued), 3 when it reported an error. */
    public int exitCode() {
      return functionError.isPresent() ? ExitCodes.DEPLOY_FAILED : ExitCodes.OK;
    }
  }

  public Result invoke(Request request) {
    InvokeResponse response =
        lambda.invoke(
            b -> {
              b.functionName(request.functionName())
                  .payload(SdkBytes.fromString(request.payloadJson(), StandardCharsets.UTF_8))
                  .invocationType(
                      request.async() ? InvocationType.EVENT : InvocationType.REQUEST_RESPONSE);
              if (!request.async()) {
                b.logType(LogType.TAIL);
              }
              request.alias().ifPresent(b::qualifier);
              b.overrideConfiguration(o -> o.apiCallAttemptTimeout(request.attemptTimeout()));
            });
    String payload = response.payload() == null ? "" : response.payload().asUtf8String();
    Optional<String> tail =
        Optional.ofNullable(response.logResult())
            .filter(s -> !s.isEmpty())
            .map(s -> new String(Base64.getDecoder().decode(s), StandardCharsets.UTF_8));
    return new Result(
        response.statusCode(), payload, tail, Optional.ofNullable(response.functionError()));
  }
}
