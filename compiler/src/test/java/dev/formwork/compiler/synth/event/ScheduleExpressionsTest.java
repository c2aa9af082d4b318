package dev.formwork.compiler.synth.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** EventBridge schedule expressions: what is accepted, and that everything else gets a reason. */
class ScheduleExpressionsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "rate(1 minute)",
        "rate(1 hour)",
        "rate(1 day)",
        "rate(2 minutes)",
        "rate(10 hours)",
        "rate(365 days)",
        "cron(0 12 * * ? *)",
        "cron(0/15 * ? * MON-FRI *)",
        "cron(0 18 ? * 6L 2026)",
        "cron(0 8 ? * 2#1 *)",
        "cron(30 9 LW * ? *)",
        "cron(0 0 1,15 JAN,JUL ? *)",
        "cron(5 4 15W * ? 2025-2030)"
      })
  void acceptsValidExpressions(String expression) {
    assertEquals(Optional.empty(), ScheduleExpressions.problem(expression));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "rate(1 minutes)",
        "rate(2 minute)",
        "rate(0 days)",
        "rate(-1 days)",
        "rate(1.5 hours)",
        "rate(5 seconds)",
        "rate()",
        "cron(0 12 * * ? * *)",
        "cron(* * * * * *)",
        "cron(0 12 ? * ? *)",
        "cron(60 12 ? * MON *)",
        "cron(0 12 0 * ? *)",
        "cron(0 12 ? 13 MON *)",
        "cron(0 12 ? * 8 *)",
        "cron(0 12 ? * MON 1969)",
        "cron(0 ? * * ? *)",
        "daily",
        ""
      })
  void rejectsInvalidExpressionsWithAReason(String expression) {
    Optional<String> problem = ScheduleExpressions.problem(expression);
    assertTrue(problem.isPresent(), expression + " should be rejected");
    assertTrue(problem.get().endsWith(".") || problem.get().endsWith(")"), problem.get());
  }
}
