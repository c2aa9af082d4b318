package dev.formwork.compiler.synth.resource;

import dev.formwork.compiler.naming.PascalCase;
import dev.formwork.compiler.synth.SynthesisContext;
import dev.formwork.compiler.template.Cf;
import dev.formwork.compiler.template.CfResource;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.json.JsonWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects the statements of each config queue's resource policy, from the queue itself and from
 * the events that use it as a dead-letter queue, and writes one {@code <Queue>QueuePolicy}
 * (AWS::SQS::QueuePolicy) per queue that has any, after every synthesizer has contributed.
 */
public final class QueuePolicies {

  private final Map<String, TreeMap<String, JsonValue>> statementsByQueue = new TreeMap<>();

  /** Adds a statement to the policy of the config queue {@code queueName}; duplicates collapse. */
  public void add(String queueName, JsonObject statement) {
    statementsByQueue
        .computeIfAbsent(queueName, name -> new TreeMap<>())
        .put(JsonWriter.compact(statement), statement);
  }

  /**
   * A statement letting an AWS service principal send messages to the queue, only on behalf of one
   * source (a rule or topic ARN), so that no other rule or topic can write into it.
   */
  public static JsonObject serviceMaySend(
      String servicePrincipal, JsonValue queueArn, JsonValue sourceArn) {
    return JsonObject.builder()
        .put("Effect", "Allow")
        .put("Principal", JsonObject.of("Service", Cf.text(servicePrincipal)))
        .put("Action", "sqs:SendMessage")
        .put("Resource", queueArn)
        .put("Condition", JsonObject.of("ArnEquals", JsonObject.of("aws:SourceArn", sourceArn)))
        .build();
  }

  public static String policyLogicalId(String queueName) {
    return PascalCase.of(queueName) + "QueuePolicy";
  }

  /**
   * Writes the collected policies; statements are sorted so their order never depends on config
   * order.
   */
  public void emit(SynthesisContext context) {
    statementsByQueue.forEach(
        (queueName, statements) -> {
          List<JsonValue> sorted = new ArrayList<>(statements.values());
          JsonObject document =
              JsonObject.builder()
                  .put("Version", "2012-10-17")
                  .put("Id", "queue-policy")
                  .put("Statement", new JsonArray(sorted))
                  .build();
          context
              .template()
              .add(
                  policyLogicalId(queueName),
                  CfResource.of(
                      "AWS::SQS::QueuePolicy",
                      JsonObject.builder()
                          .put("PolicyDocument", document)
                          .put(
                              "Queues",
                              JsonArray.of(Cf.ref(SqsQueueSynthesizer.queueLogicalId(queueName))))
                          .build()),
                  ConfigPath.of("resources", queueName),
                  queueName);
        });
  }
}
