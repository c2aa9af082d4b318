package dev.formwork.compiler.directive;

import dev.formwork.schema.node.ScalarNode;

/** {@code $Stage()}: the stage being compiled, as a string. */
public final class StageDirective implements Directive {
  @Override
  public String name() {
    return "Stage";
  }

  @Override
  public DirectiveKind kind() {
    return DirectiveKind.LOCAL;
  }

  @Override
  public Signature signature() {
    return Signature.none();
  }

  @Override
  public Evaluation evaluate(Invocation invocation) {
    return Evaluation.value(ScalarNode.string(invocation.context().stage(), invocation.location()));
  }
}
