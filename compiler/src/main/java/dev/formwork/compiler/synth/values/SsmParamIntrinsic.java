package dev.formwork.compiler.synth.values;

import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.node.DirectiveCall;

/**
 * {@code $SsmParam('/param/name')}: an SSM parameter dynamic reference, resolved by CloudFormation
 * at deploy time.
 */
final class SsmParamIntrinsic implements TemplateIntrinsic {

  @Override
  public String directive() {
    return "SsmParam";
  }

  @Override
  public JsonValue resolve(DirectiveCall call, ConfigPath at, IntrinsicScope scope) {
    return new JsonString("{{resolve:ssm:" + CheckedArguments.text(call, 0) + "}}");
  }
}
