package dev.formwork.compiler.synth.connect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.formwork.compiler.naming.StpVariableNames;
import dev.formwork.compiler.testing.CompileFixture;
import dev.formwork.schema.bind.Union;
import dev.formwork.schema.bind.Variant;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonParser;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.model.ResourceDefinition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * connectTo as a whole: the order of the list changes no byte, no grant is wider than documented,
 * and the STP_* names match Stacktape's vectors (reference §4.1).
 */
class ConnectToTest {

  private static final String HEADER =
      """
      serviceName: shop
      resources:
        uploads: {type: bucket, properties: {}}
        orders:
          type: dynamo-db-table
          properties: {primaryKey: {partitionKey: {name: id, type: string}}, streamType: NEW_IMAGE}
        jobs: {type: sqs-queue, properties: {}}
        topic: {type: sns-topic, properties: {}}
        bus: {type: event-bus, properties: {}}
        clicks: {type: kinesis-stream, properties: {}}
        users: {type: user-auth-pool, properties: {generateClientSecret: true}}
        flow:
          type: state-machine
          properties: {definition: {StartAt: A, States: {A: {Type: Pass, End: true}}}}
        mainDb:
          type: relational-database
          properties: {engine: {type: postgres}, accessibility: {accessibilityMode: scoping-workloads-in-vpc}}
        cache: {type: redis-cluster, properties: {instanceSize: cache.t4g.micro}}
        report:
          type: batch-job
          properties:
            container:
              packaging: {type: prebuilt-image, properties: {image: 123456789012.dkr.ecr.eu-west-1.amazonaws.com/report:1}}
        worker:
          type: function
          properties:
            packaging: {type: stacktape-lambda-buildpack, properties: {entryfilePath: src/worker.ts}}
            tracing: Active
      """;

  /**
   * Split over two functions: all twelve connection strings and ARNs would exceed one function's 4
   * KB environment.
   */
  private static final List<String> VPC_TARGETS =
      List.of("uploads", "orders", "jobs", "mainDb", "cache", "aws:ses");

  private static final List<String> OTHER_TARGETS =
      List.of("topic", "bus", "clicks", "users", "flow", "worker", "report");

  /**
   * Actions that AWS scopes to no resource, so "*" is the only Resource; each is documented where
   * it is granted.
   */
  private static final Set<String> RESOURCE_WILDCARD_ALLOWED =
      Set.copyOf(
          new ArrayList<String>() {
            {
              addAll(FunctionVpcAttachment.ENI_ACTIONS);
              add("xray:PutTelemetryRecords");
              add("xray:PutTraceSegments");
              addAll(BatchJobConnectTarget.UNSCOPED_ACTIONS);
              add("ecr:GetAuthorizationToken");
            }
          });

  @Test
  void reorderingConnectToChangesNoByteOfTheTemplate() {
    String original = compile(VPC_TARGETS, OTHER_TARGETS);
    for (List<String> targets : List.of(VPC_TARGETS, OTHER_TARGETS)) {
      List<String> reversed = new ArrayList<>(targets);
      Collections.reverse(reversed);
      List<String> rotated = new ArrayList<>(targets);
      Collections.rotate(rotated, 4);
      boolean vpc = targets == VPC_TARGETS;
      assertThat(compile(vpc ? reversed : VPC_TARGETS, vpc ? OTHER_TARGETS : reversed))
          .isEqualTo(original);
      assertThat(compile(vpc ? rotated : VPC_TARGETS, vpc ? OTHER_TARGETS : rotated))
          .isEqualTo(original);
    }
  }

  @Test
  void noStatementIsWiderThanDocumented() throws Exception {
    JsonObject resources =
        (JsonObject)
            ((JsonObject) JsonParser.parse(compile(VPC_TARGETS, OTHER_TARGETS)))
                .get("Resources")
                .orElseThrow();
    int statements = 0;
    for (JsonValue resource : resources.members().values()) {
      JsonObject object = (JsonObject) resource;
      if (!object.get("Type").orElseThrow().equals(new JsonString("AWS::IAM::Role"))) {
        continue;
      }
      JsonObject properties = (JsonObject) object.get("Properties").orElseThrow();
      for (JsonValue policy :
          ((JsonArray) properties.get("Policies").orElse(JsonArray.EMPTY)).items()) {
        JsonObject document =
            (JsonObject) ((JsonObject) policy).get("PolicyDocument").orElseThrow();
        for (JsonValue statement : ((JsonArray) document.get("Statement").orElseThrow()).items()) {
          statements++;
          List<String> actions = strings(((JsonObject) statement).get("Action").orElseThrow());
          List<JsonValue> targets = list(((JsonObject) statement).get("Resource").orElseThrow());
          assertThat(actions)
              .as("wildcard action in %s", statement)
              .noneMatch(action -> action.equals("*") || action.endsWith(":*"));
          if (targets.contains(new JsonString("*"))) {
            assertThat(RESOURCE_WILDCARD_ALLOWED)
                .as("documented actions on Resource \"*\"")
                .containsAll(actions);
          }
        }
      }
    }
    assertThat(statements)
        .as("the config grants something for every target kind")
        .isGreaterThan(15);
  }

