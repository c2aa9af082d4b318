package dev.formwork.deployer.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.formwork.deployer.aws.AwsFailure;
import dev.formwork.deployer.testing.FaultProxy;
import dev.formwork.deployer.testing.ProxiedMotoTest;
import dev.formwork.schema.diag.Code;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Issue §4: the current version of each secret is read with DescribeSecret against moto over HTTP,
 * never with GetSecretValue; a missing secret is reported as missing, and access denied (injected,
 * moto allows everything) is a failure with a hint naming the permission.
 */
class SecretVersionsTest extends ProxiedMotoTest {

  @Override
  protected String stackName() {
    return "secrets-dev";
  }

  @Override
  protected String helloSource() {
    return "exports.handler = async () => 1;";
  }

  @Test
  void readsTheCurrentVersionIdOfEachSecretWithoutReadingItsValue() {
    String first =
        clients
            .secretsManager()
            .createSecret(b -> b.name("shop/stripe").secretString("{\"apiKey\":\"ZZ_CANARY\"}"))
            .versionId();
    SecretVersions.Lookup before =
        new SecretVersions(clients.secretsManager()).current(List.of("shop/stripe", "missing"));
    assertThat(before.versions()).containsEntry("shop/stripe", first).hasSize(1);
    assertThat(before.missing()).containsExactly("missing");

    String rotated =
        clients
            .secretsManager()
            .putSecretValue(b -> b.secretId("shop/stripe").secretString("{\"apiKey\":\"new\"}"))
            .versionId();
    assertThat(
            new SecretVersions(clients.secretsManager()).current(List.of("shop/stripe")).versions())
        .containsEntry("shop/stripe", rotated);
    assertThat(rotated).isNotEqualTo(first);
    assertThat(proxy.count(FaultProxy.action("DescribeSecret"))).isEqualTo(3);
    assertThat(proxy.count(FaultProxy.action("GetSecretValue"))).isZero();
    assertThat(proxy.seen())
        .noneMatch(
            request ->
                request.body().contains("ZZ_CANARY") && request.action().equals("DescribeSecret"));
  }

  @Test
  void accessDeniedNamesThePermissionPinningNeeds() {
    proxy.add(
        FaultProxy.failTimes(
            FaultProxy.action("DescribeSecret"),
            1,
            new FaultProxy.Reply(
                400,
                "application/x-amz-json-1.1",
                "{\"__type\":\"AccessDeniedException\",\"message\":\"not allowed\"}"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    // The failure reaches the command, whose one line names the permission pinning needs.
    assertThatThrownBy(
            () -> new SecretVersions(clients.secretsManager()).current(List.of("shop/stripe")))
        .isInstanceOf(SdkException.class)
        .satisfies(
            e -> {
              AwsFailure explained = clients.errors().explain(e);
              assertThat(explained.code()).isEqualTo(Code.AWS_ACCESS_DENIED);
              assertThat(explained.message()).contains("secretsmanager:DescribeSecret");
            });
  }
}
