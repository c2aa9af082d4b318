package dev.formwork.compiler.directive;

import java.util.List;
import java.util.Optional;

/**
 * The parameters a directive declares: fixed positional ones, then optionally a repeated rest
 * parameter (as in $Format's values). Arguments beyond the signature are ignored with a warning.
 */
public record Signature(List<Parameter> parameters, Optional<Parameter> rest) {

  public Signature {
    parameters = List.copyOf(parameters);
  }

  public static Signature none() {
    return new Signature(List.of(), Optional.empty());
  }

  public static Signature of(Parameter... parameters) {
    return new Signature(List.of(parameters), Optional.empty());
  }

  public Signature withRest(Parameter restParameter) {
    return new Signature(parameters, Optional.of(restParameter));
  }

  /** The text shown in messages, e.g. {@code $CliArgs(argName, default?)}. */
  public String render(String directiveName) {
    StringBuilder text = new StringBuilder("$").append(directiveName).append('(');
    for (int i = 0; i < parameters.size(); i++) {
      if (i > 0) {
        text.append(", ");
      }
      text.append(parameters.get(i).name()).append(parameters.get(i).required() ? "" : "?");
    }
    if (rest.isPresent()) {
      text.append(parameters.isEmpty() ? "" : ", ").append("...").append(rest.get().name());
    }
    return text.append(')').toString();
  }
}
