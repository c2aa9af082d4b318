package dev.formwork.compiler.directive;

import dev.formwork.schema.diag.ConfigPath;

/** {@code $This()}: the whole config (with directives resolved), read with a property path. */
public final class ThisDirective implements Directive {
  @Override
  public String name() {
    return "This";
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
    return Evaluation.reference(ConfigPath.ROOT);
  }
}
