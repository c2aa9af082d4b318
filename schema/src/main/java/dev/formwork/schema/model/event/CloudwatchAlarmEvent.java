package dev.formwork.schema.model.event;

import dev.formwork.schema.bind.Doc;
import dev.formwork.schema.bind.Pattern;
import dev.formwork.schema.model.function.FunctionAlias;
import java.util.Optional;

/** Invoke the function when a CloudWatch alarm goes into ALARM. */
@Doc("Invoke the function when an alarm fires.")
public record CloudwatchAlarmEvent(Properties properties) implements FunctionEvent {

  @Override
  public String typeName() {
    return "cloudwatch-alarm";
  }

  @Override
  public Optional<String> alias() {
    return properties.alias();
  }

  /** Which alarm. */
  @Doc("CloudWatch alarm event properties.")
  public record Properties(
      @Doc(
              "An alarm of this config as <function>.<alarm name> (or <function>.alarms.<index>),"
                  + " or a CloudWatch alarm name.")
          String alarmName,
      @Doc(FunctionEvent.ALIAS_DOC)
          @Pattern(regex = FunctionAlias.NAME_PATTERN, meaning = FunctionAlias.NAME_MEANING)
          Optional<String> alias) {}
}
