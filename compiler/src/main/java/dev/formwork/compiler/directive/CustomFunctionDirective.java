package dev.formwork.compiler.directive;

import dev.formwork.schema.diag.Code;

/**
 * A user's custom directive from the config's {@code directives:} section: a local directive that
 * calls a JS/TS/Python function through the host with the resolved arguments.
 */
public final class CustomFunctionDirective implements Directive {

  private final CustomDirective custom;

  public CustomFunctionDirective(CustomDirective custom) {
    this.custom = custom;
  }

  @Override
  public String name() {
    return custom.name();
  }

  @Override
  public DirectiveKind kind() {
    return DirectiveKind.LOCAL;
  }

  @Override
  public Signature signature() {
    return Signature.none().withRest(Parameter.optional("args", ParameterType.ANY));
  }

  @Override
  public Evaluation evaluate(Invocation invocation) {
    CustomDirectiveResult result =
        invocation.context().host().runCustom(custom, invocation.arguments());
    if (result.value().isPresent()) {
      return Evaluation.value(Relocation.all(result.value().get(), invocation.location()));
    }
    String message = result.error().orElse("it produced no result");
    String firstLine = message.lines().findFirst().orElse(message).trim();
    return Evaluation.failure(
        Code.DIRECTIVE_CUSTOM_FAILED,
        "Custom directive $" + custom.name() + " failed: " + firstLine,
        "The error comes from function " + custom.exportName() + " in " + custom.file() + ".");
  }
}
