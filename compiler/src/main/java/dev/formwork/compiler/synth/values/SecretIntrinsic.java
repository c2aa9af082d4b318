package dev.formwork.compiler.synth.values;

import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.node.DirectiveCall;

/**
 * {@code $Secret('name')} or {@code $Secret('name.jsonKey')}: a Secrets Manager dynamic reference.
 * Unpinned: CloudFormation (or a script runner) resolves the current version when it needs the
 * value, so formwork never calls Secrets Manager and never sees the value.
 */
public final class SecretIntrinsic implements TemplateIntrinsic {

  @Override
  public String directive() {
    return "Secret";
  }

  @Override
  public JsonValue resolve(DirectiveCall call, ConfigPath at, IntrinsicScope scope) {
    return new JsonString(reference(call));
  }

  /** The dynamic reference text of a checked {@code $Secret()} call. */
  public static String reference(DirectiveCall call) {
    String[] parts = CheckedArguments.text(call, 0).split("\\.", -1);
    String key = parts.length > 1 ? parts[1] : "";
    return key.isEmpty()
        ? "{{resolve:secretsmanager:" + parts[0] + "}}"
        : "{{resolve:secretsmanager:" + parts[0] + ":SecretString:" + key + "}}";
  }
}
