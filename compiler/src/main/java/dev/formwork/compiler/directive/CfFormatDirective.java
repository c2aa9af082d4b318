package dev.formwork.compiler.directive;

import dev.formwork.schema.diag.Code;

/**
 * {@code $CfFormat('{}/api', value...)}: a string built in the template with Fn::Sub, so its values
 * may be template-time results; the placeholder count is checked here.
 */
public final class CfFormatDirective implements Directive {
  @Override
  public String name() {
    return "CfFormat";
  }

  @Override
  public DirectiveKind kind() {
    return DirectiveKind.TEMPLATE;
  }

  @Override
  public Signature signature() {
    return Signature.of(Parameter.required("interpolatedString", ParameterType.STRING))
        .withRest(Parameter.optional("values", ParameterType.ANY));
  }

  @Override
  public Evaluation evaluate(Invocation invocation) {
    int placeholders = FormatTemplate.placeholders(invocation.text(0));
    int values = invocation.arguments().size() - 1;
    if (placeholders != values) {
      return Evaluation.failure(
          Code.DIRECTIVE_FORMAT_ARITY, FormatTemplate.arityMessage(name(), placeholders, values));
    }
    return Evaluation.value(invocation.deferred());
  }
}
