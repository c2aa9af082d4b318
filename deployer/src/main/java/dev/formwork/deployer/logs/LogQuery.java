package dev.formwork.deployer.logs;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Which events to read: the sources, the time window and an optional CloudWatch Logs filter pattern
 * (https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/FilterAndPatternSyntax.html).
 */
public record LogQuery(
    List<LogSource> sources, Instant since, Optional<Instant> until, Optional<String> pattern) {

  public LogQuery {
    sources = List.copyOf(sources);
  }
}
