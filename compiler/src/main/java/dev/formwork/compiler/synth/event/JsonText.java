package dev.formwork.compiler.synth.event;

import dev.formwork.compiler.template.Cf;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.json.JsonWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Serialises a JSON value to the JSON text that properties such as a rule target's Input expect. A
 * value without intrinsics becomes a plain string; intrinsics inside it (from $ResourceParam() and
 * friends) become {@code ${subN}} variables of an Fn::Sub, so CloudFormation fills them in.
 */
final class JsonText {

  private JsonText() {}

  static JsonValue of(JsonValue value) {
    Map<String, JsonValue> variables = new TreeMap<>();
    JsonValue replaced = replaceIntrinsics(value, variables);
    String text = JsonWriter.compact(replaced);
    if (variables.isEmpty()) {
      return new JsonString(text);
    }
    // Literal "${" must be written "${!" inside Fn::Sub; placeholders are restored afterwards.
    String escaped = text.replace("${", "${!");
    for (String variable : variables.keySet()) {
      escaped = escaped.replace("${!" + variable + "}", "${" + variable + "}");
    }
    return Cf.sub(escaped, variables);
  }

  private static JsonValue replaceIntrinsics(JsonValue value, Map<String, JsonValue> variables) {
    if (value instanceof JsonObject object) {
      if (isIntrinsic(object)) {
        String variable = "sub" + variables.size();
        variables.put(variable, object);
        return new JsonString("${" + variable + "}");
      }
      JsonObject.Builder copy = JsonObject.builder();
      object.members().forEach((key, member) -> copy.put(key, replaceIntrinsics(member, variables)));
      return copy.build();
    }
    if (value instanceof JsonArray array) {
      List<JsonValue> items = new ArrayList<>();
      array.items().forEach(item -> items.add(replaceIntrinsics(item, variables)));
      return new JsonArray(items);
    }
    return value;
  }

  private static boolean isIntrinsic(JsonObject object) {
    if (object.size() != 1) {
      return false;
    }
    String key = object.members().firstKey();
    return key.equals("Ref") || key.startsWith("Fn::");
  }
}
