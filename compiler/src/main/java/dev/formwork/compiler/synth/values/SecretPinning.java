package dev.formwork.compiler.synth.values;

import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Pins the dynamic references {@link SecretIntrinsic} writes to a version id: {@code
 * {{resolve:secretsmanager:name}}} becomes {@code {{resolve:secretsmanager:name:SecretString:::v}}}
 * and {@code ...:name:SecretString:key}}} becomes {@code ...:name:SecretString:key::v}}}. An
 * unpinned reference is resolved by CloudFormation only when its resource changes for another
 * reason, so a rotated secret would otherwise never reach the functions that use it; a pinned one
 * changes the template when the version changes.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references-secretsmanager.html
 */
public final class SecretPinning {

  private static final String PREFIX = "{{resolve:secretsmanager:";

  private SecretPinning() {}

  /** The value with every reference to a secret in {@code versions} pinned; the rest as it was. */
  public static JsonValue pin(JsonValue value, Map<String, String> versions) {
    if (versions.isEmpty()) {
      return value;
    }
    if (value instanceof JsonString text) {
      return text.value().contains(PREFIX) ? new JsonString(pin(text.value(), versions)) : text;
    }
    if (value instanceof JsonArray array) {
      List<JsonValue> items = new ArrayList<>(array.items().size());
      for (JsonValue item : array.items()) {
        items.add(pin(item, versions));
      }
      return new JsonArray(items);
    }
    if (value instanceof JsonObject object) {
      JsonObject.Builder pinned = JsonObject.builder();
      for (Map.Entry<String, JsonValue> member : object.members().entrySet()) {
        pinned.put(member.getKey(), pin(member.getValue(), versions));
      }
      return pinned.build();
    }
    return value;
  }

  static String pin(String text, Map<String, String> versions) {
    String result = text;
    for (Map.Entry<String, String> secret : versions.entrySet()) {
      String whole = PREFIX + secret.getKey() + "}}";
      result =
          result.replace(
              whole, PREFIX + secret.getKey() + ":SecretString:::" + secret.getValue() + "}}");
      String keyed = PREFIX + secret.getKey() + ":SecretString:";
      int at = result.indexOf(keyed);
      while (at >= 0) {
        int keyStart = at + keyed.length();
        int end = result.indexOf("}}", keyStart);
        String key = end < 0 ? "" : result.substring(keyStart, end);
        if (end >= 0 && !key.contains(":")) {
          String pinned = keyed + key + "::" + secret.getValue() + "}}";
          result = result.substring(0, at) + pinned + result.substring(end + 2);
          at = result.indexOf(keyed, at + pinned.length());
        } else {
          at = result.indexOf(keyed, keyStart);
        }
      }
    }
    return result;
  }
}
