package dev.formwork.deployer.hotswap;

import dev.formwork.schema.json.JsonValue;
import java.util.List;
import java.util.Optional;

/**
 * What a hotswap would do, from the difference between the deployed template and the compiled one:
 * nothing, update functions directly, fall back to a change set (with each change that forces it),
 * or refuse.
 */
public sealed interface HotswapPlan {

  /** The templates are equal. */
  record NoChanges() implements HotswapPlan {}

  /** A change the Lambda API cannot make; each reason names one, e.g. a queue setting. */
  record Fallback(List<String> reasons) implements HotswapPlan {
    public Fallback {
      reasons = List.copyOf(reasons);
    }
  }

  /** A change hotswap must not make (a function CodeDeploy shifts traffic to). */
  record Refused(String reason, String hint) implements HotswapPlan {}

  /** Only updatable settings of functions, their versions and aliases changed. */
  record Updates(List<FunctionChange> functions) implements HotswapPlan {
    public Updates {
      functions = List.copyOf(functions);
    }
  }

  /**
   * One function's changes as template values (resolved against the deployed stack before use).
   *
   * @param code the new {@code Code} (S3Bucket/S3Key), when it changed
   * @param environment the new {@code Environment} ({@code {}} when it was removed)
   * @param publish the version the template adds for the new code or settings
   * @param aliases the aliases the template moves
   */
  record FunctionChange(
      String logicalId,
      HotswapTarget target,
      Optional<JsonValue> code,
      Optional<JsonValue> environment,
      Optional<JsonValue> memorySize,
      Optional<JsonValue> timeout,
      Optional<JsonValue> description,
      Optional<VersionPublish> publish,
      List<AliasMove> aliases) {

    public FunctionChange {
      aliases = List.copyOf(aliases);
    }

    /** True when the function's own code or settings change (not only an alias). */
    public boolean updatesFunction() {
      return code.isPresent()
          || environment.isPresent()
          || memorySize.isPresent()
          || timeout.isPresent()
          || description.isPresent();
    }
  }

  /** A new {@code AWS::Lambda::Version}: published with the code digest the template pins. */
  record VersionPublish(String logicalId, Optional<String> codeSha256) {}

  /**
   * An alias whose version (or weighted second version) the template changes; a value {@code
   * Fn::GetAtt [<Version>, Version]} means the version published in this hotswap.
   */
  record AliasMove(
      String logicalId, String aliasName, JsonValue functionVersion, Optional<JsonValue> routing) {}
}
