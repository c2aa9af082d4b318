package dev.formwork.compiler.synth.event;

import dev.formwork.compiler.synth.SynthesisContext;
import dev.formwork.compiler.synth.function.FunctionAssembly;
import dev.formwork.compiler.template.Cf;
import dev.formwork.compiler.template.CfResource;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.model.event.S3Event;
import dev.formwork.schema.model.event.S3EventType;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An {@code s3} event on a bucket outside the stack: formwork never modifies a bucket it does not
 * own, so instead of the bucket's notification configuration it writes {@code <Fn>S3<hash of the
 * bucket ARN>Rule} (AWS::Events::Rule on the default bus, matching the bucket's {@code aws.s3}
 * object events) and {@code <Fn>S3<hash>Permission}, and warns that the bucket must send its events
 * to EventBridge. https://docs.aws.amazon.com/AmazonS3/latest/userguide/EventBridge.html
 */
final class ExternalBucketEvents {

  private ExternalBucketEvents() {}

  static void synthesize(
      FunctionAssembly function, S3Event event, ConfigPath eventPath, SynthesisContext context) {
    ConfigPath propertiesPath = eventPath.key("properties");
    S3Event.Properties properties = event.properties();
    Optional<JsonObject> kind = eventKind(properties.s3EventType());
    if (kind.isEmpty()) {
      context
          .diagnostics()
          .valueError(
              Code.CONFIG_NOT_SUPPORTED,
              propertiesPath.key("s3EventType"),
              "S3 sends "
                  + properties.s3EventType().configValue()
                  + " only to bucket notifications, not to EventBridge, so formwork cannot"
                  + " subscribe to it on a bucket outside the stack.",
              "Use an s3:ObjectCreated, s3:ObjectRemoved or s3:ObjectRestore event type.");
      return;
    }
    JsonValue arn =
        context.values().resolve(properties.bucketArn(), propertiesPath.key("bucketArn"));
    // arn:<partition>:s3:::<bucket> — the bucket name is the 6th field.
    JsonValue bucketName =
        arn instanceof JsonString text && colons(text.value()) == 5
            ? new JsonString(text.value().substring(text.value().lastIndexOf(':') + 1))
            : Cf.select(5, Cf.split(":", arn));
    JsonObject.Builder detail =
        JsonObject.builder().put("bucket", JsonObject.of("name", JsonArray.of(bucketName)));
    for (Map.Entry<String, JsonValue> member : kind.get().members().entrySet()) {
      detail.put(member.getKey(), member.getValue());
    }
    Optional<JsonObject> keyFilter = keyFilter(properties.filterRule());
    if (keyFilter.isPresent()) {
      detail.put("object", JsonObject.of("key", JsonArray.of(keyFilter.get())));
    }
    JsonObject.Builder pattern =
        JsonObject.builder()
            .put("detail", detail.build())
            .put("source", JsonArray.ofStrings(List.of("aws.s3")));
    JsonObject rule =
        JsonObject.builder()
            .put("EventPattern", pattern.build())
            .put("State", "ENABLED")
            .put(
                "Targets",
                JsonArray.of(
                    RuleTargets.target(
                            function,
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty(),
                            propertiesPath,
                            context)
                        .build()))
            .build();
    Optional<String> found =
        EventIds.identity(function, event, "S3" + EventIds.sourceHash(event), eventPath, context);
    if (found.isEmpty()) {
      return;
    }
    String identity = found.get();
    String ruleId = function.logicalPrefix() + identity + "Rule";
    if (!EventIds.claim(ruleId, function, eventPath, context)) {
      return;
    }
    context
        .diagnostics()
        .valueWarning(
            Code.CONFIG_EXTERNAL_BUCKET_EVENTS,
            propertiesPath.key("bucketArn"),
            "This bucket is not part of the stack, so formwork subscribes to its events through"
                + " EventBridge and leaves the bucket unchanged: its events reach the function only"
                + " when the bucket sends them to EventBridge.",
            "Turn on \"Send notifications to Amazon EventBridge\" on the bucket (S3"
                + " PutBucketNotificationConfiguration with EventBridgeConfiguration).");
    context
        .template()
        .add(ruleId, CfResource.of("AWS::Events::Rule", rule), function.path(), function.name());
    LambdaPermissions.allow(
        context,
        function,
        function.logicalPrefix() + identity + "Permission",
        "events.amazonaws.com",
        Cf.getAtt(ruleId, "Arn"));
  }

  /**
   * The detail-type and detail fields of an S3 event type, as EventBridge names them; empty for the
   * types S3 does not send to EventBridge.
   * https://docs.aws.amazon.com/AmazonS3/latest/userguide/EventBridge.html
   */
  static Optional<JsonObject> eventKind(S3EventType type) {
    return switch (type) {
      case S3_OBJECTCREATED_ALL -> Optional.of(detailType("Object Created"));
      case S3_OBJECTCREATED_PUT -> Optional.of(reason("Object Created", "PutObject"));
      case S3_OBJECTCREATED_POST -> Optional.of(reason("Object Created", "POST Object"));
      case S3_OBJECTCREATED_COPY -> Optional.of(reason("Object Created", "CopyObject"));
      case S3_OBJECTCREATED_COMPLETEMULTIPARTUPLOAD ->
          Optional.of(reason("Object Created", "CompleteMultipartUpload"));
      case S3_OBJECTREMOVED_ALL -> Optional.of(detailType("Object Deleted"));
      case S3_OBJECTREMOVED_DELETE -> Optional.of(deletion("Permanently Deleted"));
      case S3_OBJECTREMOVED_DELETEMARKERCREATED -> Optional.of(deletion("Delete Marker Created"));
      case S3_OBJECTRESTORE_ALL ->
          Optional.of(
              JsonObject.of(
                  "detail-type",
                  JsonArray.ofStrings(
                      List.of("Object Restore Completed", "Object Restore Initiated"))));
      case S3_OBJECTRESTORE_POST -> Optional.of(detailType("Object Restore Initiated"));
      case S3_OBJECTRESTORE_COMPLETED -> Optional.of(detailType("Object Restore Completed"));
      default -> Optional.empty();
    };
  }

  private static JsonObject detailType(String detailType) {
    return JsonObject.of("detail-type", JsonArray.ofStrings(List.of(detailType)));
  }

  private static JsonObject reason(String detailType, String reason) {
    return detailType(detailType).with("reason", JsonArray.ofStrings(List.of(reason)));
  }

  private static JsonObject deletion(String deletionType) {
    return detailType("Object Deleted")
        .with("deletion-type", JsonArray.ofStrings(List.of(deletionType)));
  }

  /** The object-key filter: a prefix, a suffix, or both as a wildcard. */
  private static Optional<JsonObject> keyFilter(Optional<S3Event.FilterRule> rule) {
    if (rule.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> prefix = rule.get().prefix();
    Optional<String> suffix = rule.get().suffix();
    if (prefix.isPresent() && suffix.isPresent()) {
      return Optional.of(
          JsonObject.of("wildcard", new JsonString(prefix.get() + "*" + suffix.get())));
    }
    if (prefix.isPresent()) {
      return Optional.of(JsonObject.of("prefix", new JsonString(prefix.get())));
    }
    if (suffix.isPresent()) {
      return Optional.of(JsonObject.of("suffix", new JsonString(suffix.get())));
    }
    return Optional.empty();
  }

  private static int colons(String text) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == ':') {
        count++;
      }
    }
    return count;
  }
}
