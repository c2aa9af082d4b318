package dev.formwork.schema.model.event;

import dev.formwork.schema.bind.Doc;
import dev.formwork.schema.bind.Pattern;
import dev.formwork.schema.model.function.FunctionAlias;
import dev.formwork.schema.value.TextValue;
import java.util.Optional;

/** Invoke the function with log events of a CloudWatch log group (a subscription filter). */
@Doc("Invoke the function with CloudWatch log events.")
public record CloudwatchLogEvent(Properties properties) implements FunctionEvent {

  @Override
  public String typeName() {
    return "cloudwatch-log";
  }

  @Override
  public Optional<String> alias() {
    return properties.alias();
  }

  /** The log group and filter. */
  @Doc("CloudWatch log event properties.")
  public record Properties(
      @Doc("Log group ARN, e.g. $ResourceParam('<function>', 'logGroupArn').")
          TextValue logGroupArn,
      @Doc("CloudWatch Logs filter pattern (default: every event).") Optional<String> filter,
      @Doc(FunctionEvent.ALIAS_DOC)
          @Pattern(regex = FunctionAlias.NAME_PATTERN, meaning = FunctionAlias.NAME_MEANING)
          Optional<String> alias) {}
}
