package dev.formwork.compiler.synth.stack;

import dev.formwork.compiler.synth.ref.BucketRef;
import dev.formwork.compiler.template.CfResource;
import dev.formwork.compiler.template.TemplateBuilder;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.json.JsonWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The config buckets and their native NotificationConfiguration: a bucket synthesizer hands over
 * its bucket, the functions' s3 events add LambdaConfigurations, and each bucket is written once,
 * after the functions, so neither side depends on which was synthesized first. Entries are sorted,
 * so their order never shows in the template.
 */
public final class BucketNotifications {

  /** A bucket as its synthesizer built it, without its NotificationConfiguration. */
  public record Bucket(
      BucketRef ref, JsonObject properties, boolean eventBridge, ConfigPath owner) {}

  /**
   * One LambdaConfiguration: S3 event type, the function (or alias) ARN, an optional key filter,
   * and the permission that lets S3 invoke it.
   */
  public record LambdaNotification(
      String event,
      JsonValue function,
      Optional<String> prefix,
      Optional<String> suffix,
      String permissionLogicalId) {

    JsonObject toJson() {
      JsonObject.Builder json = JsonObject.builder().put("Event", event).put("Function", function);
      List<JsonValue> rules = new ArrayList<>();
      if (prefix.isPresent()) {
        rules.add(JsonObject.builder().put("Name", "prefix").put("Value", prefix.get()).build());
      }
      if (suffix.isPresent()) {
        rules.add(JsonObject.builder().put("Name", "suffix").put("Value", suffix.get()).build());
      }
      if (!rules.isEmpty()) {
        json.put("Filter", JsonObject.of("S3Key", JsonObject.of("Rules", new JsonArray(rules))));
      }
      return json.build();
    }
  }

  private final Map<String, Bucket> buckets = new TreeMap<>();
  private final Map<String, TreeMap<String, LambdaNotification>> notificationsByBucket =
      new TreeMap<>();

  /** Takes a bucket to write once its notifications are known. */
  public void addBucket(Bucket bucket) {
    buckets.put(bucket.ref().name(), bucket);
  }

  /** Adds a notification to a bucket; the same notification twice is written once. */
  public void add(BucketRef bucket, LambdaNotification notification) {
    TreeMap<String, LambdaNotification> notifications = notificationsByBucket.get(bucket.name());
    if (notifications == null) {
      notifications = new TreeMap<>();
      notificationsByBucket.put(bucket.name(), notifications);
    }
    notifications.put(JsonWriter.compact(notification.toJson()), notification);
  }

  /**
   * Writes every bucket that was handed over (a bucket its synthesizer rejected has none to carry
   * notifications).
   */
  public void emit(TemplateBuilder template) {
    for (Map.Entry<String, Bucket> entry : buckets.entrySet()) {
      String name = entry.getKey();
      Bucket bucket = entry.getValue();
      List<JsonValue> configurations = new ArrayList<>();
      List<String> permissions = new ArrayList<>();
      for (LambdaNotification notification :
          notificationsByBucket.getOrDefault(name, new TreeMap<>()).values()) {
        configurations.add(notification.toJson());
        permissions.add(notification.permissionLogicalId());
      }
      JsonObject.Builder configuration = JsonObject.builder();
      if (bucket.eventBridge()) {
        configuration.put(
            "EventBridgeConfiguration", JsonObject.of("EventBridgeEnabled", JsonValue.of(true)));
      }
      if (!configurations.isEmpty()) {
        configuration.put("LambdaConfigurations", new JsonArray(configurations));
      }
      JsonObject notificationConfiguration = configuration.build();
      JsonObject properties =
          notificationConfiguration.size() == 0
              ? bucket.properties()
              : bucket.properties().with("NotificationConfiguration", notificationConfiguration);
      // S3 checks that it may invoke each function when the configuration is saved, so the
      // permissions come first.
      template.add(
          bucket.ref().logicalId(),
          CfResource.of("AWS::S3::Bucket", properties).dependingOn(permissions),
          bucket.owner(),
          name);
    }
  }
}
