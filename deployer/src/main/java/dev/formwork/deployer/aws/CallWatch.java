package dev.formwork.deployer.aws;

import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * Watches every AWS call of one command: while an attempt waits longer than {@link
 * NetworkLimits#firstNotice()}, it reports that it is still waiting (and again every {@link
 * NetworkLimits#noticeInterval()}), so a hung endpoint never looks like a hung formwork; and it
 * remembers which call each failure came from, so an error can name the action that AWS denied.
 */
public final class CallWatch implements ExecutionInterceptor {

  /** One call: the service and operation (as in IAM, {@code cloudformation:DescribeStacks}). */
  public record Call(String service, String operation, String host) {

    /** The IAM action of the call, e.g. {@code cloudformation:DescribeStacks}. */
    public String action() {
      // The SDK names CloudWatch Logs "CloudWatchLogs"; IAM's prefix is "logs".
      String prefix = service.equals("CloudWatchLogs") ? "logs" : service.toLowerCase(Locale.ROOT);
      return prefix + ":" + operation;
    }
  }

  private static final class Attempt {
    final Call call;
    final int number;
    final long startNanos;
    long lastNoticeNanos;

    Attempt(Call call, int number, long startNanos) {
      this.call = call;
      this.number = number;
      this.startNanos = startNanos;
    }
  }

  private final NetworkLimits limits;
  private final Consumer<String> notices;
  private final LongSupplier clock;
  private final Map<ExecutionAttributes, Attempt> inFlight = new IdentityHashMap<>();
  private final Map<Throwable, Call> failures = Collections.synchronizedMap(new WeakHashMap<>());
  private ScheduledExecutorService ticker;

  public CallWatch(NetworkLimits limits, Consumer<String> notices) {
    this(limits, notices, System::nanoTime);
  }

  CallWatch(NetworkLimits limits, Consumer<String> notices, LongSupplier clock) {
    this.limits = limits;
    this.notices = notices;
    this.clock = clock;
  }

  @Override
  public void beforeTransmission(
      Context.BeforeTransmission context, ExecutionAttributes attributes) {
    Call call = call(context.httpRequest(), attributes);
    synchronized (this) {
      Attempt previous = inFlight.get(attributes);
      inFlight.put(
          attributes,
          new Attempt(call, previous == null ? 1 : previous.number + 1, clock.getAsLong()));
      if (ticker == null) {
        // Started by the first call only: commands that make none (compile) start no thread.
        ticker =
            Executors.newSingleThreadScheduledExecutor(
                runnable -> {
                  Thread thread = new Thread(runnable, "formwork-aws-call-watch");
                  thread.setDaemon(true);
                  return thread;
                });
        ticker.scheduleWithFixedDelay(this::tick, 100, 100, TimeUnit.MILLISECONDS);
      }
    }
  }

  @Override
  public void afterTransmission(Context.AfterTransmission context, ExecutionAttributes attributes) {
    synchronized (this) {
      Attempt attempt = inFlight.get(attributes);
      if (attempt != null) {
        // Kept (not removed) so a retry of the same call counts as its next attempt.
        attempt.lastNoticeNanos = Long.MAX_VALUE;
      }
    }
  }

  @Override
  public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
    synchronized (this) {
      inFlight.remove(attributes);
    }
  }

  @Override
  public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
    Call call = call(context.httpRequest().orElse(null), attributes);
    synchronized (this) {
      inFlight.remove(attributes);
    }
    failures.put(context.exception(), call);
  }

  /** The call a failure came from, when this watch saw it fail. */
  public Optional<Call> callOf(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      Call call = failures.get(cause);
      if (call != null) {
        return Optional.of(call);
      }
    }
    return Optional.empty();
  }

  /** Stops the notice thread. */
  public synchronized void close() {
    if (ticker != null) {
      ticker.shutdownNow();
      ticker = null;
    }
    inFlight.clear();
  }

  synchronized void tick() {
    long now = clock.getAsLong();
    for (Attempt attempt : inFlight.values()) {
      if (attempt.lastNoticeNanos == Long.MAX_VALUE) {
        continue;
      }
      long waited = now - attempt.startNanos;
      boolean due =
          attempt.lastNoticeNanos == 0
              ? waited >= limits.firstNotice().toNanos()
              : now - attempt.lastNoticeNanos >= limits.noticeInterval().toNanos();
      if (due) {
        attempt.lastNoticeNanos = now;
        notices.accept(notice(attempt, Duration.ofNanos(waited)));
      }
    }
  }

  private static String notice(Attempt attempt, Duration waited) {
    return attempt.call.service()
        + " "
        + attempt.call.operation()
        + " at "
        + attempt.call.host()
        + ": still running after "
        + seconds(waited)
        + " (attempt "
        + attempt.number
        + ")";
  }

  static String seconds(Duration duration) {
    long millis = duration.toMillis();
    return millis < 1000 ? millis + " ms" : Math.round(millis / 1000.0) + " s";
  }

  private static Call call(SdkHttpRequest request, ExecutionAttributes attributes) {
    String service =
        Optional.ofNullable(attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME))
            .orElse("AWS");
    String operation =
        Optional.ofNullable(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME))
            .orElse("request");
    String host =
        request == null ? "?" : request.host() + (request.port() > 0 ? ":" + request.port() : "");
    return new Call(service, operation, host);
  }
}
