package dev.formwork.deployer.testing;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@link FaultProxy} rules that answer every request with one AWS error, in the wire format of the
 * request's protocol (query XML for CloudFormation and STS, JSON for Lambda and Secrets Manager,
 * S3's XML), without forwarding anything: what an account without permissions, or with expired
 * keys, answers.
 */
public final class AwsFaults {

  private AwsFaults() {}

  /**
   * AccessDenied for every call. Query-protocol calls get IAM's full sentence (principal, action,
   * resource); JSON calls get a bare message, as some services send, so the CLI must name the
   * action itself.
   */
  public static FaultProxy.Rule denyEverything(String principal, String resource) {
    return answerAll(
        request -> {
          if (json(request)) {
            return jsonError(403, "AccessDeniedException", "Access denied");
          }
          if (!request.action().isEmpty()) {
            String service =
                request.action().equals("GetCallerIdentity") ? "sts" : "cloudformation";
            return FaultProxy.queryError(
                403,
                "AccessDenied",
                "User: "
                    + principal
                    + " is not authorized to perform: "
                    + service
                    + ":"
                    + request.action()
                    + " on resource: "
                    + resource
                    + " because no identity-based policy allows the "
                    + service
                    + ":"
                    + request.action()
                    + " action");
          }
          return FaultProxy.Reply.xml(
              403,
              "<Error><Code>AccessDenied</Code><Message>Access Denied</Message>"
                  + "<RequestId>fault-proxy</RequestId></Error>");
        });
  }

  /** ExpiredToken for every call, as STS-issued keys get after their session ends. */
  public static FaultProxy.Rule expiredToken() {
    return answerAll(
        request ->
            json(request)
                ? jsonError(
                    400,
                    "ExpiredTokenException",
                    "The security token included in the" + " request is expired")
                : FaultProxy.queryError(
                    400, "ExpiredToken", "The security token included in the request is expired"));
  }

  /**
   * A JSON-protocol call (Lambda's REST JSON, or an X-Amz-Target service such as Secrets Manager).
   */
  private static boolean json(FaultProxy.Seen request) {
    return request.path().startsWith("/2015-03-31/") || request.body().startsWith("{");
  }

  private static FaultProxy.Reply jsonError(int status, String type, String message) {
    return new FaultProxy.Reply(
        status,
        "application/x-amz-json-1.1",
        ("{\"__type\":\"" + type + "\",\"message\":\"" + message + "\"}")
            .getBytes(StandardCharsets.UTF_8));
  }

  private static FaultProxy.Rule answerAll(Function<FaultProxy.Seen, FaultProxy.Reply> reply) {
    return new FaultProxy.Rule() {
      @Override
      public boolean matches(FaultProxy.Seen request) {
        return true;
      }

      @Override
      public Optional<FaultProxy.Reply> answer(FaultProxy.Seen request) {
        return Optional.of(reply.apply(request));
      }

      @Override
      public FaultProxy.Reply rewrite(FaultProxy.Seen request, FaultProxy.Reply fromMoto) {
        return fromMoto;
      }
    };
  }
}
