package dev.formwork.deployer.hotswap;

import dev.formwork.deployer.hotswap.HotswapPlan.AliasMove;
import dev.formwork.deployer.hotswap.HotswapPlan.FunctionChange;
import dev.formwork.deployer.hotswap.HotswapPlan.VersionPublish;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares the deployed template with the compiled one and decides whether the difference can be
 * made with the Lambda API alone. Hotswappable: a function's {@link #UPDATABLE} properties, the
 * {@code AWS::Lambda::Version} the template publishes for it in place of the previous one (versions
 * are retained, so the old one stays), and an alias's version or weighted routing. Anything else (a
 * new resource, a role, a queue setting, a function's runtime, the template's outputs) needs
 * CloudFormation, and each such change is named. A function whose live alias CodeDeploy updates
 * ({@code deployment}) is refused: a direct update would skip its traffic shifting, alarms and
 * hooks.
 */
public final class HotswapPlanner {

  /**
   * The function properties updated through UpdateFunctionCode and UpdateFunctionConfiguration.
   * Others (runtime, handler, role, layers, VPC, architecture, …) change what CloudFormation tracks
   * beyond the code, so they go through a change set.
   */
  public static final Set<String> UPDATABLE =
      Set.of("Code", "Environment", "MemorySize", "Timeout", "Description");

  private static final Set<String> VERSION_PROPERTIES =
      Set.of("FunctionName", "CodeSha256", "Description");
  private static final Set<String> ALIAS_MOVES = Set.of("FunctionVersion", "RoutingConfig");
  private static final String FUNCTION = "AWS::Lambda::Function";
  private static final String VERSION = "AWS::Lambda::Version";
  private static final String ALIAS = "AWS::Lambda::Alias";

  private final Map<String, JsonValue> deployed;
  private final Map<String, JsonValue> compiled;
  private final Map<String, HotswapTarget> targets;
  private final List<String> reasons = new ArrayList<>();
  private final Map<String, FunctionDraft> drafts = new TreeMap<>();
  private final Set<String> addedVersions = new TreeSet<>();
  private final Set<String> removedVersions = new TreeSet<>();
  private final List<String> changedAliases = new ArrayList<>();

  private HotswapPlanner(
      JsonObject deployedTemplate,
      JsonObject compiledTemplate,
      Map<String, HotswapTarget> targets) {
    this.deployed = resources(deployedTemplate);
    this.compiled = resources(compiledTemplate);
    this.targets = targets;
  }

  /**
   * The plan for turning the deployed template into the compiled one.
   *
   * @param targets the config's functions by logical ID
   */
  public static HotswapPlan plan(
      JsonObject deployedTemplate,
      JsonObject compiledTemplate,
      Map<String, HotswapTarget> targets) {
    if (deployedTemplate.equals(compiledTemplate)) {
      return new HotswapPlan.NoChanges();
    }
    return new HotswapPlanner(deployedTemplate, compiledTemplate, targets)
        .decide(deployedTemplate, compiledTemplate);
  }

