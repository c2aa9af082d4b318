package dev.formwork.deployer.release;

import static org.assertj.core.api.Assertions.assertThat;

import dev.formwork.deployer.AwsClients;
import dev.formwork.deployer.Confirmation;
import dev.formwork.deployer.DeployRequest;
import dev.formwork.deployer.DeployResult;
import dev.formwork.deployer.DeployTarget;
import dev.formwork.deployer.DeployerSettings;
import dev.formwork.deployer.Outcome;
import dev.formwork.deployer.RetryPolicy;
import dev.formwork.deployer.StackDeployer;
import dev.formwork.deployer.testing.MotoServer;
import dev.formwork.deployer.testing.RecordingSink;
import dev.formwork.deployer.testing.SharedMoto;
import dev.formwork.schema.artifact.ArtifactManifest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pinned alias versions are checked against the versions Lambda has published (moto). */
class PinnedAliasVersionsTest {

  static final String STACK = "models-dev";
  static final String FUNCTION = "models-dev-processor";

  @TempDir Path dir;
  MotoServer moto;
  AwsClients clients;

  @BeforeEach
  void start() throws Exception {
    moto = SharedMoto.get();
    moto.reset();
    clients =
        AwsClients.create(
            DeployTarget.of(STACK, "eu-west-1", moto.endpoint()),
            new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(50)));
  }

  @AfterEach
  void stop() {
    clients.close();
  }

  /** A function with a content-keyed version and alias DEV pinned to {@code version}. */
  static String template(String version) {
    return template(version, "ProcessorVersion1a2b3c4d5e");
  }

  static String template(String version, String versionLogicalId) {
    return """
    {"Resources": {
      "ProcessorFunction": {"Type": "AWS::Lambda::Function",
        "Properties": {"FunctionName": "%s", "Runtime": "nodejs20.x"}},
      "%s": {"Type": "AWS::Lambda::Version",
        "Properties": {"FunctionName": {"Ref": "ProcessorFunction"}}},
      "ProcessorDevAlias": {"Type": "AWS::Lambda::Alias",
        "Properties": {"FunctionName": {"Ref": "ProcessorFunction"},
          "FunctionVersion": "%s", "Name": "DEV"}},
      "ProcessorLiveAlias": {"Type": "AWS::Lambda::Alias",
        "Properties": {"FunctionName": {"Ref": "ProcessorFunction"},
          "FunctionVersion": {"Fn::GetAtt": ["%s", "Version"]},
          "Name": "LIVE"}}
    }}\
    """
        .formatted(FUNCTION, versionLogicalId, version, versionLogicalId);
  }

  PinnedAliasVersions check() {
    return new PinnedAliasVersions(clients.cloudFormation(), clients.lambda());
  }

  @Test
  void onAFirstDeployOnlyVersionOneCanBePinned() {
    assertThat(check().check(template("1"), STACK, false)).isEmpty();
    List<PinnedAliasVersions.Missing> missing = check().check(template("4"), STACK, false);
    assertThat(missing)
        .containsExactly(
            new PinnedAliasVersions.Missing(
                "ProcessorDevAlias", "DEV", FUNCTION, 4, Set.of(), Optional.of(1L)));
    assertThat(missing.get(0).describe())
        .isEqualTo(
            "Alias DEV (ProcessorDevAlias) of function models-dev-processor is pinned to version"
                + " 4, but the function has no published versions yet; this deploy publishes"
                + " version 1.");
  }

  @Test
  void publishedVersionsAndTheNextOneAreAccepted() {
    publishTwoVersions();
    assertThat(check().check(template("2"), STACK, false)).isEmpty();
    // The template's version resource is not in the (absent) stack, so this deploy publishes 3.
    assertThat(check().check(template("3"), STACK, false)).isEmpty();
    List<PinnedAliasVersions.Missing> missing = check().check(template("4"), STACK, false);
    assertThat(missing).hasSize(1);
    assertThat(missing.get(0).describe())
        .isEqualTo(
            "Alias DEV (ProcessorDevAlias) of function models-dev-processor is pinned to version"
                + " 4, but the function has published versions 1–2; this deploy publishes version"
                + " 3.");
  }

  @Test
  void anUnchangedFunctionPublishesNoNewVersion() {
    publishTwoVersions();
    // Every version resource of this template is already in the stack: nothing new is published.
    String unchanged = template("3", "ProcessorVersion3");
    assertThat(check().check(unchanged, "publisher", true))
        .extracting(PinnedAliasVersions.Missing::publishedByThisDeploy)
        .containsExactly(Optional.empty());
    assertThat(check().check(template("2", "ProcessorVersion3"), "publisher", true)).isEmpty();
  }

  @Test
  void deployStopsBeforeUploadingAnything() throws Exception {
    RecordingSink out = new RecordingSink();
    StackDeployer deployer =
        new StackDeployer(
            clients,
            out,
            new DeployerSettings(
                Duration.ofMillis(50), Duration.ofSeconds(5), Duration.ofMinutes(1)));
    DeployResult result =
        deployer.deploy(
            new DeployRequest(
                template("4"),
                new ArtifactManifest(Map.of()),
                dir,
                Map.of(),
                Confirmation.refuse()));
    assertThat(result.outcome()).isEqualTo(Outcome.REFUSED);
    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.message()).contains("pinned to version 4", "no published versions yet");
    assertThat(result.hint().orElseThrow()).contains("Nothing was uploaded or changed");
    assertThat(clients.s3().listBuckets().buckets()).isEmpty();
    assertThat(clients.cloudFormation().listStacks().stackSummaries()).isEmpty();
  }

  @Test
  void rangesAreWrittenCompactly() {
    assertThat(PinnedAliasVersions.ranges(Set.of(1L, 2L, 3L, 5L, 7L, 8L))).isEqualTo("1–3, 5, 7–8");
  }

  /**
   * Publishes versions 1 and 2 the way a stack does: a CloudFormation stack whose function and
   * AWS::Lambda::Version resource moto creates, then updated with new code and a second version
   * resource.
   */
  private void publishTwoVersions() {
    // moto creates a new version resource before it updates the function's code, and publishes
    // only after a change; so the third deploy is the one that publishes version 2.
    for (int i = 1; i <= 3; i++) {
      String body = deployedTemplate(i);
      if (i == 1) {
        clients.cloudFormation().createStack(b -> b.stackName("publisher").templateBody(body));
      } else {
        clients.cloudFormation().updateStack(b -> b.stackName("publisher").templateBody(body));
      }
    }
    assertThat(clients.lambda().listVersionsByFunction(b -> b.functionName(FUNCTION)).versions())
        .extracting(version -> version.version())
        .containsExactly("$LATEST", "1", "2");
  }

  private static String deployedTemplate(int version) {
    StringBuilder versions = new StringBuilder();
    for (int i = 1; i <= version; i++) {
      versions.append(
          """
          ,"ProcessorVersion%d": {"Type": "AWS::Lambda::Version", "DeletionPolicy": "Retain",
            "Properties": {"FunctionName": {"Ref": "ProcessorFunction"}}}\
          """
              .formatted(i));
    }
    return """
    {"Resources": {
      "ProcessorRole": {"Type": "AWS::IAM::Role", "Properties": {"AssumeRolePolicyDocument":
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole",
          "Principal": {"Service": "lambda.amazonaws.com"}}]}}},
      "ProcessorFunction": {"Type": "AWS::Lambda::Function", "Properties": {
        "FunctionName": "%s", "Runtime": "nodejs20.x", "Handler": "index.handler",
        "Role": {"Fn::GetAtt": ["ProcessorRole", "Arn"]},
        "Code": {"ZipFile": "exports.handler = async () => %d;"}}}%s
    }}\
    """
        .formatted(FUNCTION, version, versions);
  }
}
