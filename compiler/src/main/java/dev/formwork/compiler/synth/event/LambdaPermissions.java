package dev.formwork.compiler.synth.event;

import dev.formwork.compiler.synth.SynthesisContext;
import dev.formwork.compiler.synth.function.FunctionAssembly;
import dev.formwork.compiler.template.CfResource;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonValue;

/**
 * Writes the AWS::Lambda::Permission that lets one service source invoke a function. Every
 * permission is scoped by SourceArn. SourceAccount is left out here: the rule and topic ARNs used
 * as SourceArn already contain the owning account; AWS needs SourceAccount only where the ARN does
 * not (S3), see https://docs.aws.amazon.com/lambda/latest/dg/permissions-function-services.html.
 */
final class LambdaPermissions {

  private LambdaPermissions() {}

  static void allow(
      SynthesisContext context,
      FunctionAssembly function,
      String logicalId,
      String servicePrincipal,
      JsonValue sourceArn) {
    context
        .template()
        .add(
            logicalId,
            CfResource.of(
                "AWS::Lambda::Permission",
                JsonObject.builder()
                    .put("Action", "lambda:InvokeFunction")
                    .put("FunctionName", function.endpoint())
                    .put("Principal", servicePrincipal)
                    .put("SourceArn", sourceArn)
                    .build()),
            function.path(),
            function.name());
  }
}
