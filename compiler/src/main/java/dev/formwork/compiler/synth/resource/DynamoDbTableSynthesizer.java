package dev.formwork.compiler.synth.resource;

import dev.formwork.compiler.naming.LogicalIds;
import dev.formwork.compiler.naming.PascalCase;
import dev.formwork.compiler.naming.PhysicalNames;
import dev.formwork.compiler.synth.ResourceSynthesizer;
import dev.formwork.compiler.synth.StackIdentity;
import dev.formwork.compiler.synth.SynthesisContext;
import dev.formwork.compiler.synth.ref.TableRef;
import dev.formwork.compiler.template.Cf;
import dev.formwork.compiler.template.CfResource;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.model.DynamoDbTableResource;
import dev.formwork.schema.model.DynamoDbTableResource.KeyAttribute;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Synthesizes a {@code dynamo-db-table} as {@code <Name>GlobalTable} (AWS::DynamoDB::Table with
 * server-side encryption) and, for auto-scaled provisioned capacity, an
 * AWS::ApplicationAutoScaling::ScalableTarget and ScalingPolicy per scaled dimension.
 */
public final class DynamoDbTableSynthesizer implements ResourceSynthesizer<DynamoDbTableResource> {

  static final int NAME_LIMIT = 255;

  @Override
  public Class<DynamoDbTableResource> type() {
    return DynamoDbTableResource.class;
  }

  @Override
  public TableRef ref(String name, DynamoDbTableResource resource, StackIdentity stack) {
    return TableRef.of(name, resource);
  }

  @Override
  public void synthesize(String name, DynamoDbTableResource resource, SynthesisContext context) {
    ConfigPath path = ConfigPath.of("resources", name);
    DynamoDbTableResource.Properties properties = resource.properties();
    Optional<DynamoDbTableResource.ProvisionedThroughput> provisioned =
        properties.provisionedThroughput();
    JsonObject.Builder json =
        JsonObject.builder()
            .put(
                "TableName",
                PhysicalNames.fit(context.stack().stackName() + "-" + name, NAME_LIMIT))
            .put(
                "AttributeDefinitions",
                attributeDefinitions(properties, path.key("properties"), context))
            .put(
                "KeySchema",
                keySchema(
                    properties.primaryKey().partitionKey(), properties.primaryKey().sortKey()))
            .put("BillingMode", provisioned.isPresent() ? "PROVISIONED" : "PAY_PER_REQUEST")
            // Encrypt with the AWS-managed DynamoDB KMS key (auditable in CloudTrail) rather than
            // the AWS-owned default.
            .put("SSESpecification", JsonObject.of("SSEEnabled", JsonValue.of(true)));
    if (provisioned.isPresent()) {
      json.put("ProvisionedThroughput", throughput(provisioned.get()));
    }
    if (properties.enablePointInTimeRecovery()) {
      json.put(
          "PointInTimeRecoverySpecification",
          JsonObject.of("PointInTimeRecoveryEnabled", JsonValue.of(true)));
    }
    if (properties.streamType().isPresent()) {
      json.put(
          "StreamSpecification",
          JsonObject.of("StreamViewType", Cf.text(properties.streamType().get().configValue())));
    }
    if (!properties.secondaryIndexes().isEmpty()) {
      List<JsonValue> indexes = new ArrayList<>();
      for (DynamoDbTableResource.SecondaryIndex index : properties.secondaryIndexes()) {
        JsonObject.Builder gsi =
            JsonObject.builder()
                .put("IndexName", index.name())
                .put("KeySchema", keySchema(index.partitionKey(), index.sortKey()))
                .put(
                    "Projection",
                    index.projections().isEmpty()
                        ? JsonObject.of("ProjectionType", Cf.text("KEYS_ONLY"))
                        : JsonObject.builder()
                            .put("ProjectionType", "INCLUDE")
                            .put("NonKeyAttributes", JsonArray.ofStrings(index.projections()))
                            .build());
        // A provisioned table's indexes need capacity of their own; they get the table's.
        if (provisioned.isPresent()) {
          gsi.put("ProvisionedThroughput", throughput(provisioned.get()));
        }
        indexes.add(gsi.build());
      }
      json.put("GlobalSecondaryIndexes", new JsonArray(indexes));
    }
    context
        .template()
        .add(
            LogicalIds.table(name),
            CfResource.of("AWS::DynamoDB::Table", json.build()),
            path,
            name);
    if (provisioned.isPresent()) {
      DynamoDbTableResource.ProvisionedThroughput capacity = provisioned.get();
      if (capacity.readScaling().isPresent()) {
        addScaling(name, "Read", capacity.readUnits(), capacity.readScaling().get(), path, context);
      }
      if (capacity.writeScaling().isPresent()) {
        addScaling(
            name, "Write", capacity.writeUnits(), capacity.writeScaling().get(), path, context);
      }
    }
  }

