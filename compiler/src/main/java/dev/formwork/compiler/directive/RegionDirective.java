package dev.formwork.compiler.directive;

import dev.formwork.schema.node.ScalarNode;

/** {@code $Region()}: the AWS region being compiled for, as a string. */
public final class RegionDirective implements Directive {
  @Override
  public String name() {
    return "Region";
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
    return Evaluation.value(
        ScalarNode.string(invocation.context().region(), invocation.location()));
  }
}
