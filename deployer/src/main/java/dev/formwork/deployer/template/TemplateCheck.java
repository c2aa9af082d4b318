package dev.formwork.deployer.template;

import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonParseException;
import dev.formwork.schema.json.JsonParser;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Decides, before anything is uploaded, how a template reaches CloudFormation: inline up to 51,200
 * UTF-8 bytes, through S3 up to 1,000,000 bytes, and rejected above that or above 500 resources.
 * Sizes are counted in UTF-8 bytes, not characters: CDK counts UTF-16 units and under-counts
 * multibyte text (see reference/failure-modes.md L2).
 */
public final class TemplateCheck {

  /**
   * CreateChangeSet TemplateBody limit
   * (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html).
   */
  public static final int MAX_INLINE_BYTES = 51_200;

  /** TemplateURL limit for a template stored in S3. */
  public static final int MAX_S3_BYTES = 1_000_000;

  public static final int MAX_RESOURCES = 500;

  private TemplateCheck() {}

  /** How the template will be sent, or why it cannot be. */
  public sealed interface Decision permits Inline, ViaS3, Rejected {}

  /** Sent as TemplateBody. */
  public record Inline(int bytes) implements Decision {}

  /** Uploaded to the deployment bucket and sent as TemplateURL. */
  public record ViaS3(int bytes) implements Decision {}

  /** Not sent at all; {@code reason} is one sentence for the user. */
  public record Rejected(String reason) implements Decision {}

  public static int utf8Bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }

  public static Decision decide(String templateJson) {
    int bytes = utf8Bytes(templateJson);
    if (bytes > MAX_S3_BYTES) {
      return new Rejected(
          "The template is "
              + bytes
              + " bytes, over CloudFormation's limit of "
              + MAX_S3_BYTES
              + " bytes.");
    }
    JsonObject template;
    try {
      JsonValue parsed = JsonParser.parse(templateJson);
      if (!(parsed instanceof JsonObject object)) {
        return new Rejected("The template is not a JSON object.");
      }
      template = object;
    } catch (JsonParseException e) {
      return new Rejected("The template is not valid JSON: " + e.getMessage());
    }
    Map<String, Integer> byType = resourceCountByType(template);
    int resources = byType.values().stream().mapToInt(Integer::intValue).sum();
    if (resources > MAX_RESOURCES) {
      return new Rejected(
          "The template has "
              + resources
              + " resources, over CloudFormation's limit of "
              + MAX_RESOURCES
              + " ("
              + breakdown(byType)
              + ").");
    }
    return bytes <= MAX_INLINE_BYTES ? new Inline(bytes) : new ViaS3(bytes);
  }

  static Map<String, Integer> resourceCountByType(JsonObject template) {
    Map<String, Integer> counts = new TreeMap<>();
    Optional<JsonValue> resources = template.get("Resources");
    if (resources.isPresent() && resources.get() instanceof JsonObject map) {
      for (JsonValue resource : map.members().values()) {
        String type = "unknown";
        if (resource instanceof JsonObject r
            && r.get("Type").orElse(null) instanceof JsonString t) {
          type = t.value();
        }
        counts.merge(type, 1, Integer::sum);
      }
    }
    return counts;
  }

  /** Largest counts first, so the user sees what to split. */
  private static String breakdown(Map<String, Integer> byType) {
    return byType.entrySet().stream()
        .sorted(
            (a, b) ->
                b.getValue().equals(a.getValue())
                    ? a.getKey().compareTo(b.getKey())
                    : b.getValue() - a.getValue())
        .map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining(", "));
  }
}
