package dev.formwork.compiler.synth.event;

import dev.formwork.compiler.naming.PascalCase;
import dev.formwork.compiler.synth.SynthesisContext;
import dev.formwork.compiler.synth.function.FunctionAssembly;
import dev.formwork.compiler.synth.ref.QueueRef;
import dev.formwork.compiler.template.CfResource;
import dev.formwork.compiler.template.PolicyStatement;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.model.event.SqsEvent;
import java.util.List;
import java.util.Optional;

/**
 * An {@code sqs} event: an AWS::Lambda::EventSourceMapping {@code <Fn><Queue>SqsEventSourceMapping}
 * (or {@code <Fn>Sqs<hash of the ARN as written>EventSourceMapping}), and permission for the
 * function to receive, delete and re-hide messages of that queue only. Lambda allows one mapping
 * per function and queue, so a second event on one queue is a diagnostic.
 */
public final class SqsEventIntegration implements EventIntegration<SqsEvent> {

  static final String POLICY = "sqs-event-sources";

  @Override
  public Class<SqsEvent> type() {
    return SqsEvent.class;
  }

  @Override
  public void synthesize(
      FunctionAssembly function, SqsEvent event, ConfigPath eventPath, SynthesisContext context) {
    SqsEvent.Properties properties = event.properties();
    ConfigPath propertiesPath = eventPath.key("properties");
    JsonValue queueArn;
    if (properties.sqsQueueName().isPresent()) {
      Optional<QueueRef> queue =
          context
              .index()
              .queue(
                  properties.sqsQueueName().get(),
                  propertiesPath.key("sqsQueueName"),
                  context.diagnostics());
      if (queue.isEmpty()
          || !checkQueue(function, queue.get(), properties, propertiesPath, context)) {
        return;
      }
      queueArn = queue.get().arn();
    } else {
      queueArn =
          context
              .values()
              .resolve(properties.sqsQueueArn().get(), propertiesPath.key("sqsQueueArn"));
    }
    JsonObject.Builder json =
        JsonObject.builder()
            .put("EventSourceArn", queueArn)
            .put("FunctionName", function.endpoint())
            // Always written, so that enabling a mapping created disabled is an in-place update.
            .put("Enabled", properties.enabled());
    json.putIfPresent("BatchSize", properties.batchSize());
    json.putIfPresent("MaximumBatchingWindowInSeconds", properties.maxBatchWindowSeconds());
    if (properties.reportBatchItemFailures()) {
      json.put("FunctionResponseTypes", JsonArray.ofStrings(List.of("ReportBatchItemFailures")));
    }
    Optional<JsonValue> criteria =
        FilterCriteria.of(
            properties.filterPatterns(), propertiesPath.key("filterPatterns"), context);
    json.putIfPresent("FilterCriteria", criteria);
    if (properties.maxConcurrency().isPresent()) {
      json.put(
          "ScalingConfig",
          JsonObject.of("MaximumConcurrency", JsonValue.of(properties.maxConcurrency().get())));
    }
    JsonObject mapping = json.build();

    String base =
        properties.sqsQueueName().isPresent()
            ? PascalCase.of(properties.sqsQueueName().get()) + "Sqs"
            : "Sqs" + EventIds.sourceHash(event);
    Optional<String> identity = EventIds.identity(function, event, base, eventPath, context);
    if (identity.isEmpty()) {
      return;
    }
    String logicalId = function.logicalPrefix() + identity.get() + "EventSourceMapping";
    if (!EventIds.claim(logicalId, function, eventPath, context)) {
      return;
    }
    context
        .template()
        .add(
            logicalId,
            CfResource.of("AWS::Lambda::EventSourceMapping", mapping),
            function.path(),
            function.name());
    function.grant(POLICY, PolicyStatement.allow(QueueRef.POLL_ACTIONS, List.of(queueArn)));
  }

  /**
   * Rules AWS enforces only when the mapping is created; checked here so the deploy cannot fail on
   * them.
   */
  private static boolean checkQueue(
      FunctionAssembly function,
      QueueRef queue,
      SqsEvent.Properties properties,
      ConfigPath propertiesPath,
      SynthesisContext context) {
    String queueName = queue.name();
    boolean ok = true;
    if (queue.fifo() && properties.maxBatchWindowSeconds().isPresent()) {
      // https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-parameters.html#services-sqs-batchwindow
      context
          .diagnostics()
          .valueError(
              Code.CONFIG_FIFO_BATCH_WINDOW,
              propertiesPath.key("maxBatchWindowSeconds"),
              "Queue '"
                  + queueName
                  + "' is a FIFO queue; Lambda does not support a batching window for FIFO"
                  + " queues.");
      ok = false;
    }
    int visibility = queue.visibilityTimeoutSeconds();
    if (visibility < function.properties().timeout()) {
      // CreateEventSourceMapping rejects a queue whose visibility timeout is shorter than the
      // function timeout:
      // https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-configure.html#events-sqs-queueconfig
      context
          .diagnostics()
          .error(
              Code.CONFIG_SQS_VISIBILITY_TIMEOUT,
              propertiesPath.key("sqsQueueName"),
              "Queue '"
                  + queueName
                  + "' hides received messages for "
                  + visibility
                  + " s, less than the "
                  + function.properties().timeout()
                  + " s timeout of function '"
                  + function.name()
                  + "'; Lambda rejects such a mapping.",
              "Set visibilityTimeoutSeconds of '"
                  + queueName
                  + "' to at least "
                  + function.properties().timeout()
                  + " (AWS recommends six times the function timeout).");
      ok = false;
    }
    return ok;
  }
}