  private static JsonValue throughput(DynamoDbTableResource.ProvisionedThroughput capacity) {
    return JsonObject.builder()
        .put("ReadCapacityUnits", capacity.readUnits())
        .put("WriteCapacityUnits", capacity.writeUnits())
        .build();
  }

  /**
   * Key attributes of the table and its indexes, each once; a name declared with two types is an
   * error.
   */
  private static JsonValue attributeDefinitions(
      DynamoDbTableResource.Properties properties, ConfigPath path, SynthesisContext context) {
    Map<String, String> types = new LinkedHashMap<>();
    List<KeyAttribute> keys = new ArrayList<>();
    keys.add(properties.primaryKey().partitionKey());
    if (properties.primaryKey().sortKey().isPresent()) {
      keys.add(properties.primaryKey().sortKey().get());
    }
    for (DynamoDbTableResource.SecondaryIndex index : properties.secondaryIndexes()) {
      keys.add(index.partitionKey());
      if (index.sortKey().isPresent()) {
        keys.add(index.sortKey().get());
      }
    }
    for (KeyAttribute key : keys) {
      String existing = types.putIfAbsent(key.name(), key.type().code());
      if (existing != null && !existing.equals(key.type().code())) {
        context
            .diagnostics()
            .error(
                Code.CONFIG_CONFLICTING_KEY_TYPE,
                path,
                "Key attribute '"
                    + key.name()
                    + "' is declared with two types ("
                    + existing
                    + " and "
                    + key.type().code()
                    + "); DynamoDB needs one type per attribute.");
      }
    }
    List<JsonValue> definitions = new ArrayList<>();
    for (Map.Entry<String, String> type : types.entrySet()) {
      definitions.add(
          JsonObject.builder()
              .put("AttributeName", type.getKey())
              .put("AttributeType", type.getValue())
              .build());
    }
    return new JsonArray(definitions);
  }

  private static JsonValue keySchema(KeyAttribute partitionKey, Optional<KeyAttribute> sortKey) {
    List<JsonValue> schema = new ArrayList<>();
    schema.add(
        JsonObject.builder()
            .put("AttributeName", partitionKey.name())
            .put("KeyType", "HASH")
            .build());
    if (sortKey.isPresent()) {
      schema.add(
          JsonObject.builder()
              .put("AttributeName", sortKey.get().name())
              .put("KeyType", "RANGE")
              .build());
    }
    return new JsonArray(schema);
  }

  /**
   * Target-tracking auto scaling of one capacity dimension. Without a RoleARN, Application Auto
   * Scaling uses its service-linked role for DynamoDB:
   * https://docs.aws.amazon.com/autoscaling/application/userguide/application-auto-scaling-service-linked-roles.html
   */
  private static void addScaling(
      String name,
      String dimension,
      int units,
      DynamoDbTableResource.Scaling scaling,
      ConfigPath path,
      SynthesisContext context) {
    String prefix = PascalCase.of(name) + dimension;
    int min = scaling.minUnits().orElse(units);
    int max = scaling.maxUnits().orElse(units);
    if (min > max) {
      context
          .diagnostics()
          .error(
              Code.CONFIG_INVALID_RANGE,
              path.key("properties")
                  .key("provisionedThroughput")
                  .key(dimension.toLowerCase(Locale.ROOT) + "Scaling"),
              "minUnits (" + min + ") is greater than maxUnits (" + max + ").");
      return;
    }
    String unit = dimension + "CapacityUnits";
    context
        .template()
        .add(
            prefix + "ScalableTarget",
            CfResource.of(
                "AWS::ApplicationAutoScaling::ScalableTarget",
                JsonObject.builder()
                    .put("MaxCapacity", max)
                    .put("MinCapacity", min)
                    .put("ResourceId", Cf.sub("table/${" + LogicalIds.table(name) + "}"))
                    .put("ScalableDimension", "dynamodb:table:" + unit)
                    .put("ServiceNamespace", "dynamodb")
                    .build()),
            path,
            name);
    context
        .template()
        .add(
            prefix + "ScalingPolicy",
            CfResource.of(
                "AWS::ApplicationAutoScaling::ScalingPolicy",
                JsonObject.builder()
                    .put(
                        "PolicyName",
                        PhysicalNames.fit(
                            context.stack().stackName()
                                + "-"
                                + name
                                + "-"
                                + dimension.toLowerCase(Locale.ROOT),
                            256))
                    .put("PolicyType", "TargetTrackingScaling")
                    .put("ScalingTargetId", Cf.ref(prefix + "ScalableTarget"))
                    .put(
                        "TargetTrackingScalingPolicyConfiguration",
                        JsonObject.builder()
                            .put(
                                "PredefinedMetricSpecification",
                                JsonObject.of(
                                    "PredefinedMetricType",
                                    Cf.text("DynamoDB" + dimension + "CapacityUtilization")))
                            .put("TargetValue", scaling.keepUtilizationUnder())
                            .build())
                    .build()),
            path,
            name);
  }
}
