package dev.formwork.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.formwork.deployer.AwsClients;
import dev.formwork.deployer.DeployTarget;
import dev.formwork.deployer.testing.MotoServer;
import dev.formwork.deployer.testing.SharedMoto;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonParser;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue §3, diff and preview tell the truth, through the CLI against moto over HTTP: a code edit
 * shows in diff (it packages first), changes are named in config terms, {@code --fail} exits 4 on
 * differences and 0 without, {@code --output json} gives the same content as data, and a preview of
 * a never-deployed stage leaves no bucket, artifact or stack behind.
 */
class DiffAndPreviewTest {

  @TempDir Path project;
  private MotoServer moto;

  @BeforeEach
  void start() throws Exception {
    moto = SharedMoto.get();
    moto.reset();
    Files.createDirectories(project.resolve("src"));
    Files.writeString(project.resolve("src/worker.ts"), "export const handler = async () => 1;\n");
    config(5);
  }

  private void config(int batchSize) throws Exception {
    Files.writeString(
        project.resolve("formwork.yml"),
        """
        serviceName: shop
        resources:
          jobs: {type: sqs-queue, properties: {visibilityTimeoutSeconds: 60}}
          worker:
            type: function
            properties:
              packaging:
                type: stacktape-lambda-buildpack
                properties: {entryfilePath: src/worker.ts, handlerFunction: handler}
              events:
                - type: sqs
                  properties: {sqsQueueName: jobs, batchSize: %d}
        """
            .formatted(batchSize));
  }

  private InProcessCli.Result formwork(String command, String stage, String... extra) {
    String[] base = {
      command,
      "--stage",
      stage,
      "--region",
      "eu-west-1",
      "--endpoint-url",
      moto.endpoint().toString()
    };
    String[] args = new String[base.length + extra.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(extra, 0, args, base.length, extra.length);
    return InProcessCli.launched(project).run(args);
  }

  @Test
  void aCodeEditShowsAndCiCanGateOnTheDifferences() throws Exception {
    assertThat(formwork("deploy", "dev", "--yes").exitCode()).isZero();

    InProcessCli.Result same = formwork("diff", "dev", "--fail");
    assertThat(same.exitCode()).as(same.all()).isZero();
    assertThat(same.out()).contains("No differences");

    // Only the code changes: the last packaged manifest is stale, diff packages first.
    Files.writeString(project.resolve("src/worker.ts"), "export const handler = async () => 2;\n");
    InProcessCli.Result code = formwork("diff", "dev");
    assertThat(code.exitCode()).as(code.all()).isZero();
    assertThat(code.out())
        .contains("~ WorkerFunction (AWS::Lambda::Function)  from resources.worker")
        .contains("Properties.Code.S3Key (packaging (the code)): \"artifacts/");
    assertThat(formwork("diff", "dev", "--fail").exitCode()).isEqualTo(ExitCodes.DIFFERENCES);

    config(7);
    InProcessCli.Result json = formwork("diff", "dev", "--output", "json");
    assertThat(json.exitCode()).as(json.all()).isZero();
    JsonObject diff = (JsonObject) JsonParser.parse(json.out());
    assertThat(diff.get("changed").orElseThrow()).isEqualTo(JsonValue.of(true));
    JsonObject mapping = resource(diff, "WorkerJobsSqsEventSourceMapping");
    assertThat(mapping.get("change").orElseThrow()).isEqualTo(JsonValue.of("modify"));
    assertThat(mapping.get("configResource").orElseThrow())
        .isEqualTo(JsonValue.of("resources.worker"));
    JsonObject batch = (JsonObject) ((JsonArray) mapping.get("properties").orElseThrow()).get(0);
    assertThat(batch.get("path").orElseThrow()).isEqualTo(JsonValue.of("Properties.BatchSize"));
    assertThat(batch.get("configProperty").orElseThrow()).isEqualTo(JsonValue.of("batchSize"));
    assertThat(batch.get("before").orElseThrow()).isEqualTo(JsonValue.of(5));
    assertThat(batch.get("after").orElseThrow()).isEqualTo(JsonValue.of(7));

    InProcessCli.Result preview = formwork("preview", "dev", "--output", "json", "--fail");
    assertThat(preview.exitCode()).as(preview.all()).isEqualTo(ExitCodes.DIFFERENCES);
    JsonObject changes = (JsonObject) JsonParser.parse(preview.out());
    assertThat(changes.get("changed").orElseThrow()).isEqualTo(JsonValue.of(true));
    assertThat(
            resource(changes, "changes", "WorkerJobsSqsEventSourceMapping").get("configResource"))
        .contains(JsonValue.of("resources.worker"));
    assertThat(preview.err()).contains("~ WorkerJobsSqsEventSourceMapping");

    assertThat(formwork("deploy", "dev", "--yes").exitCode()).isZero();
    InProcessCli.Result after = formwork("preview", "dev", "--fail");
    assertThat(after.exitCode()).as(after.all()).isZero();
    assertThat(after.out()).contains("No changes");
  }

  @Test
  void aPreviewOfANeverDeployedStageLeavesNothingBehind() throws Exception {
    InProcessCli.Result preview = formwork("preview", "qa");
    assertThat(preview.exitCode()).as(preview.all()).isZero();
    assertThat(preview.out())
        .contains("+ WorkerFunction (AWS::Lambda::Function)  from resources.worker");
    try (AwsClients aws =
        AwsClients.create(DeployTarget.of("shop-qa", "eu-west-1", moto.endpoint()))) {
      assertThat(aws.s3().listBuckets().buckets()).isEmpty();
      assertThat(aws.cloudFormation().listStacks().stackSummaries())
          .allMatch(stack -> stack.stackStatusAsString().equals("DELETE_COMPLETE"));
    }
  }

  private static JsonObject resource(JsonObject changes, String logicalId) {
    return resource(changes, "resources", logicalId);
  }

  /**
   * The entry of a logical ID in the document's list {@code key} (diff: resources; preview:
   * changes).
   */
  private static JsonObject resource(JsonObject changes, String key, String logicalId) {
    for (JsonValue item : ((JsonArray) changes.get(key).orElseThrow()).items()) {
      JsonObject entry = (JsonObject) item;
      if (entry.get("logicalId").orElseThrow().equals(new JsonString(logicalId))) {
        return entry;
      }
    }
    throw new AssertionError(logicalId + " not in " + changes);
  }
}
