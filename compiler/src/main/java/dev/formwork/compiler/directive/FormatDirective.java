package dev.formwork.compiler.directive;

import dev.formwork.schema.diag.Code;
import dev.formwork.schema.node.ConfigNode;
import dev.formwork.schema.node.ScalarNode;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code $Format('{}-{}', a, b)}: the template string with each {@code {}} replaced by a value in
 * turn.
 */
public final class FormatDirective implements Directive {
  @Override
  public String name() {
    return "Format";
  }

  @Override
  public DirectiveKind kind() {
    return DirectiveKind.LOCAL;
  }

  @Override
  public Signature signature() {
    return Signature.of(Parameter.required("interpolatedString", ParameterType.STRING))
        .withRest(Parameter.optional("values", ParameterType.SCALAR));
  }

  @Override
  public Evaluation evaluate(Invocation invocation) {
    String template = invocation.text(0);
    List<ConfigNode> values = invocation.arguments().subList(1, invocation.arguments().size());
    int placeholders = FormatTemplate.placeholders(template);
    if (placeholders != values.size()) {
      return Evaluation.failure(
          Code.DIRECTIVE_FORMAT_ARITY,
          FormatTemplate.arityMessage(name(), placeholders, values.size()));
    }
    List<String> texts = new ArrayList<>();
    for (ConfigNode value : values) {
      texts.add(ScalarText.of(value));
    }
    return Evaluation.value(
        ScalarNode.string(FormatTemplate.fill(template, texts), invocation.location()));
  }
}
