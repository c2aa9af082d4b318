package dev.formwork.schema.model;

import dev.formwork.schema.bind.Default;
import dev.formwork.schema.bind.Doc;
import dev.formwork.schema.bind.ModelConstraintException;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.node.ConfigNode;
import java.util.Map;
import java.util.Optional;

/** An {@code sns-topic} resource: a standard or FIFO SNS topic. */
@Doc("An SNS topic (standard or FIFO).")
public record SnsTopicResource(
    @Doc("Topic properties.") Properties properties,
    @Doc("Property overrides by child logical ID (e.g. EventsTopic), paths relative to Properties.")
        Map<String, ConfigNode> overrides)
    implements ResourceDefinition {

  @Override
  public String typeName() {
    return "sns-topic";
  }

  /** Every property of an sns-topic. */
  @Doc("Properties of an SNS topic.")
  public record Properties(
      @Doc("Sender name shown in SMS messages (DisplayName).") Optional<String> smsDisplayName,
      @Doc("Make this a FIFO topic; its name gets the .fifo suffix.") @Default("false")
          boolean fifoEnabled,
      @Doc("FIFO only: deduplicate by a SHA-256 of the message body.") @Default("false")
          boolean contentBasedDeduplication) {
    public Properties {
      // Stacktape e82.
      if (!fifoEnabled && contentBasedDeduplication) {
        throw new ModelConstraintException(
            Code.CONFIG_FIFO_ONLY,
            "contentBasedDeduplication",
            "contentBasedDeduplication can only be used when fifoEnabled is true.");
      }
    }
  }
}
