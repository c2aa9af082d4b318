package dev.formwork.compiler.directive;

/** When a directive gets its value: while loading the config, or later in the template. */
public enum DirectiveKind {
  /** Resolved by the directive pass (for example $Stage, $Var, $File). */
  LOCAL,
  /**
   * Checked here, then kept as a deferred node that the intrinsic of the same name ({@code
   * synth/values}) turns into a template value ($ResourceParam, ...).
   */
  TEMPLATE
}
