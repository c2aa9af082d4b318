package dev.formwork.compiler.synth.release;

import dev.formwork.compiler.naming.PascalCase;
import dev.formwork.compiler.synth.SynthesisContext;
import dev.formwork.compiler.synth.function.FunctionAssembly;
import dev.formwork.compiler.synth.ref.FunctionRef;
import dev.formwork.compiler.template.Cf;
import dev.formwork.compiler.template.CfResource;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonNumber;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.model.function.FunctionAlias;
import dev.formwork.schema.model.function.FunctionProperties;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A function's aliases (AWS::Lambda::Alias): the live alias {@code <Fn>StpAlias} ({@code stp-live},
 * carrying provisioned concurrency and, with {@code deployment}, the CodeDeploy update policy) and
 * each named alias {@code <Fn><PascalAlias>Alias}, pinned to a version number or following the
 * content-keyed version, with optional weighted routing.
 */
public final class AliasSynthesis {

  private AliasSynthesis() {}

  /**
   * Checks the aliases of one function: unique names (also after PascalCase), the reserved live
   * name, routing.
   */
  public static void validate(FunctionAssembly function, SynthesisContext context) {
    List<FunctionAlias> aliases = function.properties().aliases();
    ConfigPath aliasesPath = function.propertyPath("aliases");
    Map<String, Integer> byLogicalName = new HashMap<>();
    for (int i = 0; i < aliases.size(); i++) {
      FunctionAlias alias = aliases.get(i);
      ConfigPath aliasPath = aliasesPath.index(i);
      if (alias.name().equals(FunctionRef.LIVE_ALIAS_NAME)) {
        context
            .diagnostics()
            .valueError(
                Code.CONFIG_RESERVED_NAME,
                aliasPath.key("name"),
                "Alias name '"
                    + FunctionRef.LIVE_ALIAS_NAME
                    + "' is reserved for the live alias that deployment and provisionedConcurrency"
                    + " create.",
                "Choose another name; reach the live alias with $ResourceParam('"
                    + function.name()
                    + "', 'liveAliasArn').");
        continue;
      }
      Integer first = byLogicalName.putIfAbsent(PascalCase.of(alias.name()), i);
      if (first != null) {
        String other = aliases.get(first).name();
        context
            .diagnostics()
            .valueError(
                Code.CONFIG_DUPLICATE_ALIAS,
                aliasPath.key("name"),
                other.equals(alias.name())
                    ? "Function '"
                        + function.name()
                        + "' declares alias '"
                        + alias.name()
                        + "' twice (also aliases["
                        + first
                        + "])."
                    : "Aliases '"
                        + other
                        + "' and '"
                        + alias.name()
                        + "' of function '"
                        + function.name()
                        + "' would share the logical ID "
                        + function.aliasLogicalId(alias.name())
                        + ".",
                "Give each alias a distinct name.");
      }
      if (!alias.followsLatest() && Long.parseLong(alias.version()) > 1) {
        // Lambda numbers published versions 1, 2, 3, … and formwork publishes one per deploy that
        // changes the function, so on a first deploy only version 1 can exist.
        context
            .diagnostics()
            .valueWarning(
                Code.CONFIG_UNPUBLISHED_ALIAS_VERSION,
                aliasPath.key("version"),
                "Alias '"
                    + alias.name()
                    + "' of function '"
                    + function.name()
                    + "' is pinned to version "
                    + alias.version()
                    + ", which exists only after "
                    + alias.version()
                    + " deploys that changed the function; a first deploy publishes version 1, so"
                    + " deploying this stack anew stops before the change set.",
                "Pin it to 'latest' (or 1) until that version is published, then pin it.");
      }
      // Compared as text: the pattern allows no leading zeros, and a version may be larger than
      // an int.
      if (alias.routing().isPresent()
          && alias.version().equals(String.valueOf(alias.routing().get().version()))) {
        context
            .diagnostics()
            .valueError(
                Code.CONFIG_INVALID_VALUE,
                aliasPath.key("routing").key("version"),
                "Alias '"
                    + alias.name()
                    + "' routes extra traffic to version "
                    + alias.routing().get().version()
                    + ", which is already its main version.",
                "Routing needs a second, different version.");
      }
    }
  }

  /**
   * Adds the live alias (when the function has one) and the named aliases, all on {@code
   * versionLogicalId}.
   */
  public static void emit(
      FunctionAssembly function, String versionLogicalId, SynthesisContext context) {
    FunctionProperties properties = function.properties();
    JsonValue published = Cf.getAtt(versionLogicalId, "Version");
    if (function.ref().hasLiveAlias()) {
      JsonObject.Builder json = base(function, FunctionRef.LIVE_ALIAS_NAME, published);
      if (properties.provisionedConcurrency().isPresent()) {
        json.put(
            "ProvisionedConcurrencyConfig",
            JsonObject.of(
                "ProvisionedConcurrentExecutions",
                JsonValue.of(properties.provisionedConcurrency().get())));
      }
      CfResource alias = CfResource.of("AWS::Lambda::Alias", json.build());
      if (properties.deployment().isPresent()) {
        alias =
            alias.withUpdatePolicy(
                CodeDeploySynthesis.aliasUpdatePolicy(function, properties.deployment().get()));
      }
      context
          .template()
          .add(function.liveAliasLogicalId(), alias, function.path(), function.name());
    }
    Set<String> emitted = new HashSet<>();
    for (FunctionAlias alias : properties.aliases()) {
      if (alias.name().equals(FunctionRef.LIVE_ALIAS_NAME)
          || !emitted.add(function.aliasLogicalId(alias.name()))) {
        continue; // reported by validate()
      }
      JsonValue version = alias.followsLatest() ? published : new JsonString(alias.version());
      JsonObject.Builder json = base(function, alias.name(), version);
      if (alias.routing().isPresent()) {
        FunctionAlias.Routing routing = alias.routing().get();
        json.put(
            "RoutingConfig",
            JsonObject.of(
                "AdditionalVersionWeights",
                JsonArray.of(
                    JsonObject.builder()
                        .put("FunctionVersion", String.valueOf(routing.version()))
                        .put("FunctionWeight", JsonNumber.of(routing.weight()))
                        .build())));
      }
      CfResource resource = CfResource.of("AWS::Lambda::Alias", json.build());
      if (!alias.followsLatest()) {
        // A pinned version is a number, not a reference: without this, CloudFormation may create
        // the alias before the version this deploy publishes (version 1 on a first deploy).
        resource = resource.dependingOn(List.of(versionLogicalId));
      }
      context
          .template()
          .add(function.aliasLogicalId(alias.name()), resource, function.path(), function.name());
    }
  }

  private static JsonObject.Builder base(
      FunctionAssembly function, String name, JsonValue version) {
    return JsonObject.builder()
        .put("FunctionName", Cf.ref(function.functionLogicalId()))
        .put("FunctionVersion", version)
        .put("Name", name);
  }
}
