package dev.formwork.deployer.hotswap;

import dev.formwork.deployer.hotswap.HotswapPlan.AliasMove;
import dev.formwork.deployer.hotswap.HotswapPlan.FunctionChange;
import dev.formwork.deployer.info.DeployedValues;
import dev.formwork.deployer.secret.DynamicReference;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonNumber;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Resolves a plan's template values against the deployed stack: the code bucket ({@code Fn::Sub} of
 * account and region), environment variables that {@code Ref} or {@code Fn::GetAtt} other
 * resources. A value only CloudFormation can produce (a secret's dynamic reference, an attribute
 * AWS computes) makes the hotswap fall back, naming it.
 */
final class HotswapResolution {

  private final DeployedValues values;
  private final List<String> reasons = new ArrayList<>();

  private HotswapResolution(DeployedValues values) {
    this.values = values;
  }

  /** The updates, or the reasons the values cannot be known without CloudFormation. */
  record Result(List<LambdaUpdate> updates, List<String> reasons) {}

  static Result resolve(List<FunctionChange> changes, DeployedValues values) {
    HotswapResolution resolution = new HotswapResolution(values);
    List<LambdaUpdate> updates = new ArrayList<>();
    for (FunctionChange change : changes) {
      updates.add(resolution.update(change));
    }
    return new Result(
        resolution.reasons.isEmpty() ? updates : List.of(), List.copyOf(resolution.reasons));
  }

  private LambdaUpdate update(FunctionChange change) {
    String name = change.target().name();
    Optional<LambdaUpdate.S3Code> code =
        change
            .code()
            .flatMap(
                value -> {
                  JsonObject location = value instanceof JsonObject o ? o : JsonObject.EMPTY;
                  Optional<String> bucket = text(location.get("S3Bucket"), name + " Code.S3Bucket");
                  Optional<String> key = text(location.get("S3Key"), name + " Code.S3Key");
                  if (location.size() != 2 || bucket.isEmpty() || key.isEmpty()) {
                    if (location.size() != 2) {
                      reasons.add(name + "'s code is not an S3 bucket and key");
                    }
                    return Optional.empty();
                  }
                  return Optional.of(new LambdaUpdate.S3Code(bucket.get(), key.get()));
                });
    Optional<Map<String, String>> environment =
        change.environment().map(value -> environment(name, value));
    return new LambdaUpdate(
        name,
        change.target().physicalName(),
        code,
        environment,
        change.memorySize().flatMap(value -> number(value, name + " MemorySize")),
        change.timeout().flatMap(value -> number(value, name + " Timeout")),
        change.description().flatMap(value -> text(Optional.of(value), name + " Description")),
        change.publish().isPresent(),
        change.publish().flatMap(HotswapPlan.VersionPublish::codeSha256),
        change.aliases().stream()
            .map(move -> alias(move, change.publish().map(p -> p.logicalId())))
            .toList());
  }

  private Map<String, String> environment(String name, JsonValue value) {
    Map<String, String> variables = new TreeMap<>();
    JsonValue listed =
        value instanceof JsonObject environment
            ? environment.get("Variables").orElse(JsonObject.EMPTY)
            : JsonObject.EMPTY;
    if (!(listed instanceof JsonObject members)) {
      reasons.add(name + "'s environment is not a mapping CloudFormation leaves as it is");
      return variables;
    }
    members
        .members()
        .forEach(
            (variable, entry) ->
                text(Optional.of(entry), name + " environment variable " + variable)
                    .ifPresent(
                        resolved -> {
                          if (DynamicReference.containsReference(resolved)) {
                            reasons.add(
                                name
                                    + " environment variable "
                                    + variable
                                    + " reads a secret, which only CloudFormation resolves");
                          }
                          variables.put(variable, resolved);
                        }));
    return variables;
  }

  private LambdaUpdate.Alias alias(AliasMove move, Optional<String> publishedVersion) {
    Map<String, Double> weights = new TreeMap<>();
    move.routing()
        .filter(JsonObject.class::isInstance)
        .map(JsonObject.class::cast)
        .flatMap(routing -> routing.get("AdditionalVersionWeights"))
        .filter(JsonArray.class::isInstance)
        .map(JsonArray.class::cast)
        .ifPresent(
            list -> {
              for (JsonValue item : list.items()) {
                if (item instanceof JsonObject weight
                    && weight.get("FunctionWeight").orElse(null) instanceof JsonNumber share) {
                  weights.put(
                      version(
                          weight.get("FunctionVersion").orElse(JsonObject.EMPTY),
                          publishedVersion,
                          move),
                      share.value().doubleValue());
                }
              }
            });
    return new LambdaUpdate.Alias(
        move.aliasName(), version(move.functionVersion(), publishedVersion, move), weights);
  }

  private String version(JsonValue value, Optional<String> publishedVersion, AliasMove move) {
    Optional<String> getAtt = HotswapPlanner.getAttVersion(value);
    if (getAtt.isPresent() && getAtt.equals(publishedVersion)) {
      return LambdaUpdate.PUBLISHED;
    }
    return text(Optional.of(value), move.logicalId() + " FunctionVersion").orElse("$LATEST");
  }

  private Optional<String> text(Optional<JsonValue> value, String what) {
    Optional<String> resolved = value.flatMap(values::evaluate);
    if (resolved.isEmpty()) {
      reasons.add(what + " is a value only CloudFormation can resolve");
    }
    return resolved;
  }

  private Optional<Integer> number(JsonValue value, String what) {
    return text(Optional.of(value), what)
        .flatMap(
            resolved -> {
              try {
                return Optional.of(Integer.parseInt(resolved));
              } catch (NumberFormatException notANumber) {
                reasons.add(what + " is not a whole number: " + resolved);
                return Optional.empty();
              }
            });
  }
}
