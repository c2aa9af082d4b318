package dev.formwork.compiler.synth.stack;

import dev.formwork.compiler.synth.ref.QueueRef;
import dev.formwork.compiler.template.Cf;
import dev.formwork.compiler.template.CfResource;
import dev.formwork.compiler.template.TemplateBuilder;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.json.JsonWriter;
import java.util.ArrayList;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects the statements of each config queue's resource policy, from the queue itself and from
 * the events that use it as a dead-letter queue, and writes one {@code <Queue>QueuePolicy}
 * (AWS::SQS::QueuePolicy) per queue that has any, after every synthesizer has contributed.
 */
public final class QueuePolicies {

  /** A queue and its statements, keyed by their compact JSON so that duplicates collapse. */
  private record Policy(QueueRef queue, TreeMap<String, JsonValue> statements) {}

  private final Map<String, Policy> policiesByQueueName = new TreeMap<>();

  /** Adds a statement to the policy of a config queue; duplicates collapse. */
  public void add(QueueRef queue, JsonObject statement) {
    Policy policy = policiesByQueueName.get(queue.name());
    if (policy == null) {
      policy = new Policy(queue, new TreeMap<>());
      policiesByQueueName.put(queue.name(), policy);
    }
    policy.statements().put(JsonWriter.compact(statement), statement);
  }

  /**
   * A statement letting an AWS service principal send messages to the queue, only on behalf of one
   * source (a rule or topic ARN), so that no other rule or topic can write into it.
   */
  public static JsonObject serviceMaySend(
      String servicePrincipal, QueueRef queue, JsonValue sourceArn) {
    return JsonObject.builder()
        .put("Effect", "Allow")
        .put("Principal", JsonObject.of("Service", Cf.text(servicePrincipal)))
        .put("Action", "sqs:SendMessage")
        .put("Resource", queue.arn())
        .put("Condition", JsonObject.of("ArnEquals", JsonObject.of("aws:SourceArn", sourceArn)))
        .build();
  }

  /**
   * Writes the collected policies; statements are sorted so their order never depends on config
   * order.
   */
  public void emit(TemplateBuilder template) {
    for (Policy policy : policiesByQueueName.values()) {
      QueueRef queue = policy.queue();
      JsonObject document =
          JsonObject.builder()
              .put("Version", "2012-10-17")
              .put("Id", "queue-policy")
              .put("Statement", new JsonArray(new ArrayList<>(policy.statements().values())))
              .build();
      template.add(
          queue.policyLogicalId(),
          CfResource.of(
              "AWS::SQS::QueuePolicy",
              JsonObject.builder()
                  .put("PolicyDocument", document)
                  .put("Queues", JsonArray.of(queue.url()))
                  .build()),
          ConfigPath.of("resources", queue.name()),
          queue.name());
    }
  }
}
