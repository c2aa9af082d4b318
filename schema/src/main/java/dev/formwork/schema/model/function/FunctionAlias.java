package dev.formwork.schema.model.function;

import dev.formwork.schema.bind.Doc;
import dev.formwork.schema.bind.Pattern;
import dev.formwork.schema.bind.Range;
import java.util.Optional;

/**
 * A named alias of a function (e.g. DEV, QA, PROD), pinned to a version or following the latest
 * one.
 */
@Doc("A named alias of the function, pinned to a published version or following the latest one.")
public record FunctionAlias(
    @Doc(
            "Alias name: letters, digits, '-' and '_', not only digits, at most 128 characters."
                + " Triggers, destinations and connectTo reach the alias through"
                + " $ResourceParam('<function>', 'aliasArn:<name>').")
        @Pattern(regex = FunctionAlias.NAME_PATTERN, meaning = FunctionAlias.NAME_MEANING)
        String name,
    @Doc(
            "'latest' (the version formwork publishes from the current code and configuration) or a"
                + " published version number.")
        @Pattern(
            regex = "latest|[1-9][0-9]{0,9}",
            meaning = "'latest' or a whole version number such as 3")
        String version,
    @Doc("Send a share of the alias's traffic to a second version (weighted routing).")
        Optional<Routing> routing,
    @Doc(
            "Destinations of asynchronous invocations of this alias (an EventInvokeConfig qualified"
                + " by the alias), e.g. a per-environment SNS topic. The function's own"
                + " destinations apply to invocations of the function (or its live alias).")
        Optional<Destinations> destinations) {

  /** Lambda's rule for alias names (not only digits, so it cannot be read as a version). */
  public static final String NAME_PATTERN = "(?![0-9]+$)[A-Za-z0-9_-]{1,128}";

  public static final String NAME_MEANING =
      "letters, digits, '-' and '_' (not only digits, at most 128)";

  /** The version name used when the alias follows formwork's published version. */
  public static final String LATEST = "latest";

  public boolean followsLatest() {
    return LATEST.equals(version);
  }

  /** Weighted routing of part of an alias's traffic to an additional version. */
  @Doc("Weighted routing to an additional version.")
  public record Routing(
      @Doc("The additional published version number.") @Range(min = 1) int version,
      @Doc("Share of traffic for the additional version, from 0.0 to 1.0.") @Range(min = 0, max = 1)
          double weight) {}
}
