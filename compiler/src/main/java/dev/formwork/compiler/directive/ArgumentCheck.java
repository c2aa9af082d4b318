package dev.formwork.compiler.directive;

import dev.formwork.schema.diag.Code;
import dev.formwork.schema.node.ConfigNode;
import dev.formwork.schema.node.DeferredNode;
import dev.formwork.schema.node.ScalarKind;
import dev.formwork.schema.node.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks resolved arguments against a directive's signature: required parameters present and
 * non-empty, each value of the declared type. Extra arguments are ignored with a warning, as
 * Stacktape ignores them silently.
 */
final class ArgumentCheck {

  private ArgumentCheck() {}

  static List<Problem> check(Directive directive, List<ConfigNode> arguments) {
    List<Problem> problems = new ArrayList<>();
    Signature signature = directive.signature();
    String usage = "Usage: " + signature.render(directive.name()) + ".";
    List<Parameter> declared = signature.parameters();
    for (int i = 0; i < declared.size(); i++) {
      Parameter parameter = declared.get(i);
      if (i >= arguments.size() || isEmptyString(arguments.get(i))) {
        if (parameter.required()) {
          problems.add(
              Problem.error(
                  Code.DIRECTIVE_BAD_ARGUMENT,
                  "Directive $"
                      + directive.name()
                      + " requires parameter "
                      + parameter.name()
                      + " of type "
                      + parameter.type().label()
                      + " on position "
                      + (i + 1)
                      + ".",
                  usage));
        }
        continue;
      }
      Optional<Problem> problem = typeProblem(directive, parameter, i, arguments.get(i), usage);
      if (problem.isPresent()) {
        problems.add(problem.get());
      }
    }
    for (int i = declared.size(); i < arguments.size(); i++) {
      if (signature.rest().isPresent()) {
        Optional<Problem> problem =
            typeProblem(directive, signature.rest().get(), i, arguments.get(i), usage);
        if (problem.isPresent()) {
          problems.add(problem.get());
        }
      } else {
        int extra = arguments.size() - declared.size();
        problems.add(
            Problem.warning(
                Code.DIRECTIVE_EXTRA_ARGUMENT,
                "Directive $"
                    + directive.name()
                    + " takes "
                    + declared.size()
                    + " argument"
                    + (declared.size() == 1 ? "" : "s")
                    + ", so the "
                    + extra
                    + " extra argument"
                    + (extra == 1 ? " is" : "s are")
                    + " ignored.",
                usage));
        break;
      }
    }
    return problems;
  }

  private static boolean isEmptyString(ConfigNode node) {
    return node instanceof ScalarNode scalar
        && scalar.kind() == ScalarKind.STRING
        && scalar.text().isEmpty();
  }

  private static Optional<Problem> typeProblem(
      Directive directive, Parameter parameter, int index, ConfigNode value, String usage) {
    if (accepts(parameter.type(), value)) {
      return Optional.empty();
    }
    String actual =
        value instanceof DeferredNode deferred
            ? "the template-time directive $" + deferred.call().name() + "()"
            : ScalarText.typeName(value);
    return Optional.of(
        Problem.error(
            Code.DIRECTIVE_BAD_ARGUMENT,
            "Directive $"
                + directive.name()
                + ": parameter "
                + parameter.name()
                + " on position "
                + (index + 1)
                + " must be of type "
                + parameter.type().label()
                + " but got "
                + actual
                + ".",
            usage));
  }

  private static boolean accepts(ParameterType type, ConfigNode value) {
    if (type == ParameterType.ANY) {
      return true;
    }
    if (!(value instanceof ScalarNode scalar)) {
      return false;
    }
    return switch (type) {
      case STRING -> scalar.kind() == ScalarKind.STRING;
      case NUMBER -> scalar.kind() == ScalarKind.INTEGER || scalar.kind() == ScalarKind.FLOAT;
      case BOOLEAN -> scalar.kind() == ScalarKind.BOOLEAN;
      default -> true;
    };
  }
}
