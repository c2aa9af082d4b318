package dev.formwork.schema.model;

import dev.formwork.schema.bind.ConfigEnum;
import dev.formwork.schema.bind.Default;
import dev.formwork.schema.bind.Doc;
import dev.formwork.schema.bind.ModelConstraintException;
import dev.formwork.schema.bind.NotSupported;
import dev.formwork.schema.bind.Range;
import dev.formwork.schema.bind.Required;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.node.ConfigNode;
import dev.formwork.schema.value.TextValue;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code kinesis-stream} resource: a Kinesis data stream, on-demand or with a fixed shard count.
 */
@Doc("A Kinesis data stream.")
public record KinesisStreamResource(
    @Doc("Stream properties.") Properties properties,
    @Doc(
            "Property overrides by child logical ID (e.g. ClicksStream), paths relative to"
                + " Properties.")
        Map<String, ConfigNode> overrides)
    implements ResourceDefinition {

  @Override
  public String typeName() {
    return "kinesis-stream";
  }

  /** Every property of a kinesis-stream. */
  @Doc("Properties of a Kinesis stream.")
  public record Properties(
      @Doc("ON_DEMAND scales automatically; PROVISIONED uses shardCount.") @Default("ON_DEMAND")
          CapacityMode capacityMode,
      @Doc("Shards of a PROVISIONED stream (default 1).") @Range(min = 1, max = 10000)
          Optional<Integer> shardCount,
      @Doc("Hours records are kept (AWS default 24).") @Range(min = 24, max = 8760)
          Optional<Integer> retentionPeriodHours,
      @Doc("Server-side encryption; on by default with the AWS-managed key alias/aws/kinesis.")
          Optional<Encryption> encryption,
      @NotSupported("Consumers are created by the kinesis-stream event's autoCreateConsumer.")
          Optional<ConfigNode> enableEnhancedFanOut) {
    public Properties {
      if (shardCount.isPresent() && capacityMode != CapacityMode.PROVISIONED) {
        throw new ModelConstraintException(
            Code.CONFIG_PROVISIONED_ONLY,
            "shardCount",
            "shardCount is only used with capacityMode: PROVISIONED.");
      }
    }
  }

  /** Server-side encryption settings. */
  @Doc("Server-side encryption.")
  public record Encryption(
      @Doc("Encrypt records at rest.") @Required boolean enabled,
      @Doc("KMS key ARN or alias; default alias/aws/kinesis.") Optional<TextValue> kmsKeyArn) {}

  /** How the stream's capacity is managed. */
  public enum CapacityMode implements ConfigEnum {
    ON_DEMAND,
    PROVISIONED;

    @Override
    public String configValue() {
      return name();
    }
  }
}
