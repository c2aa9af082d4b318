package dev.formwork.schema.model.event;

import dev.formwork.schema.bind.Doc;
import dev.formwork.schema.bind.ModelConstraintException;
import dev.formwork.schema.bind.Pattern;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.model.function.FunctionAlias;
import dev.formwork.schema.node.ConfigNode;
import dev.formwork.schema.value.TextValue;
import java.util.Optional;

/** Subscribe the function to an SNS topic. */
@Doc("Subscribe the function to an SNS topic.")
public record SnsEvent(Properties properties) implements FunctionEvent {

  @Override
  public String typeName() {
    return "sns";
  }

  @Override
  public Optional<String> alias() {
    return properties.alias();
  }

  /** The topic, filter and dead-letter queue. */
  @Doc("SNS event properties: exactly one of snsTopicName or snsTopicArn.")
  public record Properties(
      @Doc("Name of an sns-topic resource in this config.") Optional<String> snsTopicName,
      @Doc("ARN of an existing topic.") Optional<TextValue> snsTopicArn,
      @Doc("SNS subscription filter policy.") Optional<ConfigNode> filterPolicy,
      @Doc("Dead-letter queue for messages that could not be delivered.")
          Optional<DeliveryFailureTarget> onDeliveryFailure,
      @Doc(FunctionEvent.ALIAS_DOC)
          @Pattern(regex = FunctionAlias.NAME_PATTERN, meaning = FunctionAlias.NAME_MEANING)
          Optional<String> alias) {
    public Properties {
      if (snsTopicName.isPresent() == snsTopicArn.isPresent()) {
        throw new ModelConstraintException(
            Code.CONFIG_EXACTLY_ONE,
            "snsTopicName",
            "Give exactly one of snsTopicName or snsTopicArn.");
      }
    }
  }
}
