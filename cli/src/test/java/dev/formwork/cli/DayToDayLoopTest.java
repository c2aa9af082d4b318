package dev.formwork.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.formwork.deployer.AwsClients;
import dev.formwork.deployer.DeployTarget;
import dev.formwork.deployer.aws.AwsSettings;
import dev.formwork.deployer.history.DeploymentHistory;
import dev.formwork.deployer.history.DeploymentRecord;
import dev.formwork.deployer.history.Provenance;
import dev.formwork.deployer.testing.FaultProxy;
import dev.formwork.deployer.testing.MotoServer;
import dev.formwork.deployer.testing.SharedMoto;
import dev.formwork.schema.artifact.ArtifactManifest;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonParser;
import dev.formwork.schema.json.JsonString;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.cloudwatchlogs.model.InputLogEvent;

/**
 * The loop after the first deploy, through the CLI against moto over HTTP (with a {@link
 * FaultProxy} in between to count calls): a local invoke with the deployed stack's values, a
 * code-only hotswap (one upload, no CloudFormation call, a new version and the alias moved), a
 * change that falls back to a change set, the history, a rollback to the first deployment, and the
 * logs.
 */
class DayToDayLoopTest {

  private static final String STACK = "loop-dev";
  private static final String FUNCTION = "loop-dev-worker";

  @TempDir Path project;
  private MotoServer moto;
  private FaultProxy proxy;
  private AwsClients direct;

  @BeforeEach
  void start() throws Exception {
    moto = SharedMoto.get();
    moto.reset();
    proxy = new FaultProxy(moto.endpoint());
    direct = AwsClients.create(DeployTarget.of(STACK, "eu-west-1", moto.endpoint()));
    Files.createDirectories(project.resolve("src"));
    writeHandler(1);
    Files.writeString(project.resolve("formwork.yml"), config(30));
  }

  @AfterEach
  void stop() {
    direct.close();
    proxy.close();
  }

  private static String config(int visibilityTimeout) {
    return """
    serviceName: loop
    resources:
      jobs:
        type: sqs-queue
        properties:
          visibilityTimeoutSeconds: %d
      worker:
        type: function
        properties:
          packaging:
            type: stacktape-lambda-buildpack
            properties: {entryfilePath: src/worker.ts}
          environment:
            - name: QUEUE_URL
              value: $ResourceParam('jobs', 'url')
            - name: QUEUE_ARN
              value: $ResourceParam('jobs', 'arn')
          aliases:
            - name: LIVE
              version: latest
    """
        .formatted(visibilityTimeout);
  }

  /** The functions page's own form: a default export, handler index.default. */
  private void writeHandler(int release) throws Exception {
    Files.writeString(
        project.resolve("src/worker.ts"),
        "export default async (event: unknown) => ({ release: "
            + release
            + ", queue: process.env.QUEUE_URL, arn: process.env.QUEUE_ARN,"
            + " endpoint: process.env.AWS_ENDPOINT_URL ?? null });\n");
  }

