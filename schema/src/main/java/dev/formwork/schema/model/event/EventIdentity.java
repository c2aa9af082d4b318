package dev.formwork.schema.model.event;

import dev.formwork.schema.bind.ConfigEnum;
import dev.formwork.schema.node.ConfigNode;
import dev.formwork.schema.node.DeferredNode;
import dev.formwork.schema.node.DirectiveCall;
import dev.formwork.schema.node.ListNode;
import dev.formwork.schema.node.MapNode;
import dev.formwork.schema.node.ScalarNode;
import dev.formwork.schema.value.TextValue;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Which properties of each event type identify the event, and so name its per-event resources
 * (mappings, subscriptions, rules, permissions): the one place the compiler and the tests read it.
 *
 * <p>A per-event logical ID comes from the function and the event's {@link Rule#identity()}
 * properties only (the source as written), so changing any other property is an in-place update.
 * Where AWS allows several events of one function on one source, {@link Rule#distinguishing()}
 * names the properties that tell them apart; they join the ID only while the function has several
 * such events. Where AWS allows one per function and source ({@link Rule#onePerSource()}), a repeat
 * is a diagnostic.
 */
public final class EventIdentity {

  /**
   * How one event type is identified: the property paths (below {@code properties}, dotted for
   * nested records) that always name its resources, those that tell apart several events on one
   * source, and whether AWS allows only one event of a function per source.
   */
  public record Rule(List<String> identity, List<String> distinguishing, boolean onePerSource) {
    public Rule {
      identity = List.copyOf(identity);
      distinguishing = List.copyOf(distinguishing);
    }
  }

  private static final List<String> RULE_INPUT = List.of("input", "inputPath", "inputTransformer");

  /**
   * The rule of every event type. Lambda refuses a second event source mapping of one function on
   * one queue or stream ("An event source mapping with SQS arn ... and function ... already
   * exists"), and SNS keeps one subscription per topic and endpoint, so those are one per source.
   */
  private static final Map<Class<? extends FunctionEvent>, Rule> RULES =
      Map.ofEntries(
          Map.entry(
              SqsEvent.class, new Rule(List.of("sqsQueueName", "sqsQueueArn"), List.of(), true)),
          Map.entry(
              SnsEvent.class, new Rule(List.of("snsTopicName", "snsTopicArn"), List.of(), true)),
          // The consumer is part of the source: with one, the mapping reads the consumer's ARN.
          Map.entry(
              KinesisStreamEvent.class,
              new Rule(
                  List.of("kinesisStreamName", "streamArn", "consumerArn", "autoCreateConsumer"),
                  List.of(),
                  true)),
          Map.entry(DynamoDbStreamEvent.class, new Rule(List.of("streamArn"), List.of(), true)),
          Map.entry(
              KafkaTopicEvent.class,
              new Rule(
                  List.of(
                      "customKafkaConfiguration.bootstrapServers",
                      "customKafkaConfiguration.topicName"),
                  List.of(),
                  true)),
          Map.entry(
              ScheduleEvent.class, new Rule(List.of(), concat("scheduleRate", RULE_INPUT), false)),
          Map.entry(
              EventBusEvent.class,
              new Rule(
                  List.of("eventBusName", "eventBusArn", "useDefaultBus"),
                  concat("eventPattern", RULE_INPUT),
                  false)),
          Map.entry(
              CloudwatchLogEvent.class, new Rule(List.of("logGroupArn"), List.of("filter"), false)),
          Map.entry(CloudwatchAlarmEvent.class, new Rule(List.of("alarmName"), List.of(), false)),
          // One permission per function and bucket; the notifications are part of the bucket. On
          // a bucket outside the stack each event is an EventBridge rule, told apart by its type
          // and filter.
          Map.entry(
              S3Event.class,
              new Rule(List.of("bucketArn"), List.of("s3EventType", "filterRule"), false)),
          // One integration per function and API; a route is its method and path.
          Map.entry(
              HttpApiEvent.class,
              new Rule(List.of("httpApiGatewayName", "method", "path"), List.of(), false)),
          // A listener rule is its priority on the listener (unique there, as AWS requires).
          Map.entry(
              LoadBalancerEvent.class,
              new Rule(List.of("loadBalancerName", "listenerPort", "priority"), List.of(), false)));

  private EventIdentity() {}

  /** The rule of an event type. */
  public static Rule rule(Class<? extends FunctionEvent> type) {
    Rule rule = RULES.get(type);
    if (rule == null) {
      throw new IllegalArgumentException("no identity rule for " + type.getSimpleName());
    }
    return rule;
  }

  /**
   * The canonical text of the event's identity properties, and of the alias it invokes when it
   * names one (an event on another alias is another trigger): equal text, same source and target.
   * The alias is appended only when present, so an event without one keeps the identity (and the
   * hashed IDs) it had before events could name aliases.
   */
  public static String identity(FunctionEvent event) {
    Optional<String> alias = event.alias();
    return text(event, rule(event.getClass()).identity())
        + (alias.isPresent() ? "alias=" + alias.get() + ";" : "");
  }

  /** The canonical text of the properties that tell apart several events on one source. */
  public static String distinguishing(FunctionEvent event) {
    return text(event, rule(event.getClass()).distinguishing());
  }

  private static String text(FunctionEvent event, List<String> paths) {
    Object properties = component(event, "properties");
    StringBuilder out = new StringBuilder();
    for (String path : paths) {
      Object value = properties;
      for (String name : path.split("\\.", -1)) {
        value = component(value, name);
      }
      out.append(path).append('=').append(canonical(value)).append(';');
    }
    return out.toString();
  }

  /**
   * A value as text that ignores source positions and key order: literals as written, directives by
   * name and arguments, mappings with sorted keys.
   */
  public static String canonical(Object value) {
    if (value instanceof Optional<?> optional) {
      return optional.isPresent() ? canonical(optional.get()) : "";
    }
    if (value instanceof TextValue.Literal literal) {
      return quote(literal.text());
    }
    if (value instanceof TextValue.Deferred deferred) {
      return directive(deferred.call());
    }
    if (value instanceof ConfigNode node) {
      return node(node);
    }
    if (value instanceof ConfigEnum constant) {
      return quote(constant.configValue());
    }
    if (value instanceof String text) {
      return quote(text);
    }
    if (value instanceof List<?> list) {
      List<String> items = new ArrayList<>();
      for (Object item : list) {
        items.add(canonical(item));
      }
      return "[" + String.join(",", items) + "]";
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, String> sorted = new TreeMap<>();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        sorted.put(String.valueOf(entry.getKey()), canonical(entry.getValue()));
      }
      return sorted.toString();
    }
    if (value instanceof Record record) {
      StringBuilder out = new StringBuilder("{");
      for (RecordComponent part : record.getClass().getRecordComponents()) {
        out.append(part.getName()).append(':').append(canonical(read(record, part))).append(',');
      }
      return out.append('}').toString();
    }
    return String.valueOf(value);
  }

  private static String node(ConfigNode node) {
    if (node instanceof ScalarNode scalar) {
      return quote(scalar.text());
    }
    if (node instanceof DeferredNode deferred) {
      return directive(deferred.call());
    }
    if (node instanceof ListNode list) {
      return canonical(list.items());
    }
    MapNode map = (MapNode) node;
    Map<String, String> sorted = new TreeMap<>();
    for (Map.Entry<String, MapNode.Entry> entry : map.entries().entrySet()) {
      sorted.put(entry.getKey(), node(entry.getValue().value()));
    }
    return sorted.toString();
  }

  private static String directive(DirectiveCall call) {
    return "$" + call.name() + canonical(call.arguments()) + canonical(call.propertyPath());
  }

  private static String quote(String text) {
    return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  private static Object component(Object owner, String name) {
    for (RecordComponent part : owner.getClass().getRecordComponents()) {
      if (part.getName().equals(name)) {
        return read(owner, part);
      }
    }
    throw new IllegalArgumentException(owner.getClass().getSimpleName() + " has no " + name);
  }

  private static Object read(Object owner, RecordComponent part) {
    try {
      return part.getAccessor().invoke(owner);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + part.getName(), e);
    }
  }

  private static List<String> concat(String first, List<String> rest) {
    List<String> all = new ArrayList<>();
    all.add(first);
    all.addAll(rest);
    return List.copyOf(all);
  }
}