  @Test
  void everyTargetKindAddsItsVariables() {
    String template = compile(VPC_TARGETS, OTHER_TARGETS);
    for (String variable :
        List.of(
            "STP_UPLOADS_NAME",
            "STP_ORDERS_STREAM_ARN",
            "STP_JOBS_URL",
            "STP_TOPIC_ARN",
            "STP_BUS_ARN",
            "STP_CLICKS_NAME",
            "STP_USERS_CLIENT_SECRET",
            "STP_FLOW_ARN",
            "STP_MAIN_DB_CONNECTION_STRING",
            "STP_MAIN_DB_JDBC_CONNECTION_STRING",
            "STP_MAIN_DB_DB_NAME",
            "STP_CACHE_CONNECTION_STRING",
            "STP_WORKER_ARN",
            "STP_REPORT_JOB_QUEUE_ARN")) {
      assertThat(template).contains("\"" + variable + "\"");
    }
    assertThat(template).doesNotContain("arn:aws:");
  }

  @Test
  void variableNamesMatchStacktapeVectors() {
    Map<String, String> vectors =
        Map.ofEntries(
            Map.entry("myBucket/name", "STP_MY_BUCKET_NAME"),
            Map.entry("mainDb/connectionString", "STP_MAIN_DB_CONNECTION_STRING"),
            Map.entry("myS3Bucket/arn", "STP_MY_S3_BUCKET_ARN"),
            Map.entry("s3bucket/name", "STP_S3BUCKET_NAME"),
            Map.entry("api2Gw/url", "STP_API2_GW_URL"),
            Map.entry("myAPIKey/arn", "STP_MY_API_KEY_ARN"),
            Map.entry("aBCd/url", "STP_A_B_CD_URL"),
            Map.entry("HTTPServer/cdnCanonicalUrl", "STP_HTTP_SERVER_CDN_CANONICAL_URL"),
            Map.entry("db/readReplica0Port", "STP_DB_READ_REPLICA0_PORT"),
            Map.entry("lb/port443", "STP_LB_PORT443"),
            Map.entry("myBatchJob.triggerFunction/arn", "STP_MY_BATCH_JOB_TRIGGER_FUNCTION_ARN"),
            Map.entry("ordersTable/streamArn", "STP_ORDERS_TABLE_STREAM_ARN"));
    vectors.forEach(
        (input, expected) -> {
          String[] parts = input.split("/");
          assertThat(StpVariableNames.of(parts[0], parts[1])).as(input).isEqualTo(expected);
        });
  }

  @Test
  void everyConnectTargetIsForAResourceTypeOnce() {
    Set<Class<?>> variants = new HashSet<>();
    for (Variant variant : ResourceDefinition.class.getAnnotation(Union.class).variants()) {
      variants.add(variant.type());
    }
    Set<Class<?>> seen = new HashSet<>();
    for (ConnectTarget<?> target : ConnectTargets.all()) {
      assertThat(variants).as(target.getClass().getSimpleName()).contains(target.resourceType());
      assertThat(seen.add(target.resourceType()))
          .as("two targets for %s", target.resourceType().getSimpleName())
          .isTrue();
    }
  }

  private static void appendFunction(
      StringBuilder config, String name, boolean joinVpc, List<String> targets) {
    config
        .append("  ")
        .append(name)
        .append(":\n")
        .append("    type: function\n")
        .append("    properties:\n")
        .append(
            "      packaging: {type: stacktape-lambda-buildpack, properties: {entryfilePath: src/")
        .append(name)
        .append(".ts}}\n")
        .append("      joinDefaultVpc: ")
        .append(joinVpc)
        .append('\n')
        .append("      connectTo:\n");
    targets.forEach(target -> config.append("        - ").append(target).append('\n'));
  }

  private static List<String> strings(JsonValue value) {
    List<String> result = new ArrayList<>();
    list(value).forEach(item -> result.add(((JsonString) item).value()));
    return result;
  }

  private static List<JsonValue> list(JsonValue value) {
    return value instanceof JsonArray array ? array.items() : List.of(value);
  }

  private static String compile(List<String> vpcTargets, List<String> otherTargets) {
    StringBuilder config = new StringBuilder(HEADER);
    appendFunction(config, "api", true, vpcTargets);
    appendFunction(config, "ops", false, otherTargets);
    return CompileFixture.template(config.toString());
  }
}
