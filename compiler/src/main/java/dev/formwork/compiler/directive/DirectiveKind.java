package dev.formwork.compiler.directive;

/** When a directive gets its value: while loading the config, or later in the template. */
public enum DirectiveKind {
  /** Resolved by the directive pass (for example $Stage, $Var, $File). */
  LOCAL,
  /**
   * Kept as a deferred node and turned into an intrinsic by the synthesizer ($ResourceParam, ...).
   */
  TEMPLATE
}
