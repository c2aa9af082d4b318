package dev.formwork.compiler.synth.function;

import dev.formwork.compiler.naming.LogicalIds;
import dev.formwork.compiler.synth.SynthesisContext;
import dev.formwork.compiler.synth.ref.FunctionRef;
import dev.formwork.compiler.template.Cf;
import dev.formwork.compiler.template.CfResource;
import dev.formwork.compiler.template.PolicyStatement;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.model.function.Destinations;
import dev.formwork.schema.model.function.FunctionAlias;
import dev.formwork.schema.model.function.FunctionProperties;
import dev.formwork.schema.value.TextValue;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Asynchronous-invocation settings of a function: {@code destinations}, {@code
 * maximumRetryAttempts} and {@code maximumEventAgeInSeconds} become {@code <Fn>EventInvokeConfig}
 * (AWS::Lambda::EventInvokeConfig), each alias's {@code destinations} an EventInvokeConfig
 * qualified by the alias, {@code deadLetterQueue} becomes the function's DeadLetterConfig; the role
 * gets only the action each target's kind needs, on that target.
 */
public final class AsyncInvocationSynthesis {

  static final String POLICY = "async-invocation-targets";

  private static final Set<AsyncTargetKind> DESTINATION_KINDS =
      EnumSet.allOf(AsyncTargetKind.class);
  // A function's dead-letter queue can only be a queue or a topic:
  // https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html#invocation-dlq
  private static final Set<AsyncTargetKind> DEAD_LETTER_KINDS =
      EnumSet.of(AsyncTargetKind.SQS_QUEUE, AsyncTargetKind.SNS_TOPIC);

  private AsyncInvocationSynthesis() {}

  public static void synthesize(FunctionAssembly function, SynthesisContext context) {
    FunctionProperties properties = function.properties();
    if (properties.deadLetterQueue().isPresent()) {
      deadLetterQueue(function, properties.deadLetterQueue().get(), context);
    }

    JsonObject destinationJson =
        destinationConfig(
            function, properties.destinations(), function.propertyPath("destinations"), context);
    // Without destinations or retry settings nothing differs from Lambda's defaults, so the
    // function gets no EventInvokeConfig.
    if (destinationJson.size() > 0
        || properties.maximumRetryAttempts().isPresent()
        || properties.maximumEventAgeInSeconds().isPresent()) {
      boolean live = function.ref().hasLiveAlias();
      JsonObject.Builder json =
          JsonObject.builder()
              .put("FunctionName", Cf.ref(function.functionLogicalId()))
              // Triggers invoke the live alias when there is one, so its asynchronous settings are
              // the ones that apply.
              .put("Qualifier", live ? FunctionRef.LIVE_ALIAS_NAME : "$LATEST");
      if (destinationJson.size() > 0) {
        json.put("DestinationConfig", destinationJson);
      }
      json.putIfPresent("MaximumRetryAttempts", properties.maximumRetryAttempts());
      json.putIfPresent("MaximumEventAgeInSeconds", properties.maximumEventAgeInSeconds());
      CfResource resource = CfResource.of("AWS::Lambda::EventInvokeConfig", json.build());
      if (live) {
        // The qualifier names the alias only by name, so nothing else orders it after the alias.
        resource = resource.dependingOn(List.of(function.liveAliasLogicalId()));
      }
      context
          .template()
          .add(
              LogicalIds.eventInvokeConfig(function.name()),
              resource,
              function.path(),
              function.name());
    }
    List<FunctionAlias> aliases = properties.aliases();
    for (int i = 0; i < aliases.size(); i++) {
      FunctionAlias alias = aliases.get(i);
      if (alias.destinations().isPresent()) {
        aliasDestinations(function, alias, function.propertyPath("aliases").index(i), context);
      }
    }
  }

  /**
   * {@code <Fn><Alias>AliasEventInvokeConfig}: the destinations of one alias, an EventInvokeConfig
   * qualified by the alias name, so invocations of that alias (its triggers) report there.
   */
  private static void aliasDestinations(
      FunctionAssembly function,
      FunctionAlias alias,
      ConfigPath aliasPath,
      SynthesisContext context) {
    if (alias.name().equals(FunctionRef.LIVE_ALIAS_NAME)) {
      return; // reported by AliasSynthesis.validate
    }
    JsonObject destinationJson =
        destinationConfig(function, alias.destinations(), aliasPath.key("destinations"), context);
    if (destinationJson.size() == 0) {
      return;
    }
    String aliasLogicalId = function.aliasLogicalId(alias.name());
    context
        .template()
        .add(
            LogicalIds.aliasEventInvokeConfig(function.name(), alias.name()),
            CfResource.of(
                    "AWS::Lambda::EventInvokeConfig",
                    JsonObject.builder()
                        .put("DestinationConfig", destinationJson)
                        .put("FunctionName", Cf.ref(function.functionLogicalId()))
                        .put("Qualifier", alias.name())
                        .build())
                // The qualifier is the alias's name, not a reference, so order it explicitly.
                .dependingOn(List.of(aliasLogicalId)),
            function.path(),
            function.name());
  }

  /** The DestinationConfig of {@code destinations}; empty when it names none. */
  private static JsonObject destinationConfig(
      FunctionAssembly function,
      Optional<Destinations> destinations,
      ConfigPath destinationsPath,
      SynthesisContext context) {
    JsonObject.Builder destinationConfig = JsonObject.builder();
    if (destinations.isPresent()) {
      putDestination(
          destinationConfig,
          "OnSuccess",
          destinations.get().onSuccess(),
          function,
          destinationsPath.key("onSuccess"),
          context);
      putDestination(
          destinationConfig,
          "OnFailure",
          destinations.get().onFailure(),
          function,
          destinationsPath.key("onFailure"),
          context);
    }
    return destinationConfig.build();
  }

  /** Puts {@code key: {Destination: arn}} and grants the action when the destination resolves. */
  private static void putDestination(
      JsonObject.Builder destinationConfig,
      String key,
      Optional<TextValue> value,
      FunctionAssembly function,
      ConfigPath path,
      SynthesisContext context) {
    if (value.isEmpty()) {
      return;
    }
    Optional<AsyncTargets.AsyncTarget> target =
        AsyncTargets.resolve(value.get(), DESTINATION_KINDS, "destination", path, context);
    if (target.isPresent()) {
      JsonValue arn = target.get().arn();
      function.grant(POLICY, PolicyStatement.allow(target.get().kind().action(), arn));
      destinationConfig.put(key, JsonObject.of("Destination", arn));
    }
  }

  private static void deadLetterQueue(
      FunctionAssembly function, TextValue value, SynthesisContext context) {
    Optional<AsyncTargets.AsyncTarget> target =
        AsyncTargets.resolve(
            value,
            DEAD_LETTER_KINDS,
            "dead-letter queue",
            function.propertyPath("deadLetterQueue"),
            context);
    if (target.isPresent()) {
      JsonValue arn = target.get().arn();
      function.grant(POLICY, PolicyStatement.allow(target.get().kind().action(), arn));
      function.setFunctionProperty("DeadLetterConfig", JsonObject.of("TargetArn", arn));
    }
  }
}
