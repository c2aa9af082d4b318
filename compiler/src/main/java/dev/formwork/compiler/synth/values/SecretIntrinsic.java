package dev.formwork.compiler.synth.values;

import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.node.DirectiveCall;

/**
 * {@code $Secret('name')} or {@code $Secret('name.jsonKey')}: a Secrets Manager dynamic reference,
 * never the value. The compile records the secret as used; {@code compile} writes it unpinned
 * (CloudFormation resolves the version that is current when the resource changes), and {@code
 * deploy}, {@code preview} and {@code diff} pin it to the secret's current version id, read with
 * DescribeSecret and passed in as compile input, so a rotation changes the template ({@link
 * SecretPinning}).
 */
public final class SecretIntrinsic implements TemplateIntrinsic {

  private static final String PREFIX = "{{resolve:secretsmanager:";

  @Override
  public String directive() {
    return "Secret";
  }

  @Override
  public JsonValue resolve(DirectiveCall call, ConfigPath at, IntrinsicScope scope) {
    scope.secrets().record(secretId(call), at);
    return new JsonString(reference(call));
  }

  /** The secret's name or ARN: the argument up to its first dot. */
  public static String secretId(DirectiveCall call) {
    return CheckedArguments.text(call, 0).split("\\.", -1)[0];
  }

  /** The unpinned dynamic reference text of a checked {@code $Secret()} call. */
  public static String reference(DirectiveCall call) {
    String[] parts = CheckedArguments.text(call, 0).split("\\.", -1);
    String key = parts.length > 1 ? parts[1] : "";
    return key.isEmpty()
        ? PREFIX + parts[0] + "}}"
        : PREFIX + parts[0] + ":SecretString:" + key + "}}";
  }
}