  private InProcessCli.Result run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(
        List.of(
            "--stage",
            "dev",
            "--region",
            "eu-west-1",
            "--endpoint-url",
            proxy.endpoint().toString()));
    return InProcessCli.in(project).withAws(AwsSettings.DEFAULT).run(all.toArray(String[]::new));
  }

  @Test
  void localInvokeHotswapFallbackHistoryRollbackAndLogs() throws Exception {
    InProcessCli.Result deployed = run("deploy", "--yes");
    assertThat(deployed.exitCode()).as(deployed.all()).isZero();
    assertThat(deployed.all()).contains("Recorded as deployment 1");
    String firstDigest = digest("worker");
    // moto's CloudFormation publishes the version but creates no AWS::Lambda::Alias: the alias
    // CloudFormation would have made is made here, on that version.
    direct.lambda().createAlias(b -> b.functionName(FUNCTION).name("LIVE").functionVersion("1"));

    // invoke --local: Ref and GetAtt from the deployed stack, the endpoint for the handler's SDK.
    InProcessCli.Result local = run("invoke", "worker", "--local", "-o", "json");
    assertThat(local.exitCode()).as(local.all()).isZero();
    JsonObject result =
        (JsonObject) ((JsonObject) JsonParser.parse(local.out())).get("result").orElseThrow();
    String queueUrl =
        direct
            .cloudFormation()
            .describeStackResource(b -> b.stackName(STACK).logicalResourceId("JobsQueue"))
            .stackResourceDetail()
            .physicalResourceId();
    assertThat(result.get("queue")).contains(new JsonString(queueUrl));
    assertThat(result.get("arn"))
        .contains(new JsonString("arn:aws:sqs:eu-west-1:123456789012:loop-dev-jobs"));
    assertThat(result.get("endpoint")).contains(new JsonString(proxy.endpoint().toString()));

    // A code-only change: one upload, the Lambda API, no CloudFormation call.
    writeHandler(2);
    proxy.forget();
    InProcessCli.Result hotswapped = run("deploy", "--hotswap", "--yes");
    assertThat(hotswapped.exitCode()).as(hotswapped.all()).isZero();
    assertThat(hotswapped.all())
        .contains("Hotswapped worker: code, version 2, alias LIVE → 2")
        .contains("now differs from its template")
        .contains("Recorded as deployment 2");
    // The baseline is the history's latest template: not one CloudFormation call, reads included.
    assertThat(
            proxy.count(
                seen -> !seen.action().isEmpty() && !seen.action().equals("GetCallerIdentity")))
        .isZero();
    assertThat(proxy.count(seen -> seen.path().endsWith("/functions/" + FUNCTION + "/code")))
        .isEqualTo(1);
    assertThat(
            proxy.count(seen -> seen.method().equals("PUT") && seen.path().contains("/artifacts/")))
        .isEqualTo(1);
    String secondDigest = digest("worker");
    assertThat(secondDigest).isNotEqualTo(firstDigest);
    assertThat(codeSha256()).isEqualTo(base64(secondDigest));
    assertThat(
            direct.lambda().getAlias(b -> b.functionName(FUNCTION).name("LIVE")).functionVersion())
        .isEqualTo("2");

    // A queue setting needs CloudFormation: the hotswap says so and deploys the change set.
    Files.writeString(project.resolve("formwork.yml"), config(60));
    InProcessCli.Result fellBack = run("deploy", "--hotswap", "--yes");
    assertThat(fellBack.exitCode()).as(fellBack.all()).isZero();
    assertThat(fellBack.all())
        .contains("Hotswap is not possible, so this deploy goes through a change set:")
        .contains("JobsQueue (AWS::SQS::Queue) changes VisibilityTimeout")
        .contains("Recorded as deployment 3");

    InProcessCli.Result history = run("info", "--history", "-o", "json");
    assertThat(history.exitCode()).as(history.all()).isZero();
    JsonArray deployments =
        (JsonArray) ((JsonObject) JsonParser.parse(history.out())).get("deployments").orElseThrow();
    assertThat(deployments.items().stream().map(d -> ((JsonObject) d).get("kind").orElseThrow()))
        .containsExactly(
            new JsonString("deploy"), new JsonString("hotswap"), new JsonString("deploy"));
    assertThat(((JsonObject) deployments.get(1)).get("deployedBy"))
        .contains(new JsonString("arn:aws:sts::123456789012:user/moto"));
    InProcessCli.Result table = run("info", "--history");
    assertThat(table.out()).contains("Deployments of loop-dev").contains("hotswap");

    // Back to the first deployment's template and code, through a change set.
    InProcessCli.Result rolledBack = run("rollback", "--to", "1", "--yes");
    assertThat(rolledBack.exitCode()).as(rolledBack.all()).isZero();
    assertThat(rolledBack.all())
        .contains("Rolling back loop-dev to deployment 1 (deploy of ")
        .contains("Recorded as deployment 4");
    assertThat(codeSha256()).isEqualTo(base64(firstDigest));
    assertThat(direct.cloudFormation().getTemplate(b -> b.stackName(STACK)).templateBody())
        .contains("\"VisibilityTimeout\":30");

    // A hotswap, then the code the stack's template already has: the change set finds nothing to
    // change, and the function that still runs the hotswapped code is reset to the template.
    Files.writeString(project.resolve("formwork.yml"), config(30));
    writeHandler(3);
    assertThat(run("deploy", "--hotswap", "--yes").all()).contains("Hotswapped worker: code");
    assertThat(codeSha256()).isNotEqualTo(base64(firstDigest));
    writeHandler(1);
    InProcessCli.Result reset = run("deploy", "--yes");
    assertThat(reset.exitCode()).as(reset.all()).isZero();
    assertThat(reset.all())
        .contains("No changes: stack loop-dev is up to date (UPDATE_COMPLETE).")
        .contains("Reset worker to its template (it ran hotswapped code or settings): code")
        .contains("Recorded as deployment 6")
        // moto gives a published version no ARN, so the alias the hotswap moved stays there.
        .contains("WorkerLiveAlias FunctionVersion is a value only CloudFormation can resolve");
    assertThat(codeSha256()).isEqualTo(base64(firstDigest));

    // A recorded template that declares a deploy-time parameter (a plain-text secret, say) the
    // config no longer supplies: the history never stores such a value, so rollback refuses.
    DeploymentHistory recorded = DeploymentRecorder.history(direct);
    DeploymentRecord latest = recorded.latest().orElseThrow();
    DeploymentRecord withSecret =
        recorded.record(
            DeploymentRecord.Kind.DEPLOY,
            recorded
                .template(latest)
                .replaceFirst(
                    "\\{",
                    "{\"Parameters\":{\"DbPassword\":{\"Type\":\"String\",\"NoEcho\":true}},"),
            recorded.manifest(latest),
            Set.of(),
            Map.of(),
            new Provenance(Instant.now(), "test", Optional.empty(), Optional.empty(), "tester"),
            Optional.empty());
    proxy.forget();
    InProcessCli.Result noSecret =
        run("rollback", "--to", String.valueOf(withSecret.number()), "--yes");
    assertThat(noSecret.exitCode()).isEqualTo(3);
    assertThat(noSecret.err())
        .contains(
            "error[deploy.history-missing]: Deployment "
                + withSecret.number()
                + " needs template parameters the config no longer supplies: DbPassword.");
    assertThat(proxy.count(seen -> seen.action().endsWith("ChangeSet"))).isZero();

    // Logs, as Lambda writes them, from the log group the template names.
    putLogEvents(
        "START RequestId: 7c1d Version: $LATEST",
        "2026-01-01T00:00:00.000Z\t7c1d\tINFO\thello from the worker",
        "END RequestId: 7c1d");
    InProcessCli.Result logs = run("logs", "--since", "1h");
    assertThat(logs.exitCode()).as(logs.all()).isZero();
    assertThat(logs.out().lines())
        .hasSize(3)
        .allMatch(line -> line.contains(" worker "))
        .anyMatch(line -> line.endsWith("7c1d INFO hello from the worker"));
    InProcessCli.Result filtered = run("logs", "worker", "--filter", "hello", "-o", "json");
    JsonArray events =
        (JsonArray) ((JsonObject) JsonParser.parse(filtered.out())).get("events").orElseThrow();
    assertThat(events.items()).hasSize(1);
    assertThat(((JsonObject) events.get(0)).get("logGroup"))
        .contains(new JsonString("/aws/lambda/" + FUNCTION));
  }

  @Test
  void wrongNamesAndOptionsAreUsageErrorsWithAHint() throws Exception {
    InProcessCli.Result unknown = run("logs", "wokrer");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err())
        .contains("error[cli.usage]: There is no resource named 'wokrer' in the config.")
        .contains("Did you mean 'worker'?");
    InProcessCli.Result queue = run("logs", "jobs");
    assertThat(queue.err()).contains("'jobs' writes no logs that formwork configures.");
    InProcessCli.Result since = run("logs", "--since", "yesterday");
    assertThat(since.err()).contains("--since 'yesterday' is neither an age nor an ISO-8601 time.");
    InProcessCli.Result rollback = run("rollback");
    assertThat(rollback.exitCode()).isEqualTo(2);
    assertThat(rollback.err())
        .contains(
            "`formwork rollback` needs --to N or --previous (a recorded deployment), or"
                + " --continue.")
        .contains("`formwork rollback --continue` continues a rollback stuck in");
    InProcessCli.Result oldSpelling = run("rollback", "--skip", "OrdersTable");
    assertThat(oldSpelling.err()).contains("`formwork rollback --continue --skip OrdersTable`");
    assertThat(proxy.seen()).as("no AWS call for a usage error").isEmpty();
  }

  @Test
  void aLocalInvokeBeforeTheFirstDeployNamesTheValuesItCannotKnow() throws Exception {
    InProcessCli.Result local = run("invoke", "worker", "--local");

    assertThat(local.exitCode()).as(local.all()).isZero();
    assertThat(local.err())
        .contains("note: stack loop-dev is not deployed in eu-west-1")
        .contains(
            "note: these variables keep their template values until the stack is deployed:"
                + " QUEUE_ARN, QUEUE_URL.");
    assertThat(local.out()).contains("\"queue\":\"{\\\"Ref\\\":\\\"JobsQueue\\\"}\"");
  }

  @Test
  void aProductionStageRefusesHotswapBeforeAnyWork() throws Exception {
    InProcessCli.Result refused =
        InProcessCli.in(project)
            .run(
                "deploy",
                "--hotswap",
                "--stage",
                "production",
                "--region",
                "eu-west-1",
                "--endpoint-url",
                proxy.endpoint().toString());
    assertThat(refused.exitCode()).isEqualTo(3);
    assertThat(refused.err())
        .contains(
            "error[deploy.hotswap-refused]: Stage 'production' is marked as production, and"
                + " --hotswap updates functions without CloudFormation; nothing was changed.")
        .contains("deploymentConfig.productionStages");
    assertThat(proxy.seen()).isEmpty();
    assertThat(project.resolve(".formwork/artifacts")).doesNotExist();
  }

  @Test
  void rollbackToAnUnrecordedDeploymentNamesTheRecordedOnes() throws Exception {
    assertThat(run("deploy", "--yes").exitCode()).isZero();
    InProcessCli.Result missing = run("rollback", "--to", "7");
    assertThat(missing.exitCode()).isEqualTo(3);
    assertThat(missing.err())
        .contains("error[deploy.history-missing]: Deployment 7 of loop-dev is not recorded.")
        .contains("Recorded: 1");
    InProcessCli.Result previous = run("rollback", "--previous");
    assertThat(previous.err()).contains("Only one deployment of loop-dev is recorded.");
  }

  @Test
  void aRemoteInvokeThatFailsShowsItsStatusErrorAndLogTail() throws Exception {
    assertThat(run("deploy", "--yes").exitCode()).isZero();
    String tail = "START RequestId: 9f\nTypeError: boom\n    at handler (index.js:1:1)\nEND";
    // moto runs no code without Docker: the failing answer Lambda gives is made at the HTTP layer.
    proxy.add(
        new FaultProxy.Rule() {
          @Override
          public boolean matches(FaultProxy.Seen request) {
            return request.path().endsWith("/invocations");
          }

          @Override
          public Optional<FaultProxy.Reply> answer(FaultProxy.Seen request) {
            return Optional.of(
                new FaultProxy.Reply(
                    200,
                    "application/json",
                    "{\"errorType\":\"TypeError\",\"errorMessage\":\"boom\",\"trace\":[]}"
                        .getBytes(StandardCharsets.UTF_8),
                    Map.of(
                        "X-Amz-Function-Error",
                        "Unhandled",
                        "X-Amz-Log-Result",
                        Base64.getEncoder().encodeToString(tail.getBytes(StandardCharsets.UTF_8)),
                        "X-Amz-Executed-Version",
                        "$LATEST")));
          }

          @Override
          public FaultProxy.Reply rewrite(FaultProxy.Seen request, FaultProxy.Reply fromMoto) {
            return fromMoto;
          }
        });
    InProcessCli.Result invoked = run("invoke", "worker");
    assertThat(invoked.exitCode()).isEqualTo(3);
    assertThat(invoked.err())
        .contains("Status code 200; function error (Unhandled): TypeError: boom")
        .contains("--- log tail of this request ---\n" + tail)
        .contains(
            "error[deploy.function-failed]: The function loop-dev-worker failed: TypeError: boom"
                + " (Unhandled).");
  }

  @Test
  void followPrintsEventsAsTheyArriveUntilInterrupted() throws Exception {
    String group = "/aws/lambda/" + FUNCTION;
    direct.logs().createLogGroup(b -> b.logGroupName(group));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    CliContext context = CliContext.create(project, out, err, Map.of(), false, AwsSettings.DEFAULT);
    AtomicInteger exitCode = new AtomicInteger(-1);
    Thread tail =
        new Thread(
            () ->
                exitCode.set(
                    Main.run(
                        new String[] {
                          "logs",
                          "worker",
                          "--follow",
                          "--stage",
                          "dev",
                          "--region",
                          "eu-west-1",
                          "--endpoint-url",
                          proxy.endpoint().toString()
                        },
                        context)));
    tail.start();
    awaitText(err, "Following the logs of worker; Ctrl-C stops.");
    putLogEvents("START RequestId: 51ab Version: $LATEST");
    awaitText(out, " worker START RequestId: 51ab Version: $LATEST");
    tail.interrupt();
    tail.join(Duration.ofSeconds(30).toMillis());
    assertThat(tail.isAlive()).isFalse();
    assertThat(exitCode.get()).as(err.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(1);
  }

  private static void awaitText(ByteArrayOutputStream stream, String text) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (!stream.toString(StandardCharsets.UTF_8).contains(text)) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(
            "no '" + text + "' in: " + stream.toString(StandardCharsets.UTF_8));
      }
      Thread.sleep(50);
    }
  }

  private String digest(String function) throws Exception {
    return ArtifactManifest.read(project.resolve(".formwork/artifacts/manifest.json"))
        .find(function)
        .orElseThrow()
        .sha256();
  }

  private String codeSha256() {
    return direct.lambda().getFunction(b -> b.functionName(FUNCTION)).configuration().codeSha256();
  }

  private static String base64(String hex) {
    return Base64.getEncoder().encodeToString(HexFormat.of().parseHex(hex));
  }

  private void putLogEvents(String... messages) {
    String group = "/aws/lambda/" + FUNCTION;
    String stream = "2026/01/01/[$LATEST]7c1d";
    direct.logs().createLogStream(b -> b.logGroupName(group).logStreamName(stream));
    long now = Instant.now().toEpochMilli();
    List<InputLogEvent> events = new ArrayList<>();
    for (int i = 0; i < messages.length; i++) {
      int index = i;
      events.add(
          InputLogEvent.builder().timestamp(now - 1000 + index).message(messages[index]).build());
    }
    direct.logs().putLogEvents(b -> b.logGroupName(group).logStreamName(stream).logEvents(events));
  }
}
