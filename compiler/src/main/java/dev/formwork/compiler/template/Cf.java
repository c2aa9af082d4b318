package dev.formwork.compiler.template;

import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Builders for CloudFormation intrinsic functions (Ref, Fn::GetAtt, Fn::Sub, Fn::Join, ...). */
public final class Cf {

  private Cf() {}

  public static JsonValue ref(String logicalId) {
    return JsonObject.of("Ref", new JsonString(logicalId));
  }

  public static JsonValue getAtt(String logicalId, String attribute) {
    return JsonObject.of(
        "Fn::GetAtt", JsonArray.of(new JsonString(logicalId), new JsonString(attribute)));
  }

  public static JsonValue sub(String template) {
    return JsonObject.of("Fn::Sub", new JsonString(template));
  }

  public static JsonValue sub(String template, Map<String, JsonValue> variables) {
    if (variables.isEmpty()) {
      return sub(template);
    }
    return JsonObject.of(
        "Fn::Sub", JsonArray.of(new JsonString(template), JsonObject.of(variables)));
  }

  public static JsonValue join(String separator, List<JsonValue> parts) {
    return JsonObject.of("Fn::Join", JsonArray.of(new JsonString(separator), new JsonArray(parts)));
  }

  public static JsonValue importValue(String exportName) {
    return JsonObject.of("Fn::ImportValue", new JsonString(exportName));
  }

  public static JsonValue select(int index, JsonValue list) {
    return JsonObject.of("Fn::Select", JsonArray.of(JsonValue.of(index), list));
  }

  public static JsonValue split(String separator, JsonValue text) {
    return JsonObject.of("Fn::Split", JsonArray.of(new JsonString(separator), text));
  }

  /**
   * An ARN in the stack's own partition, region and account: {@code
   * arn:${AWS::Partition}:<service>:...}.
   */
  public static JsonValue arn(String service, String resource) {
    return sub(
        "arn:${AWS::Partition}:" + service + ":${AWS::Region}:${AWS::AccountId}:" + resource);
  }

  public static JsonString text(String value) {
    return new JsonString(value);
  }

  /** Whether an object is an intrinsic function call: one key, {@code Ref} or {@code Fn::*}. */
  public static boolean isIntrinsic(JsonObject object) {
    return object.size() == 1 && isIntrinsicName(object.members().firstKey());
  }

  /** Whether a key names an intrinsic function: {@code Ref} or {@code Fn::*}. */
  public static boolean isIntrinsicName(String key) {
    return key.equals("Ref") || key.startsWith("Fn::");
  }

  /**
   * Replaces every intrinsic inside {@code value} with a {@code ${name}} placeholder, where {@code
   * placeholder} names (and records) each intrinsic. Used to embed values in JSON text that Fn::Sub
   * or a definition substitution then fills in.
   */
  public static JsonValue replaceIntrinsics(
      JsonValue value, Function<JsonObject, String> placeholder) {
    if (value instanceof JsonObject object) {
      if (isIntrinsic(object)) {
        return new JsonString("${" + placeholder.apply(object) + "}");
      }
      JsonObject.Builder copy = JsonObject.builder();
      for (Map.Entry<String, JsonValue> member : object.members().entrySet()) {
        copy.put(member.getKey(), replaceIntrinsics(member.getValue(), placeholder));
      }
      return copy.build();
    }
    if (value instanceof JsonArray array) {
      List<JsonValue> items = new ArrayList<>();
      for (JsonValue item : array.items()) {
        items.add(replaceIntrinsics(item, placeholder));
      }
      return new JsonArray(items);
    }
    return value;
  }
}