  /**
   * What a change set left as a hotswap set it: a function property ({@link #UPDATABLE}) or an
   * alias's version that differs between {@code running} (the template of the last hotswap) and the
   * deployed template, where CloudFormation saw no change ({@code before}, the template of the
   * change set before, has the deployed value) and so applied none. What to update so that the
   * functions match their template again.
   *
   * @param before the template CloudFormation had before this change set (empty: unknown, every
   *     difference counts)
   * @param names config names by logical ID, for messages (others are named by logical ID)
   */
  public static List<FunctionChange> drift(
      JsonObject running,
      Optional<JsonObject> before,
      JsonObject deployedTemplate,
      Map<String, String> names) {
    Map<String, JsonValue> runningResources = resources(running);
    Map<String, JsonValue> beforeResources = before.map(HotswapPlanner::resources).orElse(null);
    List<FunctionChange> changes = new ArrayList<>();
    resources(deployedTemplate)
        .forEach(
            (id, value) -> {
              JsonObject resource = object(value).orElse(JsonObject.EMPTY);
              Optional<JsonObject> hotswapped = object(runningResources.get(id));
              if (!type(resource).equals(FUNCTION)
                  || hotswapped.isEmpty()
                  || !type(hotswapped.get()).equals(FUNCTION)
                  || !(properties(resource).get("FunctionName").orElse(null)
                      instanceof JsonString physical)) {
                return;
              }
              JsonObject wanted = properties(resource);
              List<String> changed =
                  changedKeys(properties(hotswapped.get()), wanted).stream()
                      .filter(UPDATABLE::contains)
                      .filter(key -> untouched(beforeResources, id, key, wanted))
                      .toList();
              if (changed.isEmpty()) {
                return;
              }
              FunctionDraft draft =
                  new FunctionDraft(
                      new HotswapTarget(names.getOrDefault(id, id), physical.value()));
              changed.forEach(
                  key ->
                      draft.properties.put(
                          key,
                          wanted
                              .get(key)
                              .orElse(
                                  key.equals("Environment")
                                      ? JsonObject.of("Variables", JsonObject.EMPTY)
                                      : new JsonString(""))));
              changes.add(draft.build(id));
            });
    changes.addAll(
        aliasDrift(runningResources, beforeResources, resources(deployedTemplate), names));
    return changes;
  }

  /** Whether CloudFormation saw no change of this property (so it applied none). */
  private static boolean untouched(
      Map<String, JsonValue> before, String id, String key, JsonObject deployedProperties) {
    return before == null
        || object(before.get(id))
            .map(resource -> properties(resource).get(key).equals(deployedProperties.get(key)))
            .orElse(false);
  }

  /**
   * Aliases a hotswap moved, back to the versions of the deployed template, one change each (a
   * version CloudFormation published is resolved from the stack; one that cannot be is named).
   */
  private static List<FunctionChange> aliasDrift(
      Map<String, JsonValue> running,
      Map<String, JsonValue> before,
      Map<String, JsonValue> deployed,
      Map<String, String> names) {
    List<FunctionChange> changes = new ArrayList<>();
    deployed.forEach(
        (id, value) -> {
          JsonObject alias = object(value).orElse(JsonObject.EMPTY);
          Optional<JsonObject> hotswapped = object(running.get(id));
          Optional<String> function = refTo(properties(alias).get("FunctionName").orElse(null));
          if (!type(alias).equals(ALIAS) || hotswapped.isEmpty() || function.isEmpty()) {
            return;
          }
          JsonObject wanted = properties(alias);
          boolean moved =
              changedKeys(properties(hotswapped.get()), wanted).stream()
                  .filter(ALIAS_MOVES::contains)
                  .anyMatch(key -> untouched(before, id, key, wanted));
          Optional<String> physical =
              object(deployed.get(function.get()))
                  .flatMap(lambda -> properties(lambda).get("FunctionName"))
                  .filter(JsonString.class::isInstance)
                  .map(HotswapPlanner::text);
          if (!moved || physical.isEmpty()) {
            return;
          }
          changes.add(
              new FunctionChange(
                  id,
                  new HotswapTarget(
                      names.getOrDefault(function.get(), function.get()), physical.get()),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty(),
                  List.of(
                      new AliasMove(
                          id,
                          wanted.get("Name").map(HotswapPlanner::text).orElse(id),
                          wanted.get("FunctionVersion").orElse(new JsonString("$LATEST")),
                          wanted.get("RoutingConfig")))));
        });
    return changes;
  }

