package dev.formwork.deployer.hotswap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.formwork.deployer.Confirmation;
import dev.formwork.deployer.DeployRequest;
import dev.formwork.deployer.DeployStepException;
import dev.formwork.deployer.StackDeployer;
import dev.formwork.deployer.testing.FaultProxy;
import dev.formwork.deployer.testing.ProxiedMotoTest;
import dev.formwork.deployer.testing.StackFixture;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Lambda refuses an update while the previous one is in progress (ResourceConflictException, 409):
 * the hotswap waits for LastUpdateStatus and retries, and reports a failed update with Lambda's
 * reason. moto finishes every update at once, so the busy states are injected at the HTTP layer.
 */
class LambdaHotswapperTest extends ProxiedMotoTest {

  private static final String STACK = "busy-dev";
  private static final String FUNCTION = STACK + "-hello";
  private static final String CONFIGURATION =
      "/2015-03-31/functions/" + FUNCTION + "/configuration";

  @Override
  protected String stackName() {
    return STACK;
  }

  @Override
  protected String helloSource() {
    return "exports.handler = async () => 'hello';";
  }

  @BeforeEach
  void deployAFunction() throws Exception {
    new StackDeployer(clients, out, FAST)
        .deploy(
            new DeployRequest(
                StackFixture.ordersTemplate(STACK, hello, 30),
                manifest,
                dir,
                Map.of(),
                Confirmation.refuse()));
    proxy.forget();
  }

  private static final LambdaUpdate NEW_SETTINGS =
      new LambdaUpdate(
          "hello",
          FUNCTION,
          Optional.empty(),
          Optional.of(Map.of("MODE", "fast")),
          Optional.of(256),
          Optional.empty(),
          Optional.empty(),
          true,
          Optional.empty(),
          List.of());

  @Test
  void aConflictingUpdateIsRetriedAfterTheFunctionFinishesUpdating() {
    AtomicInteger refusals = new AtomicInteger(2);
    proxy.add(
        rule(
            request ->
                request.method().equals("PUT")
                    && request.path().equals(CONFIGURATION)
                    && refusals.getAndDecrement() > 0,
            Optional.of(
                new FaultProxy.Reply(
                    409,
                    "application/json",
                    ("{\"__type\":\"ResourceConflictException\",\"message\":\"The operation"
                            + " cannot be performed at this time. An update is in progress for"
                            + " resource: "
                            + FUNCTION
                            + "\"}")
                        .getBytes(StandardCharsets.UTF_8))),
            reply -> reply));
    AtomicInteger inProgress = new AtomicInteger(1);
    proxy.add(
        rule(
            request -> request.method().equals("GET") && request.path().equals(CONFIGURATION),
            Optional.empty(),
            reply ->
                inProgress.getAndDecrement() > 0
                    ? withStatus(reply, "\"LastUpdateStatus\": \"InProgress\"")
                    : reply));

    List<String> done =
        new LambdaHotswapper(clients.lambda(), out, Duration.ofMillis(20), Duration.ofSeconds(20))
            .apply(NEW_SETTINGS);

    assertThat(done).containsExactly("environment", "memory 256 MB", "version 1");
    assertThat(proxy.count(r -> r.method().equals("PUT") && r.path().equals(CONFIGURATION)))
        .as("two refusals, then the update")
        .isEqualTo(3);
    assertThat(proxy.count(r -> r.method().equals("GET") && r.path().equals(CONFIGURATION)))
        .as("InProgress once, then Successful")
        .isEqualTo(2);
    assertThat(
            clients
                .lambda()
                .getFunctionConfiguration(b -> b.functionName(FUNCTION))
                .environment()
                .variables())
        .containsEntry("MODE", "fast");
  }

  @Test
  void aFailedUpdateStopsWithLambdasReason() {
    proxy.add(
        rule(
            request -> request.method().equals("GET") && request.path().equals(CONFIGURATION),
            Optional.empty(),
            reply ->
                withStatus(
                    reply,
                    "\"LastUpdateStatus\": \"Failed\", \"LastUpdateStatusReason\": \"The ENI limit"
                        + " was reached\", \"LastUpdateStatusReasonCode\":"
                        + " \"EniLimitExceeded\"")));

    assertThatThrownBy(
            () ->
                new LambdaHotswapper(
                        clients.lambda(), out, Duration.ofMillis(20), Duration.ofSeconds(20))
                    .apply(NEW_SETTINGS))
        .isInstanceOf(DeployStepException.class)
        .hasMessage(
            "Lambda could not update "
                + FUNCTION
                + ": The ENI limit was reached (EniLimitExceeded).");
  }

  /** moto's configuration with LastUpdateStatus (and its reason) set as given. */
  private static FaultProxy.Reply withStatus(FaultProxy.Reply reply, String fields) {
    String body =
        reply
            .text()
            .replaceAll("\"LastUpdateStatus\"\\s*:\\s*\"[A-Za-z]+\"\\s*,?", "")
            .replaceFirst("\\{", "{" + fields + ", ");
    return new FaultProxy.Reply(
        reply.status(), reply.contentType(), body.getBytes(StandardCharsets.UTF_8));
  }

  private static FaultProxy.Rule rule(
      Predicate<FaultProxy.Seen> when,
      Optional<FaultProxy.Reply> answer,
      UnaryOperator<FaultProxy.Reply> rewrite) {
    return new FaultProxy.Rule() {
      @Override
      public boolean matches(FaultProxy.Seen request) {
        return when.test(request);
      }

      @Override
      public Optional<FaultProxy.Reply> answer(FaultProxy.Seen request) {
        return answer;
      }

      @Override
      public FaultProxy.Reply rewrite(FaultProxy.Seen request, FaultProxy.Reply fromMoto) {
        return rewrite.apply(fromMoto);
      }
    };
  }
}
