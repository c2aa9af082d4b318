package dev.formwork.compiler.synth.event;

import dev.formwork.compiler.naming.PascalCase;
import dev.formwork.compiler.synth.SynthesisContext;
import dev.formwork.compiler.synth.function.FunctionAssembly;
import dev.formwork.compiler.synth.resource.BucketSynthesizer;
import dev.formwork.compiler.template.CfResource;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.json.JsonWriter;
import dev.formwork.schema.model.event.FunctionEvent;
import dev.formwork.schema.model.event.S3Event;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The {@code LambdaConfigurations} of a bucket's native NotificationConfiguration. Resources are
 * synthesized in name order, so a function's S3 event may run before or after its bucket exists:
 * the event attaches to a bucket that is already in the template, and a new bucket attaches the
 * events of functions registered before it. Entries are kept sorted, so the order never shows in
 * the template.
 */
public final class S3Notifications {

  private S3Notifications() {}

  static String permissionId(FunctionAssembly function, String bucketName) {
    return function.logicalPrefix() + PascalCase.of(bucketName) + "S3Permission";
  }

  /** Adds the notification of one event to the bucket, if the bucket is already in the template. */
  static void attach(
      FunctionAssembly function, String bucketName, S3Event event, SynthesisContext context) {
    String bucketId = BucketSynthesizer.logicalId(bucketName);
    Optional<CfResource> bucket = context.template().get(bucketId);
    if (bucket.isEmpty()) {
      return;
    }
    JsonObject properties = bucket.get().properties();
    JsonObject notifications =
        properties
            .get("NotificationConfiguration")
            .map(value -> (JsonObject) value)
            .orElse(JsonObject.EMPTY);
    TreeMap<String, JsonValue> entries = new TreeMap<>();
    notifications
        .get("LambdaConfigurations")
        .ifPresent(
            list ->
                ((JsonArray) list)
                    .items()
                    .forEach(item -> entries.put(JsonWriter.compact(item), item)));
    JsonValue entry = entry(function, event);
    entries.put(JsonWriter.compact(entry), entry);
    JsonObject updated =
        properties.with(
            "NotificationConfiguration",
            notifications.with(
                "LambdaConfigurations", new JsonArray(new ArrayList<>(entries.values()))));
    // S3 checks that it may invoke the function when the configuration is saved, so the permission
    // comes first.
    context
        .template()
        .replace(
            bucketId,
            bucket
                .get()
                .withProperties(updated)
                .dependingOn(List.of(permissionId(function, bucketName))));
  }

  /** Attaches the S3 events of functions that were synthesized before this bucket. */
  public static void attachRegistered(String bucketName, SynthesisContext context) {
    for (FunctionAssembly function : context.functions().values()) {
      for (FunctionEvent event : function.properties().events()) {
        if (event instanceof S3Event s3
            && ResourceReference.of(s3.properties().bucketArn())
                .filter(
                    reference ->
                        reference.resourceName().equals(bucketName)
                            && reference.param().equals("arn"))
                .isPresent()
            && context.template().has(permissionId(function, bucketName))) {
          attach(function, bucketName, s3, context);
        }
      }
    }
  }

  private static JsonValue entry(FunctionAssembly function, S3Event event) {
    JsonObject.Builder json =
        JsonObject.builder()
            .put("Event", event.properties().s3EventType().configValue())
            .put("Function", function.endpoint());
    event
        .properties()
        .filterRule()
        .ifPresent(
            filter -> {
              List<JsonValue> rules = new ArrayList<>();
              filter
                  .prefix()
                  .ifPresent(
                      prefix ->
                          rules.add(
                              JsonObject.builder()
                                  .put("Name", "prefix")
                                  .put("Value", prefix)
                                  .build()));
              filter
                  .suffix()
                  .ifPresent(
                      suffix ->
                          rules.add(
                              JsonObject.builder()
                                  .put("Name", "suffix")
                                  .put("Value", suffix)
                                  .build()));
              if (!rules.isEmpty()) {
                json.put(
                    "Filter", JsonObject.of("S3Key", JsonObject.of("Rules", new JsonArray(rules))));
              }
            });
    return json.build();
  }
}
