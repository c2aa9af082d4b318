package dev.formwork.compiler.directive;

/**
 * {@code $SsmParam('/param/name')}: an SSM parameter dynamic reference written by the synthesizer.
 */
public final class SsmParamDirective implements Directive {
  @Override
  public String name() {
    return "SsmParam";
  }

  @Override
  public DirectiveKind kind() {
    return DirectiveKind.TEMPLATE;
  }

  @Override
  public Signature signature() {
    return Signature.of(Parameter.required("paramName", ParameterType.STRING));
  }

  @Override
  public Evaluation evaluate(Invocation invocation) {
    return Evaluation.value(invocation.deferred());
  }
}
