package dev.formwork.schema.model.function;

import dev.formwork.schema.bind.Default;
import dev.formwork.schema.bind.Doc;
import dev.formwork.schema.bind.ModelConstraintException;
import dev.formwork.schema.bind.NoEffect;
import dev.formwork.schema.bind.Range;
import dev.formwork.schema.bind.Union;
import dev.formwork.schema.bind.Variant;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.model.alarm.NotificationTarget;
import java.util.List;
import java.util.Optional;

/** A CloudWatch alarm on a function's error rate or duration. */
@Doc("A CloudWatch alarm on the function.")
public record LambdaAlarm(
    @Doc(
            "Alarm name, unique in the function; other resources refer to the alarm as"
                + " <function>.<name>.")
        Optional<String> name,
    @Doc("What triggers the alarm.") Trigger trigger,
    @Doc("Evaluation window.") Optional<Evaluation> evaluation,
    @Doc("Where to send the alarm's state changes.") List<NotificationTarget> notificationTargets,
    @Doc("Accepted for compatibility; CloudWatch keeps every alarm's history.")
        @NoEffect(
            "formwork keeps no alarm history of its own; CloudWatch records every alarm's state"
                + " changes.")
        @Default("true")
        boolean includeInHistory,
    @Doc("Alarm description.") Optional<String> description) {

  /** What the alarm measures. */
  @Union(
      variants = {
        @Variant(name = "lambda-error-rate", type = ErrorRateTrigger.class),
        @Variant(name = "lambda-duration", type = DurationTrigger.class)
      })
  public sealed interface Trigger permits ErrorRateTrigger, DurationTrigger {}

  /** Error percentage of invocations. */
  @Doc("Alarm on the percentage of invocations that fail.")
  public record ErrorRateTrigger(ErrorRateProperties properties) implements Trigger {}

  /** Error-rate threshold. */
  @Doc("Error-rate threshold.")
  public record ErrorRateProperties(
      @Doc("Threshold in percent of invocations.") @Range(min = 0, max = 100)
          double thresholdPercent,
      @Doc("How the error rate is compared with the threshold.") @Default("GreaterThanThreshold")
          AlarmComparisonOperator comparisonOperator) {}

  /** Invocation duration. */
  @Doc("Alarm on invocation duration.")
  public record DurationTrigger(DurationProperties properties) implements Trigger {}

  /** Duration threshold. */
  @Doc("Duration threshold.")
  public record DurationProperties(
      @Doc("Threshold in milliseconds.") @Range(min = 0) double thresholdMilliseconds,
      @Doc("How the duration is compared with the threshold.") @Default("GreaterThanThreshold")
          AlarmComparisonOperator comparisonOperator,
      @Doc("Statistic of the duration over each period.") @Default("avg")
          DurationStatistic statistic) {}

  /** How many periods are evaluated. */
  @Doc("Evaluation window.")
  public record Evaluation(
      @Doc("Length of one period in seconds: 10, 20, 30 or a multiple of 60.")
          @Default("60")
          @Range(min = 10)
          int period,
      @Doc("How many recent periods are evaluated.") @Default("1") @Range(min = 1)
          int evaluationPeriods,
      @Doc("How many of the evaluated periods must breach (default: all of them).") @Range(min = 1)
          Optional<Integer> breachedPeriods) {

    public Evaluation {
      // CloudWatch accepts only these periods:
      // https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricAlarm.html
      if (period != 10 && period != 20 && period != 30 && period % 60 != 0) {
        throw new ModelConstraintException(
            Code.CONFIG_INVALID_VALUE,
            "period",
            "An alarm period must be 10, 20, 30 or a multiple of 60 seconds, got " + period + ".");
      }
      if (breachedPeriods.isPresent() && breachedPeriods.get() > evaluationPeriods) {
        throw new ModelConstraintException(
            Code.CONFIG_INVALID_VALUE,
            "breachedPeriods",
            "breachedPeriods ("
                + breachedPeriods.get()
                + ") cannot exceed evaluationPeriods ("
                + evaluationPeriods
                + ").");
      }
    }
  }
}
