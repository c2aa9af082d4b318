package dev.formwork.compiler.synth.function;

import dev.formwork.compiler.synth.SynthesisContext;
import dev.formwork.compiler.synth.ref.FunctionRef;
import dev.formwork.schema.bind.Suggestions;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.diag.Diagnostics;
import java.util.List;
import java.util.Optional;

/**
 * Checks the {@code alias} a trigger, destination or connectTo entry names against the aliases the
 * function defines (its {@code aliases}, and {@code stp-live} when it has the live alias).
 */
public final class InvokedAliases {

  private InvokedAliases() {}

  /**
   * The function as the trigger at {@code aliasPath} invokes it: itself without an alias, the alias
   * view with a known alias; empty (reported) for an unknown alias.
   */
  public static Optional<FunctionAssembly> invoke(
      FunctionAssembly function,
      Optional<String> alias,
      ConfigPath aliasPath,
      SynthesisContext context) {
    if (alias.isEmpty()) {
      return Optional.of(function);
    }
    return known(function.ref(), alias.get(), aliasPath, context.diagnostics())
        ? Optional.of(function.invokedThrough(alias))
        : Optional.empty();
  }

  /** Whether {@code function} has the alias {@code alias}; reports it at {@code path} if not. */
  public static boolean known(
      FunctionRef function, String alias, ConfigPath path, Diagnostics diagnostics) {
    List<String> aliases = function.invocableAliases();
    if (aliases.contains(alias)) {
      return true;
    }
    diagnostics.valueError(
        Code.CONFIG_UNKNOWN_ALIAS,
        path,
        "Function '" + function.name() + "' has no alias '" + alias + "'.",
        Optional.of(
            Suggestions.didYouMean(alias, aliases)
                .orElse(
                    aliases.isEmpty()
                        ? "Declare it under aliases of '"
                            + function.name()
                            + "', e.g. aliases: [{name: "
                            + alias
                            + ", version: latest}]."
                        : "Its aliases: " + String.join(", ", aliases) + ".")));
    return false;
  }
}
