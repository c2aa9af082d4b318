package dev.formwork.compiler.directive;

import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.node.ConfigNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of evaluating one directive: a value, a reference to a part of the config (for $Var
 * and $This, navigated lazily so that variables can refer to each other), or a failure; each may
 * carry problems (a failure carries at least one error unless the cause was reported elsewhere).
 */
public final class Evaluation {

  private final ConfigNode value;
  private final ConfigPath reference;
  private final List<Problem> problems;

  private Evaluation(ConfigNode value, ConfigPath reference, List<Problem> problems) {
    this.value = value;
    this.reference = reference;
    this.problems = List.copyOf(problems);
  }

  public static Evaluation value(ConfigNode value) {
    return new Evaluation(Objects.requireNonNull(value, "value"), null, List.of());
  }

  /** The value is the (resolved) config subtree at this path. */
  public static Evaluation reference(ConfigPath path) {
    return new Evaluation(null, Objects.requireNonNull(path, "path"), List.of());
  }

  public static Evaluation failure(Problem problem) {
    return new Evaluation(null, null, List.of(problem));
  }

  public static Evaluation failure(Code code, String message) {
    return failure(Problem.error(code, message));
  }

  public static Evaluation failure(Code code, String message, String hint) {
    return failure(Problem.error(code, message, hint));
  }

  /** A failure whose cause has already been reported at another place in the config. */
  static Evaluation failedElsewhere() {
    return new Evaluation(null, null, List.of());
  }

  /** The same outcome with one more (usually warning) problem attached. */
  public Evaluation with(Problem problem) {
    List<Problem> all = new ArrayList<>(problems);
    all.add(problem);
    return new Evaluation(value, reference, all);
  }

  public boolean failed() {
    return value == null && reference == null;
  }

  public Optional<ConfigNode> value() {
    return Optional.ofNullable(value);
  }

  public Optional<ConfigPath> reference() {
    return Optional.ofNullable(reference);
  }

  public List<Problem> problems() {
    return problems;
  }
}
