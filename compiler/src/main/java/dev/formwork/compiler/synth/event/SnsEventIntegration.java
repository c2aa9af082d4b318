package dev.formwork.compiler.synth.event;

import dev.formwork.compiler.naming.PascalCase;
import dev.formwork.compiler.synth.SynthesisContext;
import dev.formwork.compiler.synth.function.FunctionAssembly;
import dev.formwork.compiler.synth.ref.QueueRef;
import dev.formwork.compiler.synth.ref.TopicRef;
import dev.formwork.compiler.synth.stack.QueuePolicies;
import dev.formwork.compiler.template.CfResource;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.model.event.SnsEvent;
import java.util.Optional;

/**
 * An {@code sns} event: an AWS::SNS::Subscription {@code <Fn><Topic>SnsSubscription} (protocol
 * lambda, filter policy, redrive to a dead-letter queue whose policy admits this topic) and an
 * AWS::Lambda::Permission {@code <Fn><Topic>SnsPermission} scoped to the topic ARN ({@code
 * <Fn>Sns<hash of the ARN as written>...} for a topic ARN). SNS keeps one subscription per topic
 * and endpoint, so a second event on one topic is a diagnostic.
 */
public final class SnsEventIntegration implements EventIntegration<SnsEvent> {

  @Override
  public Class<SnsEvent> type() {
    return SnsEvent.class;
  }

  @Override
  public void synthesize(
      FunctionAssembly function, SnsEvent event, ConfigPath eventPath, SynthesisContext context) {
    SnsEvent.Properties properties = event.properties();
    ConfigPath propertiesPath = eventPath.key("properties");
    JsonValue topicArn;
    if (properties.snsTopicName().isPresent()) {
      ConfigPath namePath = propertiesPath.key("snsTopicName");
      Optional<TopicRef> topic =
          context.index().topic(properties.snsTopicName().get(), namePath, context.diagnostics());
      if (topic.isEmpty()) {
        return;
      }
      if (topic.get().fifo()) {
        // Stacktape e86. https://docs.aws.amazon.com/sns/latest/dg/fifo-message-delivery.html
        context
            .diagnostics()
            .valueError(
                Code.CONFIG_FIFO_TOPIC_SUBSCRIPTION,
                namePath,
                "Topic '"
                    + topic.get().name()
                    + "' is a FIFO topic; SNS delivers FIFO topics only to SQS queues, not to"
                    + " Lambda functions.",
                "Subscribe an SQS FIFO queue to the topic and give the function an sqs event on"
                    + " that queue.");
        return;
      }
      topicArn = topic.get().arn();
    } else {
      topicArn =
          context
              .values()
              .resolve(properties.snsTopicArn().get(), propertiesPath.key("snsTopicArn"));
    }
    JsonObject.Builder json =
        JsonObject.builder()
            .put("Endpoint", function.endpoint())
            .put("Protocol", "lambda")
            .put("TopicArn", topicArn);
    if (properties.filterPolicy().isPresent()) {
      json.put(
          "FilterPolicy",
          context
              .values()
              .resolve(properties.filterPolicy().get(), propertiesPath.key("filterPolicy")));
    }
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
      json.put("RedrivePolicy", JsonObject.of("deadLetterTargetArn", deadLetter.get().arn()));
    }
    JsonObject subscription = json.build();

    String base =
        properties.snsTopicName().isPresent()
            ? PascalCase.of(properties.snsTopicName().get()) + "Sns"
            : "Sns" + EventIds.sourceHash(event);
    Optional<String> found = EventIds.identity(function, event, base, eventPath, context);
    if (found.isEmpty()) {
      return;
    }
    String identity = found.get();
    String subscriptionId = function.logicalPrefix() + identity + "Subscription";
    if (!EventIds.claim(subscriptionId, function, eventPath, context)) {
      return;
    }
    context
        .template()
        .add(
            subscriptionId,
            CfResource.of("AWS::SNS::Subscription", subscription),
            function.path(),
            function.name());
    LambdaPermissions.allow(
        context,
        function,
        function.logicalPrefix() + identity + "Permission",
        "sns.amazonaws.com",
        topicArn);
    // https://docs.aws.amazon.com/sns/latest/dg/sns-configure-dead-letter-queue.html
    if (deadLetter.isPresent() && deadLetter.get().configQueue().isPresent()) {
      QueueRef queue = deadLetter.get().configQueue().get();
      context
          .queuePolicies()
          .add(queue, QueuePolicies.serviceMaySend("sns.amazonaws.com", queue, topicArn));
    }
  }
}
