package dev.formwork.compiler.synth.values;

import dev.formwork.compiler.naming.ExportNames;
import dev.formwork.compiler.template.Cf;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.node.DirectiveCall;

/**
 * {@code $CfStackOutput('stack', 'Output', region?)}: Fn::ImportValue of the export formwork names
 * for that stack's output. The directive pass has rejected a region other than the stack's own.
 */
final class CfStackOutputIntrinsic implements TemplateIntrinsic {

  @Override
  public String directive() {
    return "CfStackOutput";
  }

  @Override
  public JsonValue resolve(DirectiveCall call, ConfigPath at, IntrinsicScope scope) {
    return Cf.importValue(
        ExportNames.of(CheckedArguments.text(call, 0), CheckedArguments.text(call, 1)));
  }
}
