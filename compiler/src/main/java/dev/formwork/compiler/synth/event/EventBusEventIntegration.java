package dev.formwork.compiler.synth.event;

import dev.formwork.compiler.naming.PascalCase;
import dev.formwork.compiler.synth.SynthesisContext;
import dev.formwork.compiler.synth.function.FunctionAssembly;
import dev.formwork.compiler.synth.ref.EventBusRef;
import dev.formwork.compiler.synth.ref.QueueRef;
import dev.formwork.compiler.synth.stack.QueuePolicies;
import dev.formwork.compiler.template.Cf;
import dev.formwork.compiler.template.CfResource;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.model.event.EventBusEvent;
import java.util.Optional;

/**
 * An {@code event-bus} event: an AWS::Events::Rule {@code <Fn><Bus>EventBusRule} on a config bus
 * ({@code <Fn>EventBusRule} on the default bus, {@code <Fn>EventBus<hash of the ARN>Rule} on a bus
 * ARN), with the event pattern, input options and an optional dead-letter queue (whose queue policy
 * admits this rule), and an AWS::Lambda::Permission scoped to the rule. When a function has several
 * rules on one bus, a hash of the pattern and input joins each ID.
 */
public final class EventBusEventIntegration implements EventIntegration<EventBusEvent> {

  @Override
  public Class<EventBusEvent> type() {
    return EventBusEvent.class;
  }

  @Override
  public void synthesize(
      FunctionAssembly function,
      EventBusEvent event,
      ConfigPath eventPath,
      SynthesisContext context) {
    EventBusEvent.Properties properties = event.properties();
    ConfigPath propertiesPath = eventPath.key("properties");
    JsonObject.Builder rule = JsonObject.builder().put("State", "ENABLED");
    if (properties.eventBusName().isPresent()) {
      Optional<EventBusRef> bus =
          context
              .index()
              .eventBus(
                  properties.eventBusName().get(),
                  propertiesPath.key("eventBusName"),
                  context.diagnostics());
      if (bus.isEmpty()) {
        return;
      }
      rule.put("EventBusName", bus.get().arn());
    } else if (properties.eventBusArn().isPresent()) {
      rule.put(
          "EventBusName",
          context
              .values()
              .resolve(properties.eventBusArn().get(), propertiesPath.key("eventBusArn")));
    }
    // Without EventBusName the rule is on the account's default bus.
    JsonValue pattern =
        context.values().resolve(properties.eventPattern(), propertiesPath.key("eventPattern"));
    if (!(pattern instanceof JsonObject)) {
      context
          .diagnostics()
          .valueError(
              Code.CONFIG_WRONG_TYPE,
              propertiesPath.key("eventPattern"),
              "eventPattern must be an object.");
      return;
    }
    rule.put("EventPattern", pattern);
    JsonObject.Builder target =
        RuleTargets.target(
            function,
            properties.input(),
            properties.inputPath(),
            properties.inputTransformer(),
            propertiesPath,
            context);
    Optional<DeadLetterQueues.DeadLetterQueue> deadLetter = Optional.empty();
    if (properties.onDeliveryFailure().isPresent()) {
      deadLetter =
          DeadLetterQueues.resolve(
              properties.onDeliveryFailure().get(),
              propertiesPath.key("onDeliveryFailure"),
              context);
      if (deadLetter.isEmpty()) {
        return;
      }
      target.put("DeadLetterConfig", JsonObject.of("Arn", deadLetter.get().arn()));
    }
    rule.put("Targets", JsonArray.of(target.build()));
    JsonObject ruleProperties = rule.build();

    String base;
    if (properties.eventBusName().isPresent()) {
      base = PascalCase.of(properties.eventBusName().get()) + "EventBus";
    } else if (properties.eventBusArn().isPresent()) {
      base = "EventBus" + EventIds.sourceHash(event);
    } else {
      base = "EventBus";
    }
    // Several rules on one bus are common: then each is also named by its pattern and input.
    Optional<String> found = EventIds.identity(function, event, base, eventPath, context);
    if (found.isEmpty()) {
      return;
    }
    String identity = found.get();
    String ruleId = function.logicalPrefix() + identity + "Rule";
    if (!EventIds.claim(ruleId, function, eventPath, context)) {
      return;
    }
    context
        .template()
        .add(
            ruleId,
            CfResource.of("AWS::Events::Rule", ruleProperties),
            function.path(),
            function.name());
    JsonValue ruleArn = Cf.getAtt(ruleId, "Arn");
    LambdaPermissions.allow(
        context,
        function,
        function.logicalPrefix() + identity + "Permission",
        "events.amazonaws.com",
        ruleArn);
    // https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-rule-dlq.html#eb-dlq-perms
    if (deadLetter.isPresent() && deadLetter.get().configQueue().isPresent()) {
      QueueRef queue = deadLetter.get().configQueue().get();
      context
          .queuePolicies()
          .add(queue, QueuePolicies.serviceMaySend("events.amazonaws.com", queue, ruleArn));
    }
  }
}
