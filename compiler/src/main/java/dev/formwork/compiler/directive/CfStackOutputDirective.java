package dev.formwork.compiler.directive;

import dev.formwork.schema.diag.Code;
import java.util.regex.Pattern;

/**
 * {@code $CfStackOutput('stack', 'Output', region?)}: an Fn::ImportValue of another stack's
 * exported output, written by the synthesizer. The region may only be the stack's own, because
 * Fn::ImportValue reads no other region's exports.
 */
public final class CfStackOutputDirective implements Directive {

  private static final Pattern ALPHANUMERIC = Pattern.compile("[A-Za-z0-9]+");

  @Override
  public String name() {
    return "CfStackOutput";
  }

  @Override
  public DirectiveKind kind() {
    return DirectiveKind.TEMPLATE;
  }

  @Override
  public Signature signature() {
    return Signature.of(
        Parameter.required("stackName", ParameterType.STRING),
        Parameter.required("outputName", ParameterType.STRING),
        Parameter.optional("region", ParameterType.STRING));
  }

  @Override
  public Evaluation evaluate(Invocation invocation) {
    String output = invocation.text(1);
    if (!ALPHANUMERIC.matcher(output).matches()) {
      return Evaluation.failure(
          Code.DIRECTIVE_BAD_ARGUMENT,
          "Stack output names must be alphanumeric (a-z, A-Z, 0-9). Received " + output + ".");
    }
    // An empty region counts as not given, as an empty argument does everywhere.
    String region = invocation.arguments().size() > 2 ? invocation.text(2) : "";
    String ownRegion = invocation.context().region();
    if (!region.isEmpty() && !region.equals(ownRegion)) {
      return Evaluation.failure(
          Code.DIRECTIVE_CROSS_REGION_IMPORT,
          "$CfStackOutput() cannot import from region "
              + region
              + ": Fn::ImportValue only reads exports of the stack's own region ("
              + ownRegion
              + ").");
    }
    return Evaluation.value(invocation.deferred());
  }
}
