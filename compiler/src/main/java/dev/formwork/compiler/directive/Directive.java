package dev.formwork.compiler.directive;

/**
 * One directive such as {@code $Stage()}: its name, when it is resolved, the parameters it takes,
 * and how it evaluates a call whose arguments have been resolved and checked.
 */
public interface Directive {

  /** The name as written after {@code $}, case-sensitive. */
  String name();

  DirectiveKind kind();

  Signature signature();

  /**
   * Evaluates one call. Local directives return their value (or a config reference); template-time
   * directives validate what they can and return {@link Invocation#deferred()}.
   */
  Evaluation evaluate(Invocation invocation);
}
