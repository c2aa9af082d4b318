package dev.formwork.compiler.directive;

/** One declared positional parameter of a directive. */
public record Parameter(String name, ParameterType type, boolean required) {

  public static Parameter required(String name, ParameterType type) {
    return new Parameter(name, type, true);
  }

  public static Parameter optional(String name, ParameterType type) {
    return new Parameter(name, type, false);
  }
}
