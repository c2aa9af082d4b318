package dev.formwork.compiler.synth.values;

import dev.formwork.compiler.template.Cf;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.node.DirectiveCall;
import java.util.Optional;

/**
 * {@code $CfResourceParam('LogicalId', 'Attribute')}: Fn::GetAtt of any resource of the finished
 * template, or its Ref for the attribute {@code Ref}. The logical ID is checked once the template
 * is complete ({@code LogicalIdReferences}), and the attribute against its type.
 */
final class CfResourceParamIntrinsic implements TemplateIntrinsic {

  @Override
  public String directive() {
    return "CfResourceParam";
  }

  @Override
  public JsonValue resolve(DirectiveCall call, ConfigPath at, IntrinsicScope scope) {
    String logicalId = CheckedArguments.text(call, 0);
    String attribute = CheckedArguments.text(call, 1);
    // "Ref" is a formwork extension: Stacktape only accepts GetAtt attribute names.
    boolean ref = attribute.equals("Ref");
    scope.logicalIds().add(logicalId, ref ? Optional.empty() : Optional.of(attribute), at);
    return ref ? Cf.ref(logicalId) : Cf.getAtt(logicalId, attribute);
  }
}
