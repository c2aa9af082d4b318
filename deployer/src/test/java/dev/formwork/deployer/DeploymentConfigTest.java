package dev.formwork.deployer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.formwork.deployer.testing.FaultProxy;
import dev.formwork.deployer.testing.ProxiedMotoTest;
import dev.formwork.deployer.testing.StackFixture;
import dev.formwork.schema.artifact.Artifact;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudformation.model.Stack;

/**
 * Issue §2, deploymentConfig takes effect, against moto over HTTP. moto records a change set's
 * RoleARN and NotificationARNs on the stack, so those are read back from DescribeStacks; it ignores
 * RollbackConfiguration and DisableRollback and has no UpdateTerminationProtection (it answers
 * 500), so those are asserted on the requests the SDK sent, and termination protection is kept by a
 * proxy rule that answers UpdateTerminationProtection and reports the flag in DescribeStacks, as
 * CloudFormation does.
 */
class DeploymentConfigTest extends ProxiedMotoTest {

  static final String STACK = "settings-dev";

  @Override
  protected String stackName() {
    return STACK;
  }

  @Override
  protected String helloSource() {
    return "exports.handler = async () => 'v1';";
  }

  private static StackSettings settings(
      boolean protection, boolean disableRollback, int keep, List<String> alarms) {
    return new StackSettings(
        protection, Optional.empty(), alarms, 0, disableRollback, List.of(), keep);
  }

  private DeployRequest request(Artifact artifact, int visibility, StackSettings settings)
      throws Exception {
    return new DeployRequest(
        StackFixture.ordersTemplate(STACK, artifact, visibility),
        StackFixture.manifest(artifact),
        dir,
        Map.of(),
        Confirmation.assumeYes(),
        settings);
  }

  private static String body(FaultProxy.Seen seen) {
    return URLDecoder.decode(seen.body(), StandardCharsets.UTF_8);
  }

  private String sent(String action) {
    return proxy.seen().stream()
        .filter(FaultProxy.action(action))
        .map(DeploymentConfigTest::body)
        .reduce((first, last) -> last)
        .orElse("");
  }

  /** CloudFormation's termination protection, which moto lacks, kept at the HTTP layer. */
  private AtomicBoolean emulateTerminationProtection() {
    AtomicBoolean on = new AtomicBoolean(false);
    proxy.add(
        new FaultProxy.Rule() {
          @Override
          public boolean matches(FaultProxy.Seen request) {
            return request.action().equals("UpdateTerminationProtection")
                || request.action().equals("DescribeStacks");
          }

          @Override
          public Optional<FaultProxy.Reply> answer(FaultProxy.Seen request) {
            if (!request.action().equals("UpdateTerminationProtection")) {
              return Optional.empty();
            }
            on.set(body(request).contains("EnableTerminationProtection=true"));
            return Optional.of(
                FaultProxy.Reply.xml(
                    200,
                    "<UpdateTerminationProtectionResponse><UpdateTerminationProtectionResult>"
                        + "<StackId>arn:aws:cloudformation:eu-west-1:123456789012:stack/"
                        + STACK
                        + "/x</StackId></UpdateTerminationProtectionResult>"
                        + "</UpdateTerminationProtectionResponse>"));
          }

          @Override
          public FaultProxy.Reply rewrite(FaultProxy.Seen request, FaultProxy.Reply fromMoto) {
            return FaultProxy.Reply.xml(
                fromMoto.status(),
                fromMoto
                    .text()
                    .replace(
                        "<EnableTerminationProtection>false</EnableTerminationProtection>",
                        "<EnableTerminationProtection>"
                            + on.get()
                            + "</EnableTerminationProtection>"));
          }
        });
    return on;
  }

  @Test
  void terminationProtectionIsSetOnEveryDeployAndDeleteIsRefusedWhileItIsOn() throws Exception {
    AtomicBoolean protectedStack = emulateTerminationProtection();
    StackDeployer deployer = new StackDeployer(clients, out, FAST);

    DeployResult created =
        deployer.deploy(request(hello, 30, settings(true, false, 10, List.of())));
    assertThat(created.outcome()).as(out.text()).isEqualTo(Outcome.SUCCEEDED);
    assertThat(protectedStack).isTrue();
    assertThat(out.text()).contains("Termination protection is now on for stack settings-dev");

    out.clear();
    DeployResult unchanged =
        deployer.deploy(request(hello, 30, settings(true, false, 10, List.of())));
    assertThat(unchanged.outcome()).isEqualTo(Outcome.NO_CHANGES);
    assertThat(proxy.count(FaultProxy.action("UpdateTerminationProtection"))).isEqualTo(1);

    proxy.forget();
    DeployResult refused = new StackRemover(clients, out, FAST).delete(Confirmation.assumeYes());
    assertThat(refused.outcome()).isEqualTo(Outcome.REFUSED);
    assertThat(refused.exitCode()).isEqualTo(3);
    assertThat(refused.message())
        .isEqualTo(
            "Stack settings-dev has termination protection on"
                + " (deploymentConfig.terminationProtection), so nothing was deleted.");
    assertThat(refused.hint().orElseThrow())
        .contains("Set deploymentConfig.terminationProtection to false and deploy, then delete")
        .contains("--no-enable-termination-protection --stack-name settings-dev");
    assertThat(proxy.count(FaultProxy.action("DeleteStack"))).isZero();
    assertThat(
            proxy.count(
                request ->
                    request.method().equals("POST") && request.path().contains("fw-settings-dev")))
        .as("the deployment bucket was not emptied")
        .isZero();

    // Turning it off in the config (a change set with no changes) turns it off on the stack.
    DeployResult off = deployer.deploy(request(hello, 30, settings(false, false, 10, List.of())));
    assertThat(off.outcome()).isEqualTo(Outcome.NO_CHANGES);
    assertThat(protectedStack).isFalse();
    assertThat(new StackRemover(clients, out, FAST).delete(Confirmation.assumeYes()).outcome())
        .isEqualTo(Outcome.SUCCEEDED);
  }

