package dev.formwork.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.formwork.deployer.RetryPolicy;
import dev.formwork.deployer.aws.AwsSettings;
import dev.formwork.deployer.aws.NetworkLimits;
import dev.formwork.deployer.testing.AwsFaults;
import dev.formwork.deployer.testing.FaultProxy;
import dev.formwork.deployer.testing.SilentEndpoint;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonParser;
import dev.formwork.schema.json.JsonString;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command that talks to AWS × every way reaching AWS fails that a user or their environment
 * causes: no credentials, a malformed --endpoint-url, a refused connection, an endpoint that never
 * answers, and a denied action. Each must end in the documented exit code, one line naming the
 * catalogued code and what happened, one hint line, and no stack trace. No AWS is involved: the
 * endpoints are a closed port, a silent socket and a proxy that denies everything; the network
 * limits are shortened so the whole matrix takes seconds.
 */
class AwsFailureMatrixTest {

  /** 400 ms per attempt, 2 attempts: the hung endpoint gives up after about a second. */
  static final NetworkLimits FAST_LIMITS =
      new NetworkLimits(
          Duration.ofMillis(500),
          Duration.ofMillis(400),
          2,
          Duration.ofMillis(150),
          Duration.ofMillis(150));

  static final AwsSettings FAST =
      AwsSettings.DEFAULT
          .withRetryPolicy(new RetryPolicy(4, Duration.ofMillis(10), Duration.ofMillis(50)))
          .withNetwork(FAST_LIMITS);

  static final String PRINCIPAL = "arn:aws:iam::123456789012:user/ci";
  static final String STACK_ARN =
      "arn:aws:cloudformation:eu-west-1:123456789012:stack/matrix-dev/*";

  static final String CONFIG =
      """
      serviceName: matrix
      resources:
        fn:
          type: function
          properties:
            packaging:
              type: stacktape-lambda-buildpack
              properties:
                entryfilePath: src/fn.py
            timeout: 1
            environment:
              - name: TOKEN
                value: $Secret('matrix/token')
      scripts:
        check:
          type: local-script
          properties:
            executeCommand: echo checked
            connectTo: [fn]
      """;

  /** One AWS command, and the IAM action its first call needs. */
  record Command(String label, List<String> args, String firstAction) {}

  static final List<Command> COMMANDS =
      List.of(
          // deploy, preview, diff and dev pin the config's $Secret() before anything else.
          new Command("deploy", List.of("deploy", "--yes"), "secretsmanager:DescribeSecret"),
          new Command("preview", List.of("preview"), "secretsmanager:DescribeSecret"),
          new Command("diff", List.of("diff"), "secretsmanager:DescribeSecret"),
          new Command("info", List.of("info"), "cloudformation:DescribeStacks"),
          new Command("delete", List.of("delete", "--yes"), "sts:GetCallerIdentity"),
          new Command(
              "deploy --hotswap",
              List.of("deploy", "--hotswap", "--yes"),
              // Secrets are pinned first, as for any deploy.
              "secretsmanager:DescribeSecret"),
          new Command(
              "info --history", List.of("info", "--history"), "cloudformation:DescribeStacks"),
          new Command(
              "rollback --continue",
              List.of("rollback", "--continue"),
              "cloudformation:DescribeStacks"),
          new Command(
              "rollback --previous", List.of("rollback", "--previous"), "sts:GetCallerIdentity"),
          new Command("logs", List.of("logs"), "logs:FilterLogEvents"),
          new Command("dev", List.of("dev", "--yes"), "secretsmanager:DescribeSecret"),
          new Command("invoke", List.of("invoke", "fn"), "lambda:Invoke"),
          new Command(
              "invoke --local --resolve-secrets",
              List.of("invoke", "fn", "--local", "--resolve-secrets"),
              "secretsmanager:GetSecretValue"),
          new Command(
              "script-run", List.of("script-run", "check"), "cloudformation:DescribeStacks"));

  /** What can go wrong between formwork and AWS. */
  enum Fault {
    NO_CREDENTIALS,
    BAD_ENDPOINT_URL,
    CONNECTION_REFUSED,
    HUNG_ENDPOINT,
    ACCESS_DENIED
  }

  @TempDir static Path project;

  private final Map<String, String> savedProperties = new HashMap<>();

  @BeforeAll
  static void writeProject() throws Exception {
    Files.createDirectories(project.resolve("src"));
    Files.writeString(project.resolve("src/fn.py"), "def handler(event, context):\n    return 1\n");
    Files.writeString(project.resolve("formwork.yml"), CONFIG);
  }

