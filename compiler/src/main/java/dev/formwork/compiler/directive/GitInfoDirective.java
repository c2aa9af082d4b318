package dev.formwork.compiler.directive;

import dev.formwork.schema.bind.Suggestions;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.node.ScalarKind;
import dev.formwork.schema.node.ScalarNode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code $GitInfo('commit')}: a fact about the git checkout (commit, branch, username, gitUrl,
 * hasUncommitedChanges), read through the host, which falls back to CI variables.
 */
public final class GitInfoDirective implements Directive {

  static final List<String> PROPERTIES =
      List.of("commit", "branch", "username", "gitUrl", "hasUncommitedChanges");

  @Override
  public String name() {
    return "GitInfo";
  }

  @Override
  public DirectiveKind kind() {
    return DirectiveKind.LOCAL;
  }

  @Override
  public Signature signature() {
    return Signature.of(Parameter.required("property", ParameterType.STRING));
  }

  @Override
  public Evaluation evaluate(Invocation invocation) {
    String property = invocation.text(0);
    if (!PROPERTIES.contains(property)) {
      String hint = "Valid arguments are: " + String.join(", ", PROPERTIES) + ".";
      return Evaluation.failure(
          Code.DIRECTIVE_BAD_ARGUMENT,
          "$GitInfo directive argument \"" + property + "\" is not a valid argument.",
          Suggestions.didYouMean(property, PROPERTIES)
              .map(close -> close + " " + hint)
              .orElse(hint));
    }
    Optional<String> value = invocation.context().host().gitInfo(property);
    if (value.isEmpty()) {
      return Evaluation.failure(
          Code.DIRECTIVE_MISSING_VALUE,
          invocation.sourceText()
              + " has no value: git could not tell the "
              + property
              + " and no CI variable provides it.",
          "Run formwork inside a git checkout, or set STP_GIT_"
              + property.toUpperCase(Locale.ROOT)
              + ".");
    }
    if (property.equals("hasUncommitedChanges")) {
      return Evaluation.value(
          new ScalarNode(value.get(), ScalarKind.BOOLEAN, invocation.location()));
    }
    return Evaluation.value(ScalarNode.string(value.get(), invocation.location()));
  }
}
