package dev.formwork.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.formwork.deployer.testing.AwsFaults;
import dev.formwork.deployer.testing.FaultProxy;
import dev.formwork.deployer.testing.SilentEndpoint;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a person sees, byte for byte, when AWS access is not set up: the CLI runs as its own process
 * with an environment built from nothing and a HOME of its own (AWS config file included), as on a
 * fresh machine. The three outputs here are the ones the README and docs/cli.md quote.
 */
class AwsAccessProcessTest {

  @TempDir Path home;
  Path project;

  @BeforeEach
  void freshMachine() throws IOException {
    project = Files.createDirectories(home.resolve("shop"));
    Files.writeString(
        project.resolve("formwork.yml"),
        """
        serviceName: shop
        defaultStage: dev
        resources:
          orders:
            type: sqs-queue
        """);
    Files.createDirectories(home.resolve(".aws"));
    Files.writeString(
        home.resolve(".aws/config"),
        """
        [profile dev-sso]
        sso_start_url = https://formwork-example.awsapps.com/start
        sso_region = eu-west-1
        sso_account_id = 123456789012
        sso_role_name = Developer
        region = eu-central-1

        [profile team]
        sso_session = corp
        sso_account_id = 123456789012
        sso_role_name = Developer
        region = eu-west-1

        [sso-session corp]
        sso_start_url = https://formwork-example.awsapps.com/start
        sso_region = eu-west-1
        """);
  }

  @Test
  void noCredentialsAtAll() throws Exception {
    Result run = formwork(Map.of(), "info", "--region", "eu-west-1");
    assertEquals(3, run.exitCode(), run.err());
    assertEquals("", run.out());
    assertEquals(
        """
        error[aws.no-credentials]: No AWS credentials were found (looked for AWS_ACCESS_KEY_ID, \
        the profile 'default', SSO, web identity, and container and instance roles).
          = hint: Run `aws configure` (access keys) or `aws configure sso`, then pass --profile \
        NAME or set AWS_PROFILE; in CI, set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.
        """,
        run.err());
  }

  @Test
  void anSsoProfileWithoutAToken() throws Exception {
    String expected =
        """
        error[aws.sso-login]: The AWS profile 'dev-sso' signs in through IAM Identity Center \
        (SSO), and its token is missing or has expired.
          = hint: Run `aws sso login --profile dev-sso`, then run the command again.
        """;
    // Named with --profile (the region comes from the profile) and with AWS_PROFILE.
    Result named = formwork(Map.of(), "info", "--profile", "dev-sso");
    assertEquals(3, named.exitCode(), named.err());
    assertEquals(expected, named.err());
    Result fromEnv = formwork(Map.of("AWS_PROFILE", "dev-sso"), "info");
    assertEquals(3, fromEnv.exitCode(), fromEnv.err());
    assertEquals(expected, fromEnv.err());
    // The sso-session form needs the ssooidc module to refresh; its answer is the same.
    Result session = formwork(Map.of(), "info", "-p", "team");
    assertEquals(3, session.exitCode(), session.err());
    assertTrue(
        session.err().startsWith("error[aws.sso-login]: The AWS profile 'team' signs in"),
        session.err());
    assertTrue(session.err().contains("`aws sso login --profile team`"), session.err());
  }

  @Test
  void aRefusedConnection() throws Exception {
    String endpoint = SilentEndpoint.refusing().toString();
    Result run =
        formwork(
            Map.of("AWS_ACCESS_KEY_ID", "testing", "AWS_SECRET_ACCESS_KEY", "testing"),
            "info",
            "-r",
            "eu-west-1",
            "--endpoint-url",
            endpoint);
    assertEquals(3, run.exitCode(), run.err());
    assertEquals(
        "error[aws.connection-refused]: Nothing is listening at "
            + endpoint
            + ": the connection was refused.\n"
            + "  = hint: Start the server behind --endpoint-url (for moto: `moto_server -p"
            + " PORT`), or fix its host and port.\n",
        run.err());
  }

  @Test
  void expiredKeysFromTheEnvironment() throws Exception {
    try (FaultProxy expired = new FaultProxy(URI.create("http://127.0.0.1:9"))) {
      expired.add(AwsFaults.expiredToken());
      Result run =
          formwork(
              Map.of(
                  "AWS_ACCESS_KEY_ID", "ASIAEXPIRED",
                  "AWS_SECRET_ACCESS_KEY", "expired",
                  "AWS_SESSION_TOKEN", "expired-session",
                  "AWS_REGION", "eu-west-1"),
              "info",
              "--endpoint-url",
              expired.endpoint().toString());
      assertEquals(3, run.exitCode(), run.err());
      assertEquals(
          """
          error[aws.invalid-credentials]: AWS rejected the credentials (CloudFormation \
          ExpiredToken): The security token included in the request is expired
            = hint: The credentials have expired or are not valid: renew them (for temporary \
          keys, AWS_SESSION_TOKEN too), or pass --profile with working ones.
          """,
          run.err());
    }
  }

  @Test
  void aMistypedProfileIsNamedWithTheClosestOne() throws Exception {
    Result run = formwork(Map.of(), "info", "--profile", "dev-ss");
    assertEquals(3, run.exitCode(), run.err());
    assertEquals(
        """
        error[aws.unknown-profile]: The AWS profile 'dev-ss' (--profile) is in neither the AWS \
        config nor the credentials file (known: dev-sso, team).
          = hint: Did you mean 'dev-sso'? Create it with `aws configure --profile dev-ss` or \
        `aws configure sso --profile dev-ss`.
        """,
        run.err());
  }

  /** One process run. */
  record Result(int exitCode, String out, String err) {}

  /** formwork in its own JVM, with only PATH, HOME and the given variables in its environment. */
  private Result formwork(Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile());
    builder.environment().clear();
    builder.environment().put("PATH", System.getenv("PATH"));
    builder.environment().put("HOME", home.toString());
    // No instance metadata lookups from a test, whatever machine runs it.
    builder.environment().put("AWS_EC2_METADATA_DISABLED", "true");
    builder.environment().putAll(env);
    Path out = Files.createTempFile(home, "out", ".txt");
    Path err = Files.createTempFile(home, "err", ".txt");
    builder.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process process = builder.start();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "formwork finished");
    return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
  }
}
