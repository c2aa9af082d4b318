package dev.formwork.compiler.synth.function;

import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.json.JsonWriter;
import java.util.Map;
import java.util.Set;

/**
 * The size of an IAM policy as IAM counts it (characters, whitespace not counted), estimated before
 * CloudFormation resolves it: a {@code Ref}/{@code Fn::GetAtt}/{@code Fn::ImportValue} counts as
 * the larger of its own text and {@link #ESTIMATED_INTRINSIC_CHARS}, since the ARN it becomes is
 * unknown.
 */
final class PolicySize {

  /** A generous ARN length: function, alias and queue ARNs are 60–140 characters. */
  static final int ESTIMATED_INTRINSIC_CHARS = 128;

  // Fn::Sub and Fn::Join are not estimated: their text is the ARN with ${AWS::Partition} etc.,
  // which
  // is longer than what they resolve to.
  private static final Set<String> OPAQUE =
      Set.of("Ref", "Fn::GetAtt", "Fn::ImportValue", "Fn::Select", "Fn::If");

  private PolicySize() {}

  static int chars(JsonValue value) {
    if (value instanceof JsonObject object) {
      if (object.size() == 1 && OPAQUE.contains(object.members().keySet().iterator().next())) {
        return Math.max(JsonWriter.compact(value).length(), ESTIMATED_INTRINSIC_CHARS);
      }
      int total = 2 + Math.max(0, object.size() - 1); // braces and commas
      for (Map.Entry<String, JsonValue> member : object.members().entrySet()) {
        total +=
            JsonWriter.compact(new JsonString(member.getKey())).length()
                + 1
                + chars(member.getValue());
      }
      return total;
    }
    if (value instanceof JsonArray array) {
      int total = 2 + Math.max(0, array.items().size() - 1);
      for (JsonValue item : array.items()) {
        total += chars(item);
      }
      return total;
    }
    return JsonWriter.compact(value).length();
  }
}