  private HotswapPlan decide(JsonObject deployedTemplate, JsonObject compiledTemplate) {
    Set<String> sections = new TreeSet<>(deployedTemplate.members().keySet());
    sections.addAll(compiledTemplate.members().keySet());
    for (String section : sections) {
      if (!section.equals("Resources")
          && !deployedTemplate.get(section).equals(compiledTemplate.get(section))) {
        reasons.add("the template's " + section + " changed");
      }
    }
    Set<String> ids = new TreeSet<>(deployed.keySet());
    ids.addAll(compiled.keySet());
    for (String id : ids) {
      compare(id, object(deployed.get(id)), object(compiled.get(id)));
    }
    checkVersions();
    checkAliases();
    Optional<HotswapPlan.Refused> refused = codeDeployRefusal();
    if (refused.isPresent()) {
      return refused.get();
    }
    if (!reasons.isEmpty()) {
      return new HotswapPlan.Fallback(reasons);
    }
    List<FunctionChange> changes = new ArrayList<>();
    drafts.forEach((id, draft) -> changes.add(draft.build(id)));
    return changes.isEmpty() ? new HotswapPlan.NoChanges() : new HotswapPlan.Updates(changes);
  }

  private void compare(String id, Optional<JsonObject> before, Optional<JsonObject> after) {
    if (before.equals(after)) {
      return;
    }
    String type = type(after.or(() -> before).orElseThrow());
    if (before.isEmpty()) {
      if (type.equals(VERSION)) {
        addedVersions.add(id);
      } else {
        reasons.add(id + " (" + type + ") is added");
      }
      return;
    }
    if (after.isEmpty()) {
      if (type.equals(VERSION)) {
        removedVersions.add(id);
      } else {
        reasons.add(id + " (" + type + ") is removed");
      }
      return;
    }
    if (!type(before.get()).equals(type)) {
      reasons.add(id + " changes type from " + type(before.get()) + " to " + type);
      return;
    }
    JsonObject old = before.get();
    JsonObject now = after.get();
    if (!old.without("Properties").equals(now.without("Properties"))) {
      reasons.add(
          id
              + " ("
              + type
              + ") changes its "
              + String.join(
                  ", ", changedKeys(old.without("Properties"), now.without("Properties"))));
      return;
    }
    JsonObject oldProperties = properties(old);
    JsonObject newProperties = properties(now);
    List<String> changed = changedKeys(oldProperties, newProperties);
    switch (type) {
      case FUNCTION -> function(id, changed, newProperties);
      case ALIAS -> alias(id, changed, newProperties);
      default -> reasons.add(id + " (" + type + ") changes " + String.join(", ", changed));
    }
  }

  private void function(String id, List<String> changed, JsonObject properties) {
    List<String> fixed = changed.stream().filter(key -> !UPDATABLE.contains(key)).toList();
    if (!fixed.isEmpty()) {
      reasons.add(id + " (" + FUNCTION + ") changes " + String.join(", ", fixed));
      return;
    }
    if (!targets.containsKey(id)) {
      reasons.add(id + " changes, and it is not a function of the config (raw CloudFormation)");
      return;
    }
    for (String key : List.of("MemorySize", "Timeout")) {
      if (changed.contains(key) && !properties.has(key)) {
        reasons.add(id + " removes " + key + " (Lambda's default is set by CloudFormation)");
        return;
      }
    }
    FunctionDraft draft = draft(id);
    for (String key : changed) {
      JsonValue value =
          properties
              .get(key)
              .orElse(
                  key.equals("Environment")
                      ? JsonObject.of("Variables", JsonObject.EMPTY)
                      : new JsonString(""));
      draft.properties.put(key, value);
    }
  }

