package dev.formwork.compiler.synth.event;

import dev.formwork.compiler.template.Cf;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.json.JsonWriter;
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
    return Cf.replaceIntrinsics(
        value,
        intrinsic -> {
          String variable = "sub" + variables.size();
          variables.put(variable, intrinsic);
          return variable;
        });
  }
}
