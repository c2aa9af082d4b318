package dev.formwork.compiler.synth.function;

import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.json.JsonWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

/** Lambda's rules for environment variables: reserved names and the 4 KB size limit. */
public final class EnvironmentRules {

  /**
   * Lambda's total environment limit:
   * https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html
   */
  public static final int MAX_BYTES = 4096;

  /**
   * Lambda's shortest variable name ({@code [a-zA-Z]([a-zA-Z0-9_])+}):
   * https://docs.aws.amazon.com/lambda/latest/api/API_Environment.html
   */
  public static final int MIN_NAME_LENGTH = 2;

  /**
   * Bytes assumed for a value CloudFormation resolves at deploy time (Ref, GetAtt, Sub, dynamic
   * reference): a typical ARN is 60–140 characters.
   */
  public static final int ESTIMATED_INTRINSIC_BYTES = 128;

  /**
   * Names Lambda sets itself:
   * https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html
   */
  public static final Set<String> RESERVED =
      Set.of(
          "_HANDLER",
          "_X_AMZN_TRACE_ID",
          "AWS_DEFAULT_REGION",
          "AWS_REGION",
          "AWS_EXECUTION_ENV",
          "AWS_LAMBDA_FUNCTION_NAME",
          "AWS_LAMBDA_FUNCTION_MEMORY_SIZE",
          "AWS_LAMBDA_FUNCTION_VERSION",
          "AWS_LAMBDA_INITIALIZATION_TYPE",
          "AWS_LAMBDA_LOG_GROUP_NAME",
          "AWS_LAMBDA_LOG_STREAM_NAME",
          "AWS_ACCESS_KEY",
          "AWS_ACCESS_KEY_ID",
          "AWS_SECRET_ACCESS_KEY",
          "AWS_SESSION_TOKEN",
          "AWS_LAMBDA_RUNTIME_API",
          "LAMBDA_TASK_ROOT",
          "LAMBDA_RUNTIME_DIR");

  private EnvironmentRules() {}

  /** The size of one variable as Lambda counts it: key plus value, in UTF-8 bytes. */
  public static int bytes(String name, JsonValue value) {
    int valueBytes =
        value instanceof JsonString text
            ? text.value().getBytes(StandardCharsets.UTF_8).length
            : ESTIMATED_INTRINSIC_BYTES;
    return name.getBytes(StandardCharsets.UTF_8).length + valueBytes;
  }

  public static int totalBytes(Map<String, JsonValue> variables) {
    int total = 0;
    for (Map.Entry<String, JsonValue> entry : variables.entrySet()) {
      total += bytes(entry.getKey(), entry.getValue());
    }
    return total;
  }

  static String describe(JsonValue value) {
    return value instanceof JsonString
        ? "literal"
        : "resolved at deploy time, counted as "
            + ESTIMATED_INTRINSIC_BYTES
            + " bytes: "
            + JsonWriter.compact(value);
  }
}
