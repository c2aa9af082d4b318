package dev.formwork.compiler.golden;

import static org.assertj.core.api.Assertions.assertThat;

import dev.formwork.compiler.source.YamlLimits;
import dev.formwork.compiler.source.YamlSourceLoader;
import dev.formwork.schema.bind.Union;
import dev.formwork.schema.bind.Variant;
import dev.formwork.schema.diag.Diagnostic;
import dev.formwork.schema.json.JsonWriter;
import dev.formwork.schema.model.FunctionResource;
import dev.formwork.schema.model.event.EventIdentity;
import dev.formwork.schema.model.event.FunctionEvent;
import dev.formwork.schema.node.ConfigNode;
import dev.formwork.schema.node.ListNode;
import dev.formwork.schema.node.MapNode;
import dev.formwork.schema.node.ScalarKind;
import dev.formwork.schema.node.ScalarNode;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Issue §1, "every edit is an in-place update": for every golden case and example, changing any
 * property of an event that {@link EventIdentity} does not count as its identity, or a resource
 * property that CloudFormation updates in place, leaves the set of logical IDs as it was.
 * (Reordering is {@code EventOrderTest}'s and {@code DeterminismTest}'s.) A last check makes sure
 * that every such property of every event type was changed somewhere, in the corpus or in {@link
 * #EVERY_EVENT}.
 */
class EventIdentityPropertyTest {

  /** A candidate that removes the property. */
  private static final String ABSENT = "<absent>";

  private static final String LEGACY_QUEUE =
      "\"$CfFormat('arn:${AWS::Partition}:sqs:${AWS::Region}:${AWS::AccountId}:mutated')\"";

  /**
   * Values to try for each event property (YAML flow text, or {@link #ABSENT}), in order: the first
   * that differs from the config's value and still compiles is used.
   */
  private static final Map<String, List<String>> EVENT_VALUES =
      Map.ofEntries(
          Map.entry("batchSize", List.of("3", "7")),
          Map.entry("maxBatchWindowSeconds", List.of("2", "4", ABSENT)),
          Map.entry("reportBatchItemFailures", List.of("true", "false")),
          Map.entry("filterPatterns", List.of("[{mutated: [x]}]", "[]")),
          Map.entry("maxConcurrency", List.of("3", "5", ABSENT)),
          Map.entry("enabled", List.of("false", "true")),
          Map.entry("startingPosition", List.of("LATEST", "TRIM_HORIZON")),
          Map.entry("maximumRetryAttempts", List.of("3", "4")),
          Map.entry("onFailure", List.of("{type: sqs, arn: " + LEGACY_QUEUE + "}", ABSENT)),
          Map.entry("parallelizationFactor", List.of("2", "3")),
          Map.entry("bisectBatchOnFunctionError", List.of("true", "false")),
          Map.entry("filterPolicy", List.of("{mutated: [x]}", ABSENT)),
          Map.entry("onDeliveryFailure", List.of("{sqsQueueArn: " + LEGACY_QUEUE + "}", ABSENT)),
          Map.entry("input", List.of("{mutated: true}", ABSENT)),
          Map.entry("inputPath", List.of("$.mutated", ABSENT)),
          Map.entry(
              "inputTransformer",
              List.of("{inputPathsMap: {m: $.mutated}, inputTemplate: '{\"m\": <m>}'}", ABSENT)),
          Map.entry("scheduleRate", List.of("rate(7 minutes)", "rate(3 hours)")),
          Map.entry("eventPattern", List.of("{source: [mutated]}")),
          Map.entry("filter", List.of("'{ $.mutated = 1 }'", ABSENT)),
          Map.entry(
              "customKafkaConfiguration.authentication",
              List.of(
                  "{type: SASL_SCRAM_512_AUTH, properties: {authenticationSecretArn:"
                      + " mutated-credentials}}")),
          Map.entry("s3EventType", List.of("s3:ObjectRemoved:*", "s3:ObjectCreated:Put")),
          Map.entry("filterRule", List.of("{prefix: mutated/}", ABSENT)),
          Map.entry("authorizer", List.of("['$request.header.X-Mutated']")),
          Map.entry("payloadFormat", List.of("'1.0'", "'2.0'")),
          Map.entry("paths", List.of("[/mutated]")),
          Map.entry("methods", List.of("[PATCH]")),
          Map.entry("hosts", List.of("[mutated.example.com]")),
          Map.entry("headers", List.of("[{headerName: x-mutated, values: ['1']}]")),
          Map.entry("queryParams", List.of("[{paramName: mutated, values: ['1']}]")),
          Map.entry("sourceIps", List.of("[10.9.0.0/16]")));

  /**
   * Properties whose value can name a config queue, to which the event then adds a queue-policy
   * statement: a queue given by ARN is only added where none is set, so that no contribution to
   * another resource appears or disappears with the change.
   */
  private static final Set<String> ONLY_ADDED = Set.of("onDeliveryFailure");

  /**
   * Properties changed below their value, where the value itself holds a resource of its own:
   * removing an authorizer removes its AWS::ApiGatewayV2::Authorizer, so its identity sources
   * change instead.
   */
  private static final Map<String, List<Object>> CHANGED_BELOW =
      Map.of("authorizer", List.of("properties", "identitySources"));

  /** Resource properties CloudFormation updates without replacement, by resource type. */
  private static final Map<String, Map<String, List<String>>> RESOURCE_VALUES =
      Map.of(
          "function",
          Map.of("memory", List.of("2048", "512")),
          "sqs-queue",
          Map.of(
              "messageRetentionPeriodSeconds",
              List.of("86400", "172800"),
              "visibilityTimeoutSeconds",
              List.of("900", "901")),
          "sns-topic",
          Map.of("smsDisplayName", List.of("mutated", ABSENT)),
          "kinesis-stream",
          Map.of("retentionPeriodHours", List.of("48", "72")),
          "dynamo-db-table",
          Map.of("enablePointInTimeRecovery", List.of("true", "false")),
          "bucket",
          Map.of("versioning", List.of("true", "false")));

  /**
   * One function with every event type and every property, so that each property is changed at
   * least once even where the corpus does not set it.
   */
  static final String EVERY_EVENT =
      """
      serviceName: shop
      resources:
        jobs: {type: sqs-queue, properties: {visibilityTimeoutSeconds: 60}}
        dlq: {type: sqs-queue}
        topic: {type: sns-topic}
        bus: {type: event-bus}
        clicks: {type: kinesis-stream}
        uploads: {type: bucket}
        api: {type: http-api-gateway}
        pool: {type: user-auth-pool}
        lb:
          type: application-load-balancer
          properties:
            vpcId: vpc-0123456789abcdef0
            subnetIds: [subnet-0aaaaaaaaaaaaaaaa, subnet-0bbbbbbbbbbbbbbbb]
            listeners: [{protocol: HTTP, port: 80}]
        users:
          type: dynamo-db-table
          properties: {primaryKey: {partitionKey: {name: id, type: string}}, streamType: NEW_IMAGE}
        worker:
          type: function
          properties:
            packaging: {type: stacktape-lambda-buildpack, properties: {entryfilePath: src/worker.ts}}
            events:
              - type: sqs
                properties: {sqsQueueName: jobs, batchSize: 5, maxBatchWindowSeconds: 1,
                  reportBatchItemFailures: true, filterPatterns: [{body: {a: [1]}}],
                  maxConcurrency: 2, enabled: true}
              - type: sns
                properties: {snsTopicName: topic, filterPolicy: {a: [1]}}
              - type: kinesis-stream
                properties: {kinesisStreamName: clicks, batchSize: 10, maxBatchWindowSeconds: 1,
                  startingPosition: TRIM_HORIZON, maximumRetryAttempts: 1,
                  onFailure: {type: sqs, arn: "$ResourceParam('dlq', 'arn')"},
                  parallelizationFactor: 1, bisectBatchOnFunctionError: false,
                  filterPatterns: [{data: {a: [1]}}], enabled: true}
              - type: dynamo-db-stream
                properties: {streamArn: "$ResourceParam('users', 'streamArn')", batchSize: 10,
                  maxBatchWindowSeconds: 1, startingPosition: TRIM_HORIZON,
                  maximumRetryAttempts: 1, onFailure: {type: sqs, arn: "$ResourceParam('dlq', 'arn')"},
                  parallelizationFactor: 1, bisectBatchOnFunctionError: false,
                  filterPatterns: [{dynamodb: {a: [1]}}], enabled: true}
              - type: kafka-topic
                properties:
                  batchSize: 10
                  maxBatchWindowSeconds: 1
                  startingPosition: TRIM_HORIZON
                  enabled: true
                  customKafkaConfiguration:
                    bootstrapServers: ['kafka.example.com:9096']
                    topicName: orders
                    authentication: {type: BASIC_AUTH, properties: {authenticationSecretArn: creds}}
              - type: schedule
                properties: {scheduleRate: rate(1 hour), input: {a: 1}}
              - type: schedule
                properties: {scheduleRate: rate(2 hours), inputPath: $.detail}
              - type: schedule
                properties: {scheduleRate: rate(3 hours),
                  inputTransformer: {inputPathsMap: {t: $.time}, inputTemplate: '{"t": <t>}'}}
              - type: event-bus
                properties: {eventBusName: bus, eventPattern: {source: [a]},
                  onDeliveryFailure: {sqsQueueName: dlq}, input: {a: 1}}
              - type: cloudwatch-log
                properties: {logGroupArn: "$ResourceParam('other', 'logGroupArn')", filter: ERROR}
              - type: s3
                properties: {bucketArn: "$ResourceParam('uploads', 'arn')",
                  s3EventType: 's3:ObjectCreated:*', filterRule: {prefix: in/}}
              - type: http-api-gateway
                properties:
                  httpApiGatewayName: api
                  method: GET
                  path: /items
                  payloadFormat: '2.0'
                  authorizer: {type: cognito, properties: {userPoolName: pool}}
              - type: application-load-balancer
                properties: {loadBalancerName: lb, priority: 10, listenerPort: 80, paths: [/a],
                  methods: [GET],
                  hosts: [a.example.com], headers: [{headerName: x-a, values: ['1']}],
                  queryParams: [{paramName: a, values: ['1']}], sourceIps: [10.0.0.0/8]}
        other:
          type: function
          properties:
            packaging: {type: stacktape-lambda-buildpack, properties: {entryfilePath: src/other.ts}}
      """;

  /** Event type (config name) and property path, for every change that was checked. */
  private static final Set<String> CHANGED = new TreeSet<>();

  @TestFactory
  Stream<DynamicTest> nonIdentityChangesKeepEveryLogicalId(
      @org.junit.jupiter.api.io.TempDir Path tmp) throws IOException {
    Path everyEvent = tmp.resolve("every-event");
    Files.createDirectories(everyEvent);
    Files.writeString(everyEvent.resolve("formwork.yml"), EVERY_EVENT, StandardCharsets.UTF_8);
    List<GoldenCase> cases = new ArrayList<>(GoldenCases.all());
    cases.add(
        new GoldenCase("every-event", everyEvent, everyEvent.resolve("formwork.yml"), everyEvent));
    Stream<DynamicTest> perCase =
        cases.stream()
            .filter(
                golden ->
                    golden.name().equals("every-event") || Files.exists(golden.expectedTemplate()))
            .map(golden -> DynamicTest.dynamicTest(golden.name(), () -> check(golden)));
    return Stream.concat(
        perCase,
        Stream.of(
            DynamicTest.dynamicTest(
                "every non-identity property of every event type was changed",
                EventIdentityPropertyTest::everyPropertyWasChanged)));
  }

  private static void check(GoldenCase golden) throws IOException {
    GoldenCase.Outcome original = golden.compile();
    assertThat(original.result().template())
        .as("%s compiles: %s", golden.name(), original.result().diagnostics())
        .isPresent();
    Set<String> ids = original.result().template().get().resources().keySet();
    MapNode root =
        new YamlSourceLoader(YamlLimits.defaults())
            .load("formwork.yml", Files.readAllBytes(golden.config()))
            .root()
            .orElseThrow();
    List<Edit> events = eventEdits(root, original);
    if (!events.isEmpty()) {
      applyTogetherOrOneByOne(golden, root, events, ids, false);
    }
    List<Edit> resources = resourceEdits(root);
    if (!resources.isEmpty()) {
      applyTogetherOrOneByOne(golden, root, resources, ids, true);
    }
  }

  /**
   * One change to try: the path of the property in the config, the values to try, and what it
   * covers (event type and property) when it is an event property.
   */
  private record Edit(List<Object> path, List<String> values, Optional<String> covers) {}

  private static List<Edit> eventEdits(MapNode root, GoldenCase.Outcome original) {
    List<Edit> edits = new ArrayList<>();
    Map<String, Class<? extends FunctionEvent>> types = eventTypes();
    original
        .result()
        .config()
        .orElseThrow()
        .resources()
        .forEach(
            (name, definition) -> {
              if (!(definition instanceof FunctionResource function)) {
                return;
              }
              List<FunctionEvent> events = function.properties().events();
              for (int i = 0; i < events.size(); i++) {
                FunctionEvent event = events.get(i);
                EventIdentity.Rule rule = EventIdentity.rule(event.getClass());
                long siblings =
                    events.stream()
                        .filter(other -> other.getClass() == event.getClass())
                        .filter(
                            other ->
                                EventIdentity.identity(other).equals(EventIdentity.identity(event)))
                        .count();
                Set<String> fixed = identityPaths(event.getClass());
                if (siblings > 1) {
                  fixed.addAll(rule.distinguishing());
                }
                for (String property : mutableProperties(types.get(event.typeName()), fixed)) {
                  List<String> values = EVENT_VALUES.get(property);
                  assertThat(values)
                      .as("EVENT_VALUES has values for %s.%s", event.typeName(), property)
                      .isNotNull();
                  List<Object> path =
                      new ArrayList<>(
                          List.of("resources", name, "properties", "events", i, "properties"));
                  path.addAll(List.of((Object[]) property.split("\\.", -1)));
                  boolean present = current(root, path).isPresent();
                  if (ONLY_ADDED.contains(property) && present) {
                    continue;
                  }
                  if (CHANGED_BELOW.containsKey(property)) {
                    if (!present) {
                      continue;
                    }
                    path.addAll(CHANGED_BELOW.get(property));
                  }
                  edits.add(new Edit(path, values, Optional.of(event.typeName() + "." + property)));
                }
              }
            });
    return edits;
  }

  private static List<Edit> resourceEdits(MapNode root) {
    List<Edit> edits = new ArrayList<>();
    if (!(root.get("resources").orElse(null) instanceof MapNode resources)) {
      return edits;
    }
    resources
        .entries()
        .forEach(
            (name, entry) -> {
              if (entry.value() instanceof MapNode resource
                  && resource.get("type").orElse(null) instanceof ScalarNode type
                  && RESOURCE_VALUES.containsKey(type.text())) {
                new TreeMap<>(RESOURCE_VALUES.get(type.text()))
                    .forEach(
                        (property, values) ->
                            edits.add(
                                new Edit(
                                    List.of("resources", name, "properties", property),
                                    values,
                                    Optional.empty())));
              }
            });
    return edits;
  }

  /**
   * Applies every edit at once; when that does not compile, each edit alone, skipping values that
   * do not compile in this config (their property is then covered elsewhere).
   */
  private static void applyTogetherOrOneByOne(
      GoldenCase golden, MapNode root, List<Edit> edits, Set<String> ids, boolean versionsMayChange)
      throws IOException {
    Map<List<Object>, String> together = new LinkedHashMap<>();
    for (Edit edit : edits) {
      firstDifferent(root, edit).ifPresent(value -> together.put(edit.path(), value));
    }
    Optional<Set<String>> all = compile(golden, root, together);
    if (all.isPresent()) {
      assertSame(golden, ids, all.get(), together, versionsMayChange);
      edits.forEach(edit -> edit.covers().ifPresent(CHANGED::add));
      return;
    }
    for (Edit edit : edits) {
      for (String value : edit.values()) {
        if (value.equals(current(root, edit.path()).orElse(ABSENT))) {
          continue;
        }
        Map<List<Object>, String> one = Map.of(edit.path(), value);
        Optional<Set<String>> changed = compile(golden, root, one);
        if (changed.isPresent()) {
          assertSame(golden, ids, changed.get(), one, versionsMayChange);
          edit.covers().ifPresent(CHANGED::add);
          break;
        }
      }
    }
  }

  private static void assertSame(
      GoldenCase golden,
      Set<String> before,
      Set<String> after,
      Map<List<Object>, String> edits,
      boolean versionsMayChange) {
    // A version is keyed by the function's content by design (docs/versions-and-deployments.md).
    assertThat(withoutVersions(after, versionsMayChange))
        .as("%s: logical IDs after changing %s", golden.name(), edits)
        .isEqualTo(withoutVersions(before, versionsMayChange));
  }

  private static Set<String> withoutVersions(Set<String> ids, boolean versionsMayChange) {
    Set<String> kept = new TreeSet<>();
    ids.stream()
        .filter(id -> !versionsMayChange || !id.matches(".*Version[0-9a-f]{10}"))
        .forEach(kept::add);
    return kept;
  }

  private static Optional<String> firstDifferent(MapNode root, Edit edit) {
    String now = current(root, edit.path()).orElse(ABSENT);
    return edit.values().stream().filter(value -> !value.equals(now)).findFirst();
  }

  /** The scalar text at a path, empty when absent or not a scalar. */
  private static Optional<String> current(MapNode root, List<Object> path) {
    ConfigNode node = root;
    for (Object step : path) {
      if (step instanceof Integer index && node instanceof ListNode list) {
        node = list.items().get(index);
      } else if (node instanceof MapNode map && map.get((String) step).isPresent()) {
        node = map.get((String) step).get();
      } else {
        return Optional.empty();
      }
    }
    return node instanceof ScalarNode scalar ? Optional.of(scalar.text()) : Optional.of("{...}");
  }

  /** The logical IDs of the edited config, or empty when it does not compile. */
  private static Optional<Set<String>> compile(
      GoldenCase golden, MapNode root, Map<List<Object>, String> edits) throws IOException {
    Path copy = golden.folder().resolve(".mutated.yml");
    try {
      Files.writeString(copy, emit(root, List.of(), edits), StandardCharsets.UTF_8);
      GoldenCase.Outcome outcome =
          new GoldenCase(golden.name(), golden.folder(), copy, golden.expectedFolder()).compile();
      if (outcome.result().diagnostics().stream().anyMatch(Diagnostic::isError)) {
        return Optional.empty();
      }
      return outcome.result().template().map(template -> template.resources().keySet());
    } finally {
      Files.deleteIfExists(copy);
    }
  }

  /** The config as flow YAML, with the edited values written in place of (or beside) the old. */
  private static String emit(ConfigNode node, List<Object> at, Map<List<Object>, String> edits) {
    if (node instanceof MapNode map) {
      List<String> members = new ArrayList<>();
      for (MapNode.Entry entry : map.entries().values()) {
        List<Object> path = child(at, entry.key());
        String edited = edits.get(path);
        if (ABSENT.equals(edited)) {
          continue;
        }
        members.add(
            JsonWriter.quote(entry.key())
                + ": "
                + (edited != null ? edited : emit(entry.value(), path, edits)));
      }
      edits.forEach(
          (path, value) -> {
            if (path.size() == at.size() + 1
                && path.subList(0, at.size()).equals(at)
                && !map.has(String.valueOf(path.get(at.size())))
                && !ABSENT.equals(value)) {
              members.add(JsonWriter.quote(String.valueOf(path.get(at.size()))) + ": " + value);
            }
          });
      return "{" + String.join(", ", members) + "}";
    }
    if (node instanceof ListNode list) {
      List<String> items = new ArrayList<>();
      for (int i = 0; i < list.items().size(); i++) {
        items.add(emit(list.items().get(i), child(at, i), edits));
      }
      return "[" + String.join(", ", items) + "]";
    }
    ScalarNode scalar = (ScalarNode) node;
    return scalar.kind() == ScalarKind.STRING
        ? JsonWriter.quote(scalar.text())
        : scalar.text().isEmpty() ? "null" : scalar.text();
  }

  private static List<Object> child(List<Object> path, Object step) {
    List<Object> next = new ArrayList<>(path);
    next.add(step);
    return List.copyOf(next);
  }

  /**
   * The properties of an event type that are not fixed: its record components (dotted below a
   * component that holds identity properties), minus the fixed ones.
   */
  private static List<String> mutableProperties(
      Class<? extends FunctionEvent> type, Set<String> fixed) {
    List<String> names = new ArrayList<>();
    collect(propertiesRecord(type), "", fixed, names);
    return names;
  }

  private static void collect(Class<?> record, String prefix, Set<String> fixed, List<String> out) {
    for (RecordComponent component : record.getRecordComponents()) {
      String name = prefix + component.getName();
      if (fixed.contains(name)) {
        continue;
      }
      if (fixed.stream().anyMatch(path -> path.startsWith(name + "."))) {
        collect(component.getType(), name + ".", fixed, out);
      } else {
        out.add(name);
      }
    }
  }

  private static Class<?> propertiesRecord(Class<? extends FunctionEvent> type) {
    for (RecordComponent component : type.getRecordComponents()) {
      if (component.getName().equals("properties")) {
        return component.getType();
      }
    }
    throw new IllegalStateException(type + " has no properties");
  }

  private static Map<String, Class<? extends FunctionEvent>> eventTypes() {
    Map<String, Class<? extends FunctionEvent>> types = new TreeMap<>();
    for (Variant variant : FunctionEvent.class.getAnnotation(Union.class).variants()) {
      types.put(variant.name(), variant.type().asSubclass(FunctionEvent.class));
    }
    return types;
  }

  /** The rule's identity paths and the alias an event invokes (part of EventIdentity.identity). */
  private static Set<String> identityPaths(Class<? extends FunctionEvent> type) {
    Set<String> paths = new TreeSet<>(EventIdentity.rule(type).identity());
    paths.add("alias");
    return paths;
  }

  private static void everyPropertyWasChanged() {
    Set<String> expected = new TreeSet<>();
    eventTypes()
        .forEach(
            (name, type) ->
                mutableProperties(type, identityPaths(type))
                    .forEach(property -> expected.add(name + "." + property)));
    assertThat(CHANGED).containsAll(expected);
  }
}
