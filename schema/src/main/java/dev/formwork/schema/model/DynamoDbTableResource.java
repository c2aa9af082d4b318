package dev.formwork.schema.model;

import dev.formwork.schema.bind.ConfigEnum;
import dev.formwork.schema.bind.Default;
import dev.formwork.schema.bind.Doc;
import dev.formwork.schema.bind.NotSupported;
import dev.formwork.schema.bind.Range;
import dev.formwork.schema.bind.Required;
import dev.formwork.schema.node.ConfigNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code dynamo-db-table} resource: a DynamoDB table with keys, indexes, an optional stream and
 * billing.
 */
@Doc("A DynamoDB table.")
public record DynamoDbTableResource(
    @Doc("Table properties.") Properties properties,
    @Doc(
            "Property overrides by child logical ID (e.g. UsersGlobalTable), paths relative to"
                + " Properties.")
        Map<String, ConfigNode> overrides)
    implements ResourceDefinition {

  @Override
  public String typeName() {
    return "dynamo-db-table";
  }

  /** Every property of a dynamo-db-table. */
  @Doc("Properties of a DynamoDB table.")
  public record Properties(
      @Doc("The table's primary key.") PrimaryKey primaryKey,
      @Doc("Fixed read/write capacity; without it the table is billed per request.")
          Optional<ProvisionedThroughput> provisionedThroughput,
      @Doc("Continuous backups for point-in-time restore.") @Default("false")
          boolean enablePointInTimeRecovery,
      @Doc("Record item changes in a stream with this view (no stream when unset).")
          Optional<StreamType> streamType,
      @Doc("Global secondary indexes.") List<SecondaryIndex> secondaryIndexes,
      @NotSupported("Local development tables are not supported yet.") Optional<ConfigNode> dev) {}

  /** Partition key and optional sort key. */
  @Doc("Primary key: a partition key and an optional sort key.")
  public record PrimaryKey(
      @Doc("Partition (hash) key.") KeyAttribute partitionKey,
      @Doc("Sort (range) key.") Optional<KeyAttribute> sortKey) {}

  /** A key attribute and its type. */
  @Doc("A key attribute.")
  public record KeyAttribute(
      @Doc("Attribute name.") String name, @Doc("Attribute type.") AttributeType type) {}

  /** Capacity of a provisioned table, optionally auto-scaled. */
  @Doc("Provisioned capacity.")
  public record ProvisionedThroughput(
      @Doc("Read capacity units.") @Required @Range(min = 1) int readUnits,
      @Doc("Write capacity units.") @Required @Range(min = 1) int writeUnits,
      @Doc("Auto scaling of reads.") Optional<Scaling> readScaling,
      @Doc("Auto scaling of writes.") Optional<Scaling> writeScaling) {}

  /** Target-tracking auto scaling bounds. */
  @Doc("Auto scaling between minUnits and maxUnits, keeping utilization under a target.")
  public record Scaling(
      @Doc("Lowest capacity (default: the provisioned units).") @Range(min = 1)
          Optional<Integer> minUnits,
      @Doc("Highest capacity (default: the provisioned units).") @Range(min = 1)
          Optional<Integer> maxUnits,
      @Doc("Target utilization in percent.") @Default("90") @Range(min = 20, max = 90)
          int keepUtilizationUnder) {}

  /** A global secondary index. */
  @Doc("A global secondary index.")
  public record SecondaryIndex(
      @Doc("Index name.") String name,
      @Doc("Partition key of the index.") KeyAttribute partitionKey,
      @Doc("Sort key of the index.") Optional<KeyAttribute> sortKey,
      @Doc("Non-key attributes to copy into the index; none means KEYS_ONLY.")
          List<String> projections) {}

  /** DynamoDB scalar attribute types. */
  public enum AttributeType implements ConfigEnum {
    STRING("string", "S"),
    NUMBER("number", "N"),
    BINARY("binary", "B");

    private final String value;
    private final String code;

    AttributeType(String value, String code) {
      this.value = value;
      this.code = code;
    }

    @Override
    public String configValue() {
      return value;
    }

    /** The CloudFormation AttributeType code (S, N or B). */
    public String code() {
      return code;
    }
  }

  /** What a stream record contains. */
  public enum StreamType implements ConfigEnum {
    KEYS_ONLY,
    NEW_IMAGE,
    OLD_IMAGE,
    NEW_AND_OLD_IMAGES;

    @Override
    public String configValue() {
      return name();
    }
  }
}
