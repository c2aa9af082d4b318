package dev.formwork.deployer.hotswap;

import dev.formwork.deployer.DeployStepException;
import dev.formwork.deployer.OutputSink;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.GetFunctionConfigurationResponse;
import software.amazon.awssdk.services.lambda.model.LastUpdateStatus;
import software.amazon.awssdk.services.lambda.model.ResourceConflictException;

/**
 * Makes a function's hotswap with the Lambda API: UpdateFunctionCode, UpdateFunctionConfiguration,
 * PublishVersion and UpdateAlias, in that order. Lambda refuses a call while the previous update is
 * in progress (ResourceConflictException), so after each update it waits until {@code
 * LastUpdateStatus} is {@code Successful}, and a refused call is retried until the wait limit.
 * (https://docs.aws.amazon.com/lambda/latest/dg/functions-states.html)
 */
final class LambdaHotswapper {

  private final LambdaClient lambda;
  private final OutputSink out;
  private final Duration pollInterval;
  private final Duration updateTimeout;

  LambdaHotswapper(
      LambdaClient lambda, OutputSink out, Duration pollInterval, Duration updateTimeout) {
    this.lambda = lambda;
    this.out = out;
    this.pollInterval = pollInterval;
    this.updateTimeout = updateTimeout;
  }

  /** Applies one function's update; returns what it did, for the summary. */
  List<String> apply(LambdaUpdate update) {
    String function = update.physicalName();
    List<String> done = new ArrayList<>(update.changes());
    update
        .code()
        .ifPresent(
            code -> {
              retryOnConflict(
                  function,
                  () ->
                      lambda.updateFunctionCode(
                          b -> b.functionName(function).s3Bucket(code.bucket()).s3Key(code.key())));
              awaitUpdated(function);
            });
    if (update.updatesConfiguration()) {
      retryOnConflict(
          function,
          () ->
              lambda.updateFunctionConfiguration(
                  b -> {
                    b.functionName(function);
                    update.environment().ifPresent(env -> b.environment(e -> e.variables(env)));
                    update.memorySize().ifPresent(b::memorySize);
                    update.timeout().ifPresent(b::timeout);
                    update.description().ifPresent(b::description);
                  }));
      awaitUpdated(function);
    }
    String published = "";
    if (update.publish()) {
      published =
          retryOnConflict(
                  function,
                  () ->
                      lambda.publishVersion(
                          b -> {
                            b.functionName(function);
                            update.codeSha256().ifPresent(b::codeSha256);
                          }))
              .version();
      done.add("version " + published);
    }
    for (LambdaUpdate.Alias alias : update.aliases()) {
      String version = versionOf(alias.version(), published);
      Map<String, Double> weights = new TreeMap<>();
      String publishedVersion = published;
      alias.additionalWeights().forEach((v, w) -> weights.put(versionOf(v, publishedVersion), w));
      retryOnConflict(
          function,
          () ->
              lambda.updateAlias(
                  b ->
                      b.functionName(function)
                          .name(alias.name())
                          .functionVersion(version)
                          .routingConfig(r -> r.additionalVersionWeights(weights))));
      done.add("alias " + alias.name() + " → " + version);
    }
    return done;
  }

  private static String versionOf(String planned, String published) {
    return planned.equals(LambdaUpdate.PUBLISHED) ? published : planned;
  }

  /** Waits until the function's last update has finished; fails when Lambda says it failed. */
  private void awaitUpdated(String function) {
    Instant deadline = Instant.now().plus(updateTimeout);
    while (true) {
      GetFunctionConfigurationResponse configuration =
          lambda.getFunctionConfiguration(b -> b.functionName(function));
      LastUpdateStatus status = configuration.lastUpdateStatus();
      if (status == null || status == LastUpdateStatus.SUCCESSFUL) {
        return;
      }
      if (status == LastUpdateStatus.FAILED) {
        throw new DeployStepException(
            "Lambda could not update "
                + function
                + ": "
                + configuration.lastUpdateStatusReason()
                + " ("
                + configuration.lastUpdateStatusReasonCodeAsString()
                + ").",
            "Fix the cause, then deploy again; `formwork deploy` without --hotswap reconciles the"
                + " stack.");
      }
      if (Instant.now().isAfter(deadline)) {
        throw timedOut(function);
      }
      out.progress("Waiting for Lambda to finish updating " + function);
      sleep(pollInterval);
    }
  }

  private <T> T retryOnConflict(String function, Supplier<T> call) {
    Instant deadline = Instant.now().plus(updateTimeout);
    while (true) {
      try {
        return call.get();
      } catch (ResourceConflictException busy) {
        // Another update of the function is still in progress (ours, or someone else's).
        if (Instant.now().isAfter(deadline)) {
          throw timedOut(function);
        }
        out.progress("Lambda is still updating " + function + "; waiting to retry");
        sleep(pollInterval);
      }
    }
  }

  private DeployStepException timedOut(String function) {
    return new DeployStepException(
        "Lambda was still updating "
            + function
            + " after "
            + updateTimeout.toSeconds()
            + " s, so the hotswap stopped.",
        "Check the function in the Lambda console, then deploy again.");
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeployStepException(
          "Interrupted while waiting for Lambda.",
          "Run `formwork deploy` to bring the stack and its functions back in line.",
          e);
    }
  }
}