  private void alias(String id, List<String> changed, JsonObject properties) {
    List<String> fixed = changed.stream().filter(key -> !ALIAS_MOVES.contains(key)).toList();
    Optional<String> function = refTo(properties.get("FunctionName").orElse(null));
    if (!fixed.isEmpty() || function.isEmpty()) {
      reasons.add(
          id + " (" + ALIAS + ") changes " + String.join(", ", fixed.isEmpty() ? changed : fixed));
      return;
    }
    if (!targets.containsKey(function.get())) {
      reasons.add(id + " moves an alias of " + function.get() + ", which is not a config function");
      return;
    }
    changedAliases.add(id);
    draft(function.get())
        .aliases
        .add(
            new AliasMove(
                id,
                properties.get("Name").map(HotswapPlanner::text).orElse(id),
                properties.get("FunctionVersion").orElse(new JsonString("$LATEST")),
                properties.get("RoutingConfig")));
  }

  /**
   * A version the template adds must be the one that replaces a removed version of a function this
   * hotswap updates; a removed version must be replaced.
   */
  private void checkVersions() {
    Map<String, String> functionOfAdded = new LinkedHashMap<>();
    for (String id : addedVersions) {
      JsonObject properties = properties(object(compiled.get(id)).orElseThrow());
      Optional<String> function = refTo(properties.get("FunctionName").orElse(null));
      List<String> unexpected =
          properties.members().keySet().stream()
              .filter(key -> !VERSION_PROPERTIES.contains(key))
              .toList();
      if (function.isEmpty() || !unexpected.isEmpty()) {
        reasons.add(id + " (" + VERSION + ") is added with " + String.join(", ", unexpected));
        continue;
      }
      FunctionDraft draft = drafts.get(function.get());
      if (draft == null || draft.properties.isEmpty()) {
        reasons.add(
            id + " (" + VERSION + ") is added for " + function.get() + ", whose code is unchanged");
        continue;
      }
      if (draft.publish.isPresent()) {
        reasons.add(function.get() + " gets two new versions");
        continue;
      }
      draft.publish =
          Optional.of(
              new VersionPublish(id, properties.get("CodeSha256").map(HotswapPlanner::text)));
      functionOfAdded.put(id, function.get());
    }
    for (String id : removedVersions) {
      Optional<String> function =
          refTo(
              properties(object(deployed.get(id)).orElseThrow()).get("FunctionName").orElse(null));
      if (function.isEmpty() || !functionOfAdded.containsValue(function.get())) {
        reasons.add(id + " (" + VERSION + ") is removed without a replacement");
      }
    }
  }

  /**
   * An alias may point at a fixed version or at the version this hotswap publishes for its own
   * function; a version of the deployed template is gone once the new one is published.
   */
  private void checkAliases() {
    for (FunctionDraft draft : drafts.values()) {
      for (AliasMove move : draft.aliases) {
        for (JsonValue version : versionsIn(move)) {
          Optional<String> published = getAttVersion(version);
          boolean ownNewVersion =
              published.isPresent()
                  && draft.publish.map(p -> p.logicalId().equals(published.get())).orElse(false);
          if (published.isPresent() && !ownNewVersion) {
            reasons.add(
                move.logicalId()
                    + " points at "
                    + published.get()
                    + ", which this hotswap does not publish");
          } else if (published.isEmpty() && !(version instanceof JsonString)) {
            reasons.add(move.logicalId() + " points at a version CloudFormation computes");
          }
        }
      }
    }
  }

  /** Refused when a function to update, or an alias to move, has an alias CodeDeploy updates. */
  private Optional<HotswapPlan.Refused> codeDeployRefusal() {
    for (Map.Entry<String, JsonValue> entry : compiled.entrySet()) {
      JsonObject resource = object(entry.getValue()).orElse(JsonObject.EMPTY);
      boolean codeDeploy =
          type(resource).equals(ALIAS)
              && object(resource.get("UpdatePolicy"))
                  .map(policy -> policy.has("CodeDeployLambdaAliasUpdate"))
                  .orElse(false);
      Optional<String> function =
          refTo(properties(resource).get("FunctionName").orElse(null)).filter(drafts::containsKey);
      if (codeDeploy && function.isPresent()) {
        String name = targets.get(function.get()).name();
        return Optional.of(
            new HotswapPlan.Refused(
                "Function '"
                    + name
                    + "' is deployed gradually by CodeDeploy (its `deployment`): a hotswap would"
                    + " skip the traffic shifting, alarms and hooks of "
                    + entry.getKey()
                    + ".",
                "Deploy without --hotswap; CodeDeploy then shifts traffic to the new version."));
      }
    }
    return Optional.empty();
  }

