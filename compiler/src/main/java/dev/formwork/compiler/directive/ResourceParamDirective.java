package dev.formwork.compiler.directive;

/**
 * {@code $ResourceParam('resource', 'param')}: a referenceable parameter of a formwork resource (an
 * ARN, name, URL...), turned into a literal or Ref/GetAtt by the synthesizer.
 */
public final class ResourceParamDirective implements Directive {
  @Override
  public String name() {
    return "ResourceParam";
  }

  @Override
  public DirectiveKind kind() {
    return DirectiveKind.TEMPLATE;
  }

  @Override
  public Signature signature() {
    return Signature.of(
        Parameter.required("resourceReference", ParameterType.STRING),
        Parameter.required("property", ParameterType.STRING));
  }

  @Override
  public Evaluation evaluate(Invocation invocation) {
    return Evaluation.value(invocation.deferred());
  }
}
