package dev.formwork.compiler.directive;

import dev.formwork.schema.diag.Code;
import dev.formwork.schema.node.ConfigNode;
import dev.formwork.schema.node.ScalarNode;
import java.util.Optional;

/**
 * {@code $CliArgs('name', default?)}: a command-line argument's value, or the default when it is
 * absent.
 */
public final class CliArgsDirective implements Directive {
  @Override
  public String name() {
    return "CliArgs";
  }

  @Override
  public DirectiveKind kind() {
    return DirectiveKind.LOCAL;
  }

  @Override
  public Signature signature() {
    return Signature.of(
        Parameter.required("argName", ParameterType.STRING),
        Parameter.optional("default", ParameterType.ANY));
  }

  @Override
  public Evaluation evaluate(Invocation invocation) {
    String argName = invocation.text(0);
    String value = invocation.context().cliArgs().get(argName);
    if (value != null) {
      return Evaluation.value(ScalarNode.string(value, invocation.location()));
    }
    Optional<ConfigNode> fallback = invocation.argument(1);
    if (fallback.isPresent()) {
      return Evaluation.value(fallback.get());
    }
    return Evaluation.failure(
        Code.DIRECTIVE_MISSING_VALUE,
        "$CliArgs('"
            + argName
            + "') has no value: no command-line argument "
            + argName
            + " was given and there is no default.",
        "Pass --"
            + argName
            + " on the command line, or add a default: $CliArgs('"
            + argName
            + "', 'value').");
  }
}
