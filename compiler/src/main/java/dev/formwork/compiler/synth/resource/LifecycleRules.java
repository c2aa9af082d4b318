package dev.formwork.compiler.synth.resource;

import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.model.BucketResource;
import java.util.ArrayList;
import java.util.List;

/** Turns a bucket's lifecycle rule into an entry of {@code LifecycleConfiguration.Rules}. */
final class LifecycleRules {

  private LifecycleRules() {}

  static JsonValue toJson(BucketResource.LifecycleRule rule) {
    BucketResource.LifecycleProperties properties = rule.properties();
    JsonObject.Builder json = JsonObject.builder().put("Status", "Enabled");
    json.putIfPresent("Prefix", properties.prefix());
    if (!properties.tags().isEmpty()) {
      List<JsonValue> tags = new ArrayList<>();
      for (BucketResource.LifecycleTag tag : properties.tags()) {
        tags.add(JsonObject.builder().put("Key", tag.key()).put("Value", tag.value()).build());
      }
      json.put("TagFilters", new JsonArray(tags));
    }
    switch (rule.type()) {
      case EXPIRATION -> json.put("ExpirationInDays", properties.daysAfterUpload().orElseThrow());
      case NON_CURRENT_VERSION_EXPIRATION ->
          json.put(
              "NoncurrentVersionExpiration",
              JsonObject.of(
                  "NoncurrentDays", JsonValue.of(properties.daysAfterVersioned().orElseThrow())));
      case CLASS_TRANSITION ->
          json.put(
              "Transitions",
              JsonArray.of(
                  JsonObject.builder()
                      .put("StorageClass", properties.storageClass().orElseThrow())
                      .put("TransitionInDays", properties.daysAfterUpload().orElseThrow())
                      .build()));
      case NON_CURRENT_VERSION_CLASS_TRANSITION ->
          json.put(
              "NoncurrentVersionTransitions",
              JsonArray.of(
                  JsonObject.builder()
                      .put("StorageClass", properties.storageClass().orElseThrow())
                      .put("TransitionInDays", properties.daysAfterVersioned().orElseThrow())
                      .build()));
      default ->
          json.put(
              "AbortIncompleteMultipartUpload",
              JsonObject.of(
                  "DaysAfterInitiation",
                  JsonValue.of(properties.daysAfterInitiation().orElseThrow())));
    }
    return json.build();
  }
}