  private FunctionDraft draft(String functionId) {
    return drafts.computeIfAbsent(functionId, id -> new FunctionDraft(targets.get(id)));
  }

  private static List<JsonValue> versionsIn(AliasMove move) {
    List<JsonValue> versions = new ArrayList<>(List.of(move.functionVersion()));
    move.routing()
        .flatMap(HotswapPlanner::object)
        .flatMap(routing -> routing.get("AdditionalVersionWeights"))
        .filter(JsonArray.class::isInstance)
        .map(JsonArray.class::cast)
        .ifPresent(
            weights ->
                weights
                    .items()
                    .forEach(
                        weight ->
                            object(weight)
                                .flatMap(entry -> entry.get("FunctionVersion"))
                                .ifPresent(versions::add)));
    return versions;
  }

  /** The version logical ID of {@code Fn::GetAtt [<Version>, Version]}. */
  static Optional<String> getAttVersion(JsonValue value) {
    if (object(value).flatMap(o -> o.get("Fn::GetAtt")).orElse(null) instanceof JsonArray getAtt
        && getAtt.size() == 2
        && getAtt.get(0) instanceof JsonString id
        && getAtt.get(1).equals(new JsonString("Version"))) {
      return Optional.of(id.value());
    }
    return Optional.empty();
  }

  private static Optional<String> refTo(JsonValue value) {
    return object(value)
        .filter(o -> o.size() == 1)
        .flatMap(o -> o.get("Ref"))
        .filter(JsonString.class::isInstance)
        .map(HotswapPlanner::text);
  }

  private static List<String> changedKeys(JsonObject before, JsonObject after) {
    Set<String> keys = new TreeSet<>(before.members().keySet());
    keys.addAll(after.members().keySet());
    return keys.stream().filter(key -> !before.get(key).equals(after.get(key))).toList();
  }

  private static Map<String, JsonValue> resources(JsonObject template) {
    return object(template.get("Resources").orElse(null))
        .<Map<String, JsonValue>>map(JsonObject::members)
        .orElse(Map.of());
  }

  private static String type(JsonObject resource) {
    return resource.get("Type").map(HotswapPlanner::text).orElse("");
  }

  private static JsonObject properties(JsonObject resource) {
    return object(resource.get("Properties").orElse(null)).orElse(JsonObject.EMPTY);
  }

  private static Optional<JsonObject> object(Optional<JsonValue> value) {
    return value.flatMap(HotswapPlanner::object);
  }

  private static Optional<JsonObject> object(JsonValue value) {
    return value instanceof JsonObject object ? Optional.of(object) : Optional.empty();
  }

  private static String text(JsonValue value) {
    return value instanceof JsonString text ? text.value() : value.toString();
  }

  /** A function's changes while the templates are compared. */
  private static final class FunctionDraft {
    private final HotswapTarget target;
    private final Map<String, JsonValue> properties = new TreeMap<>();
    private final List<AliasMove> aliases = new ArrayList<>();
    private Optional<VersionPublish> publish = Optional.empty();

    FunctionDraft(HotswapTarget target) {
      this.target = target;
    }

    FunctionChange build(String logicalId) {
      return new FunctionChange(
          logicalId,
          target,
          Optional.ofNullable(properties.get("Code")),
          Optional.ofNullable(properties.get("Environment")),
          Optional.ofNullable(properties.get("MemorySize")),
          Optional.ofNullable(properties.get("Timeout")),
          Optional.ofNullable(properties.get("Description")),
          publish,
          aliases);
    }
  }
}
