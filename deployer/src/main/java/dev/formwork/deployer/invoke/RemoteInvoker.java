package dev.formwork.deployer.invoke;

import dev.formwork.deployer.ExitCodes;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonParseException;
import dev.formwork.schema.json.JsonParser;
import dev.formwork.schema.json.JsonString;
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

  /** An error payload of another shape is quoted up to this many characters. */
  private static final int MAX_PAYLOAD_IN_MESSAGE = 500;

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

    /**
     * The error the function returned, as its runtime reports it in the payload ({@code
     * {"errorType": "TypeError", "errorMessage": "…"}}): "TypeError: …"; the payload itself when it
     * has another shape. Empty when the function did not fail.
     * (https://docs.aws.amazon.com/lambda/latest/dg/nodejs-exceptions.html)
     */
    public Optional<String> errorDescription() {
      if (functionError.isEmpty()) {
        return Optional.empty();
      }
      try {
        if (JsonParser.parse(payload) instanceof JsonObject error
            && error.get("errorMessage").orElse(null) instanceof JsonString message) {
          String type =
              error.get("errorType").orElse(null) instanceof JsonString named
                  ? named.value()
                  : "Error";
          return Optional.of(type + ": " + message.value());
        }
      } catch (JsonParseException notJson) {
        // Described by the payload itself, below.
      }
      String text = payload.strip();
      return Optional.of(
          text.isEmpty()
              ? "no error details"
              : text.length() > MAX_PAYLOAD_IN_MESSAGE
                  ? text.substring(0, MAX_PAYLOAD_IN_MESSAGE) + "…"
                  : text);
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