  @Test
  void theRoleRollbackAlarmsAndTopicsGoWithEveryChangeSet() throws Exception {
    String topic = createTopic("stack-events");
    StackSettings settings =
        new StackSettings(
            false,
            Optional.of("arn:aws:iam::123456789012:role/cfn-deployer"),
            List.of("settings-errors", "arn:aws:cloudwatch:eu-west-1:123456789012:alarm:latency"),
            15,
            false,
            List.of(topic),
            10);
    DeployResult created =
        new StackDeployer(clients, out, FAST).deploy(request(hello, 30, settings));
    assertThat(created.outcome()).as(out.text()).isEqualTo(Outcome.SUCCEEDED);

    String changeSet = sent("CreateChangeSet");
    assertThat(changeSet)
        .contains("RoleARN=arn:aws:iam::123456789012:role/cfn-deployer")
        .contains(
            "RollbackConfiguration.RollbackTriggers.member.1.Arn="
                + "arn:aws:cloudwatch:eu-west-1:123456789012:alarm:settings-errors")
        .contains(
            "RollbackConfiguration.RollbackTriggers.member.2.Arn="
                + "arn:aws:cloudwatch:eu-west-1:123456789012:alarm:latency")
        .contains("RollbackConfiguration.RollbackTriggers.member.1.Type=AWS::CloudWatch::Alarm")
        .contains("RollbackConfiguration.MonitoringTimeInMinutes=15")
        .contains("NotificationARNs.member.1=" + topic);
    Stack stack = clients.cloudFormation().describeStacks(b -> b.stackName(STACK)).stacks().get(0);
    assertThat(stack.roleARN()).isEqualTo("arn:aws:iam::123456789012:role/cfn-deployer");
    assertThat(stack.notificationARNs()).containsExactly(topic);

    // Without alarms, an update sends an empty list: CloudFormation would keep the old ones.
    DeployResult updated =
        new StackDeployer(clients, out, FAST)
            .deploy(request(hello, 60, settings(false, false, 10, List.of())));
    assertThat(updated.outcome()).as(out.text()).isEqualTo(Outcome.SUCCEEDED);
    assertThat(sent("CreateChangeSet"))
        .contains("RollbackConfiguration.MonitoringTimeInMinutes=0")
        .doesNotContain("RollbackTriggers.member")
        .doesNotContain("RoleARN");
    assertThat(out.text())
        .contains(
            "keeps using the role arn:aws:iam::123456789012:role/cfn-deployer: CloudFormation"
                + " cannot remove a stack's role");
  }

  /** Creates an SNS topic in moto with a plain query call (formwork has no SNS client). */
  private String createTopic(String name) throws Exception {
    java.net.http.HttpResponse<String> response =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(moto.endpoint())
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header(
                        "Authorization",
                        "AWS4-HMAC-SHA256 Credential=testing/20260101/eu-west-1/sns/aws4_request,"
                            + " SignedHeaders=host, Signature=x")
                    .POST(
                        java.net.http.HttpRequest.BodyPublishers.ofString(
                            "Action=CreateTopic&Version=2010-03-31&Name=" + name))
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    String xml = response.body();
    return xml.substring(xml.indexOf("<TopicArn>") + 10, xml.indexOf("</TopicArn>"));
  }

  @Test
  void disableAutoRollbackExecutesWithoutRollbackAndTheNextDeployFixesForward() throws Exception {
    StackDeployer deployer = new StackDeployer(clients, out, FAST);
    assertThat(deployer.deploy(request(hello, 30, settings(false, true, 10, List.of()))).outcome())
        .isEqualTo(Outcome.SUCCEEDED);
    assertThat(sent("ExecuteChangeSet")).contains("DisableRollback=true");

    AtomicBoolean failing = new AtomicBoolean(false);
    proxy.add(
        FaultProxy.rewriteWhile(
            s -> {
              if (s.action().equals("ExecuteChangeSet")) {
                failing.set(true);
              }
              return s.action().equals("DescribeStacks");
            },
            failing::get,
            reply ->
                FaultProxy.Reply.xml(
                    reply.status(),
                    reply
                        .text()
                        .replaceAll(
                            "<StackStatus>[A-Z_]+</StackStatus>",
                            "<StackStatus>UPDATE_FAILED</StackStatus>"))));
    out.clear();
    DeployResult failed = deployer.deploy(request(hello, 45, settings(false, true, 10, List.of())));
    assertThat(failed.outcome()).as(out.text()).isEqualTo(Outcome.FAILED);
    assertThat(failed.message())
        .startsWith("The deploy of settings-dev failed and ended in UPDATE_FAILED");
    assertThat(failed.hint().orElseThrow())
        .isEqualTo(
            "The stack keeps what the failed deploy changed (deploymentConfig.disableAutoRollback):"
                + " fix the cause and deploy again, or run `formwork rollback --continue` to return"
                + " it to its last good state.");

    // From UPDATE_FAILED a fix is deployed over the stack, rather than refused.
    proxy.forget();
    deployer.deploy(request(hello, 50, settings(false, true, 10, List.of())));
    assertThat(sent("CreateChangeSet")).contains("ChangeSetType=UPDATE");
    DeployResult refused =
        deployer.deploy(request(hello, 55, settings(false, false, 10, List.of())));
    assertThat(refused.outcome()).isEqualTo(Outcome.REFUSED);
    assertThat(refused.hint().orElseThrow()).contains("disableAutoRollback: true");
  }
}
