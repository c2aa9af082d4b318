package dev.formwork.schema.model.function;

import dev.formwork.schema.bind.Default;
import dev.formwork.schema.bind.Doc;
import dev.formwork.schema.bind.Range;
import dev.formwork.schema.bind.Union;
import dev.formwork.schema.bind.Variant;
import dev.formwork.schema.node.ConfigNode;
import java.util.List;
import java.util.Optional;

/** A CloudWatch alarm on a function's error rate or duration. */
@Doc("A CloudWatch alarm on the function.")
public record LambdaAlarm(
    @Doc("Alarm name, unique in the function; other resources refer to the alarm as <function>.<name>.")
        Optional<String> name,
    @Doc("What triggers the alarm.") Trigger trigger,
    @Doc("Evaluation window.") Optional<Evaluation> evaluation,
    @Doc("Where notifications go.") List<ConfigNode> notificationTargets,
    @Doc("Keep state changes in the alarm history.") @Default("true") boolean includeInHistory,
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
      @Range(min = 0, max = 100) double thresholdPercent, @Default("GreaterThanThreshold") String comparisonOperator) {}

  /** Invocation duration. */
  @Doc("Alarm on invocation duration.")
  public record DurationTrigger(DurationProperties properties) implements Trigger {}

  /** Duration threshold. */
  @Doc("Duration threshold.")
  public record DurationProperties(
      @Range(min = 0) double thresholdMilliseconds,
      @Default("GreaterThanThreshold") String comparisonOperator,
      @Default("avg") String statistic) {}

  /** How many periods are evaluated. */
  @Doc("Evaluation window.")
  public record Evaluation(
      @Default("60") @Range(min = 10) int period,
      @Default("1") @Range(min = 1) int evaluationPeriods,
      @Range(min = 1) Optional<Integer> breachedPeriods) {}
}
