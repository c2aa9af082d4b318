package dev.formwork.compiler.directive;

import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.node.ScalarNode;

/**
 * {@code $Var()}: the config's {@code variables} map, read with a property path such as {@code
 * $Var().db.port}. Arguments are ignored as in Stacktape, with a warning, because {@code
 * $Var('name')} looks like it reads one variable but returns all of them.
 */
public final class VarDirective implements Directive {

  static final ConfigPath VARIABLES = ConfigPath.of("variables");

  @Override
  public String name() {
    return "Var";
  }

  @Override
  public DirectiveKind kind() {
    return DirectiveKind.LOCAL;
  }

  @Override
  public Signature signature() {
    return Signature.none().withRest(Parameter.optional("ignored", ParameterType.ANY));
  }

  @Override
  public Evaluation evaluate(Invocation invocation) {
    Evaluation variables = Evaluation.reference(VARIABLES);
    if (invocation.arguments().isEmpty()) {
      return variables;
    }
    String name =
        invocation.arguments().get(0) instanceof ScalarNode scalar ? scalar.text() : "<name>";
    return variables.with(
        Problem.warning(
            Code.DIRECTIVE_VAR_ARGUMENT,
            "$Var() ignores its arguments, so "
                + invocation.sourceText()
                + " is the whole variables map.",
            "Write $Var()." + name + " to read one variable."));
  }
}
