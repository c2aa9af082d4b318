package dev.formwork.schema.model.event;

import dev.formwork.schema.bind.Doc;
import dev.formwork.schema.bind.ModelConstraintException;
import dev.formwork.schema.bind.Pattern;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.model.function.FunctionAlias;
import dev.formwork.schema.node.ConfigNode;
import dev.formwork.schema.value.TextValue;
import java.util.Optional;

/** Invoke the function for events on an EventBridge bus that match a pattern. */
@Doc("Invoke the function for matching EventBridge events.")
public record EventBusEvent(Properties properties) implements FunctionEvent {

  @Override
  public String typeName() {
    return "event-bus";
  }

  @Override
  public Optional<String> alias() {
    return properties.alias();
  }

  /** The bus, the pattern and the input sent. */
  @Doc("Event-bus properties: exactly one of eventBusArn, eventBusName, useDefaultBus.")
  public record Properties(
      @Doc("ARN of an existing bus.") Optional<TextValue> eventBusArn,
      @Doc("Name of an event-bus resource in this config.") Optional<String> eventBusName,
      @Doc("Use the account's default bus.") Optional<Boolean> useDefaultBus,
      @Doc("EventBridge event pattern.") ConfigNode eventPattern,
      @Doc("Dead-letter queue for events that could not be delivered.")
          Optional<DeliveryFailureTarget> onDeliveryFailure,
      @Doc("Fixed input (object or JSON string).") Optional<ConfigNode> input,
      @Doc("JSON path of the event to send.") Optional<String> inputPath,
      @Doc("Input transformer.") Optional<EventInput.InputTransformer> inputTransformer,
      @Doc(FunctionEvent.ALIAS_DOC)
          @Pattern(regex = FunctionAlias.NAME_PATTERN, meaning = FunctionAlias.NAME_MEANING)
          Optional<String> alias) {
    public Properties {
      int given =
          (eventBusArn.isPresent() ? 1 : 0)
              + (eventBusName.isPresent() ? 1 : 0)
              + (useDefaultBus.orElse(false) ? 1 : 0);
      if (given != 1) {
        throw new ModelConstraintException(
            Code.CONFIG_EXACTLY_ONE,
            "eventBusName",
            "Give exactly one of eventBusArn, eventBusName or useDefaultBus: true.");
      }
      EventInput.requireAtMostOne(input, inputPath, inputTransformer);
    }
  }
}
