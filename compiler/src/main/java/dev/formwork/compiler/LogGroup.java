package dev.formwork.compiler;

import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import java.util.Optional;

/**
 * A CloudWatch Logs group that a config resource writes to, as the finished template configures it
 * (after {@code overrides}): a function's own or custom log group, an HTTP API's access log, a
 * batch job's container log, a state machine's execution log. {@code formwork logs} reads these.
 *
 * @param resource the config resource that writes to the group
 * @param source what writes there
 * @param name the log group's name as a template value: a literal, or a {@code Ref} to a log group
 *     whose name CloudFormation chose (resolved against the deployed stack)
 */
public record LogGroup(String resource, Source source, JsonValue name) {

  /** What writes to a log group. */
  public enum Source {
    FUNCTION("function"),
    HTTP_API_ACCESS("HTTP API access log"),
    BATCH_JOB("batch job"),
    STATE_MACHINE("state machine");

    private final String description;

    Source(String description) {
      this.description = description;
    }

    public String description() {
      return description;
    }
  }

  /** The name when the template states it literally. */
  public Optional<String> literalName() {
    return name instanceof JsonString text ? Optional.of(text.value()) : Optional.empty();
  }
}
