package dev.formwork.compiler.directive;

/**
 * {@code $CfResourceParam('LogicalId', 'Attribute')}: a Ref or Fn::GetAtt of any resource in the
 * final template, produced by the synthesizer.
 */
public final class CfResourceParamDirective implements Directive {
  @Override
  public String name() {
    return "CfResourceParam";
  }

  @Override
  public DirectiveKind kind() {
    return DirectiveKind.TEMPLATE;
  }

  @Override
  public Signature signature() {
    return Signature.of(
        Parameter.required("logicalId", ParameterType.STRING),
        Parameter.required("attribute", ParameterType.STRING));
  }

  @Override
  public Evaluation evaluate(Invocation invocation) {
    return Evaluation.value(invocation.deferred());
  }
}
