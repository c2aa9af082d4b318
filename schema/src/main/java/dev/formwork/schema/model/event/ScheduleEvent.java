package dev.formwork.schema.model.event;

import dev.formwork.schema.bind.Doc;
import dev.formwork.schema.bind.Pattern;
import dev.formwork.schema.model.function.FunctionAlias;
import dev.formwork.schema.node.ConfigNode;
import java.util.Optional;

/** Invoke the function on a rate() or cron() schedule. */
@Doc("Invoke the function on a schedule.")
public record ScheduleEvent(Properties properties) implements FunctionEvent {

  @Override
  public String typeName() {
    return "schedule";
  }

  @Override
  public Optional<String> alias() {
    return properties.alias();
  }

  /** The schedule and the input sent. */
  @Doc("Schedule properties.")
  public record Properties(
      @Doc("rate(5 minutes) or cron(0 12 * * ? *).") String scheduleRate,
      @Doc("Fixed input (object or JSON string).") Optional<ConfigNode> input,
      @Doc("JSON path of the event to send.") Optional<String> inputPath,
      @Doc("Input transformer.") Optional<EventInput.InputTransformer> inputTransformer,
      @Doc(FunctionEvent.ALIAS_DOC)
          @Pattern(regex = FunctionAlias.NAME_PATTERN, meaning = FunctionAlias.NAME_MEANING)
          Optional<String> alias) {
    public Properties {
      EventInput.requireAtMostOne(input, inputPath, inputTransformer);
    }
  }
}
