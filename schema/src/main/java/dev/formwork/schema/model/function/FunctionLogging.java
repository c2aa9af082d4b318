package dev.formwork.schema.model.function;

import dev.formwork.schema.bind.Default;
import dev.formwork.schema.bind.Doc;
import dev.formwork.schema.bind.ModelConstraintException;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.model.logging.LogForwarding;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The function's log group settings. */
@Doc("Logging settings.")
public record FunctionLogging(
    @Doc("Create no log group.") @Default("false") boolean disabled,
    @Doc("Days to keep logs (a CloudWatch Logs retention value).") @Default("180")
        int retentionDays,
    @Doc(
            "Forward the log group's records to an HTTP endpoint, Datadog or Highlight through a"
                + " Kinesis Data Firehose delivery stream.")
        Optional<LogForwarding> logForwarding) {

  /** The retention values CloudWatch Logs accepts. */
  public static final Set<Integer> ALLOWED_RETENTION_DAYS =
      Set.of(
          1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557,
          2922, 3288, 3653);

  public static final int DEFAULT_RETENTION_DAYS = 180;

  public FunctionLogging {
    if (!ALLOWED_RETENTION_DAYS.contains(retentionDays)) {
      throw new ModelConstraintException(
          Code.CONFIG_INVALID_VALUE,
          "retentionDays",
          "retentionDays "
              + retentionDays
              + " is not a CloudWatch Logs retention; use one of "
              + new TreeSet<>(ALLOWED_RETENTION_DAYS)
              + ".");
    }
  }
}
