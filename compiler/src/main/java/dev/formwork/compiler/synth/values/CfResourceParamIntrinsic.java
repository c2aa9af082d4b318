package dev.formwork.compiler.synth.values;

import dev.formwork.compiler.template.Cf;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.node.DirectiveCall;
import java.util.Map;
import java.util.Optional;

/**
 * {@code $CfResourceParam('LogicalId', 'Attribute')}: Fn::GetAtt of any resource of the finished
 * template, or its Ref for the attribute {@code Ref}. The logical ID is checked once the template
 * is complete ({@code LogicalIdReferences}), and the attribute against its type.
 */
final class CfResourceParamIntrinsic implements TemplateIntrinsic {

  /**
   * Types whose ARN attribute is not called Arn, although configs (the Stacktape docs among them)
   * write 'Arn':
   * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-sns-topic.html
   */
  static final Map<String, String> ARN_ATTRIBUTES = Map.of("AWS::SNS::Topic", "TopicArn");

  @Override
  public String directive() {
    return "CfResourceParam";
  }

  @Override
  public JsonValue resolve(DirectiveCall call, ConfigPath at, IntrinsicScope scope) {
    String logicalId = CheckedArguments.text(call, 0);
    String attribute = CheckedArguments.text(call, 1);
    // "Ref" is a formwork extension: Stacktape only accepts GetAtt attribute names.
    if (attribute.equals("Ref")) {
      scope.logicalIds().add(logicalId, Optional.empty(), at);
      return Cf.ref(logicalId);
    }
    String type = scope.rawResourceTypes().getOrDefault(logicalId, "");
    if (attribute.equals("Arn") && ARN_ATTRIBUTES.containsKey(type)) {
      String arnAttribute = ARN_ATTRIBUTES.get(type);
      scope
          .diagnostics()
          .valueWarning(
              Code.CONFIG_ATTRIBUTE_RENAMED,
              at,
              type
                  + " has no attribute Arn; formwork reads its ARN from "
                  + arnAttribute
                  + ", which CloudFormation names so.",
              "Write $CfResourceParam('" + logicalId + "', '" + arnAttribute + "').");
      scope.logicalIds().add(logicalId, Optional.of(arnAttribute), at);
      return Cf.getAtt(logicalId, arnAttribute);
    }
    scope.logicalIds().add(logicalId, Optional.of(attribute), at);
    return Cf.getAtt(logicalId, attribute);
  }
}
