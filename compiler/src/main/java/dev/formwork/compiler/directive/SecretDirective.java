package dev.formwork.compiler.directive;

import dev.formwork.schema.diag.Code;

/**
 * {@code $Secret('name')} or {@code $Secret('name.jsonKey')}: a Secrets Manager dynamic reference
 * written by the synthesizer. The secret's value is never read by formwork.
 */
public final class SecretDirective implements Directive {
  @Override
  public String name() {
    return "Secret";
  }

  @Override
  public DirectiveKind kind() {
    return DirectiveKind.TEMPLATE;
  }

  @Override
  public Signature signature() {
    return Signature.of(Parameter.required("secretRef", ParameterType.STRING));
  }

  @Override
  public Evaluation evaluate(Invocation invocation) {
    String reference = invocation.text(0);
    if (reference.startsWith(".") || reference.endsWith(".")) {
      return Evaluation.failure(
          Code.DIRECTIVE_BAD_ARGUMENT,
          "Directive $Secret: parameter secretRef on position 1 must be \"name\" or"
              + " \"name.jsonKey\" but got \""
              + reference
              + "\".");
    }
    return Evaluation.value(invocation.deferred());
  }
}