  @TestFactory
  Stream<DynamicTest> everyAwsCommandFailsInOneLineWithItsExitCode() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Command command : COMMANDS) {
      for (Fault fault : Fault.values()) {
        tests.add(
            DynamicTest.dynamicTest(command.label() + " × " + fault, () -> check(command, fault)));
      }
    }
    return tests.stream();
  }

  private void check(Command command, Fault fault) throws Exception {
    credentials(fault != Fault.NO_CREDENTIALS);
    List<String> args = new ArrayList<>(command.args());
    args.addAll(List.of("--stage", "dev", "--region", "eu-west-1"));
    try (SilentEndpoint silent = new SilentEndpoint();
        FaultProxy denying = new FaultProxy(URI.create("http://127.0.0.1:9"))) {
      denying.add(AwsFaults.denyEverything(PRINCIPAL, STACK_ARN));
      URI refused = SilentEndpoint.refusing();
      String endpoint =
          switch (fault) {
            case NO_CREDENTIALS, CONNECTION_REFUSED -> refused.toString();
            case BAD_ENDPOINT_URL -> "notaurl";
            case HUNG_ENDPOINT -> silent.endpoint().toString();
            case ACCESS_DENIED -> denying.endpoint().toString();
          };
      args.addAll(List.of("--endpoint-url", endpoint));
      InProcessCli.Result run = cli().run(args.toArray(String[]::new));
      String expected =
          switch (fault) {
            case NO_CREDENTIALS -> "error[aws.no-credentials]: No AWS credentials were found";
            case BAD_ENDPOINT_URL ->
                "error[cli.usage]: --endpoint-url 'notaurl' is not an http(s) URL";
            case CONNECTION_REFUSED ->
                "error[aws.connection-refused]: Nothing is listening at "
                    + endpoint
                    + ": the connection was refused.";
            case HUNG_ENDPOINT -> "error[aws.timeout]: " + endpoint + " did not answer ";
            case ACCESS_DENIED -> "error[aws.access-denied]: AWS denied access: ";
          };
      assertEquals(fault == Fault.BAD_ENDPOINT_URL ? 2 : 3, run.exitCode(), run.all());
      assertOneFailureLine(run, expected);
      if (fault == Fault.ACCESS_DENIED) {
        assertTrue(
            failureLine(run).contains("may not perform " + command.firstAction()), run.err());
      }
      if (fault == Fault.HUNG_ENDPOINT) {
        assertEquals(
            FAST_LIMITS.timeoutAttempts(), silent.connections(), "attempts before giving up");
        assertTrue(
            run.err().contains("still running after"), "progress while waiting: " + run.err());
      }
    }
  }

  @Test
  void errorFormatJsonReportsTheFailureAsOneDiagnosticOnStderr() throws Exception {
    credentials(true);
    URI refused = SilentEndpoint.refusing();
    InProcessCli.Result run =
        cli()
            .run(
                "info",
                "-s",
                "dev",
                "-r",
                "eu-west-1",
                "--endpoint-url",
                refused.toString(),
                "--error-format",
                "json");
    assertEquals(3, run.exitCode(), run.all());
    JsonArray errors = (JsonArray) JsonParser.parse(run.err());
    assertEquals(1, errors.size(), run.err());
    JsonObject error = (JsonObject) errors.get(0);
    assertEquals(new JsonString("aws.connection-refused"), error.get("code").orElseThrow());
    assertEquals(new JsonString("error"), error.get("severity").orElseThrow());
    assertTrue(error.get("hint").orElseThrow() instanceof JsonString, run.err());
  }

  @Test
  void expiredKeysAreNamedAsSuchNotAsAMissingPermission() throws Exception {
    credentials(true);
    try (FaultProxy expired = new FaultProxy(URI.create("http://127.0.0.1:9"))) {
      expired.add(AwsFaults.expiredToken());
      InProcessCli.Result run =
          cli()
              .run(
                  "info",
                  "-s",
                  "dev",
                  "-r",
                  "eu-west-1",
                  "--endpoint-url",
                  expired.endpoint().toString());
      assertEquals(3, run.exitCode(), run.all());
      assertOneFailureLine(
          run,
          "error[aws.invalid-credentials]: AWS rejected the credentials (CloudFormation"
              + " ExpiredToken): The security token included in the request is expired");
      assertEquals(1, expired.count(FaultProxy.action("DescribeStacks")), "not retried");
    }
  }

  @Test
  void debugShowsTheStackTraceBehindAUserError() throws Exception {
    credentials(true);
    InProcessCli.Result run =
        cli()
            .run(
                "info",
                "-s",
                "dev",
                "-r",
                "eu-west-1",
                "--endpoint-url",
                SilentEndpoint.refusing().toString(),
                "--debug");
    assertEquals(3, run.exitCode());
    assertTrue(run.err().contains("error[aws.connection-refused]"), run.err());
    assertTrue(run.err().contains("\tat "), "--debug prints the trace: " + run.err());
  }

  private InProcessCli cli() {
    return new InProcessCli(project, Map.of(), false, FAST);
  }

  /** Exactly one failure line, starting as expected, then the hint; nothing like a trace. */
  static void assertOneFailureLine(InProcessCli.Result run, String expectedStart) {
    List<String> lines = run.err().lines().toList();
    List<String> failures = lines.stream().filter(line -> line.startsWith("error[")).toList();
    assertEquals(1, failures.size(), run.err());
    assertTrue(failures.get(0).startsWith(expectedStart), run.err());
    int at = lines.indexOf(failures.get(0));
    assertTrue(
        at + 1 < lines.size() && lines.get(at + 1).startsWith("  = hint: "),
        "a hint follows: " + run.err());
    assertFalse(run.all().contains("Exception"), run.all());
    assertFalse(run.all().contains("\tat "), run.all());
  }

  static String failureLine(InProcessCli.Result run) {
    return run.err().lines().filter(line -> line.startsWith("error[")).findFirst().orElse("");
  }

  /**
   * Static keys through the SDK's system properties, or none at all; the AWS files point nowhere
   * and instance metadata is off, so the machine's own credentials never count.
   */
  private void credentials(boolean present) {
    remember("aws.accessKeyId", present ? "testing" : null);
    remember("aws.secretAccessKey", present ? "testing" : null);
    remember("aws.configFile", project.resolve("no-aws-config").toString());
    remember("aws.sharedCredentialsFile", project.resolve("no-aws-credentials").toString());
    remember("aws.disableEc2Metadata", "true");
  }

  private void remember(String key, String value) {
    savedProperties.putIfAbsent(key, System.getProperty(key));
    if (value == null) {
      System.clearProperty(key);
    } else {
      System.setProperty(key, value);
    }
  }

  @AfterEach
  void restoreProperties() {
    savedProperties.forEach(
        (key, value) -> {
          if (value == null) {
            System.clearProperty(key);
          } else {
            System.setProperty(key, value);
          }
        });
    savedProperties.clear();
  }
}
