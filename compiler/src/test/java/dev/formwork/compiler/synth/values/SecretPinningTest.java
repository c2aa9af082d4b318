package dev.formwork.compiler.synth.values;

import static org.assertj.core.api.Assertions.assertThat;

import dev.formwork.compiler.CompileResult;
import dev.formwork.compiler.testing.CompileFixture;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonParseException;
import dev.formwork.schema.json.JsonParser;
import dev.formwork.schema.json.JsonWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue §4, secrets rotate: {@code $Secret} references are pinned to the version ids given as
 * compile input, wherever they reach the template (environment, connectTo variables, a database's
 * password), and stay unpinned without them.
 */
class SecretPinningTest {

  private static final String CONFIG =
      """
      serviceName: payments
      resources:
        reportsDb:
          type: relational-database
          properties:
            credentials: {masterUserName: reporter, masterUserPassword: $Secret('reports-db.password')}
            engine: {type: aurora-mysql, properties: {dbName: reports}}
            accessibility: {accessibilityMode: vpc}
        charge:
          type: function
          properties:
            packaging: {type: stacktape-lambda-buildpack, properties: {entryfilePath: src/charge.ts}}
            joinDefaultVpc: true
            connectTo: [reportsDb]
            environment:
              - {name: STRIPE_KEY, value: $Secret('payments/stripe.apiKey')}
              - {name: WEBHOOK_SECRET, value: $Secret('webhook')}
        refund:
          type: function
          properties:
            packaging: {type: stacktape-lambda-buildpack, properties: {entryfilePath: src/refund.ts}}
      """;

  @Test
  void theCompileNamesEverySecretItUsesWithWhereItIsUsed() {
    CompileResult result = CompileFixture.compile(CONFIG);
    assertThat(result.secrets().keySet())
        .containsExactly("payments/stripe", "reports-db", "webhook");
    assertThat(result.secrets().get("webhook"))
        .isEqualTo(
            ConfigPath.of("resources", "charge", "properties", "environment")
                .index(1)
                .key("value"));
  }

  @Test
  void withoutVersionsTheReferencesStayUnpinned() {
    String template = CompileFixture.template(CONFIG);
    assertThat(template)
        .contains("{{resolve:secretsmanager:payments/stripe:SecretString:apiKey}}")
        .contains("{{resolve:secretsmanager:webhook}}")
        .contains("{{resolve:secretsmanager:reports-db:SecretString:password}}");
  }

  @Test
  void versionsPinEveryReferenceAndOnlyTheFunctionsThatUseARotatedSecretChange()
      throws JsonParseException {
    String first =
        CompileFixture.template(
            CONFIG,
            CompileFixture.options()
                .secretVersion("payments/stripe", "v-stripe-1")
                .secretVersion("webhook", "v-webhook-1")
                .secretVersion("reports-db", "v-db-1"));
    assertThat(first)
        .contains("{{resolve:secretsmanager:payments/stripe:SecretString:apiKey::v-stripe-1}}")
        .contains("{{resolve:secretsmanager:webhook:SecretString:::v-webhook-1}}")
        .contains(
            "\"MasterUserPassword\":"
                + " \"{{resolve:secretsmanager:reports-db:SecretString:password::v-db-1}}\"")
        .doesNotContain("{{resolve:secretsmanager:webhook}}")
        .doesNotContain("SecretString:password}}");

    String rotated =
        CompileFixture.template(
            CONFIG,
            CompileFixture.options()
                .secretVersion("payments/stripe", "v-stripe-2")
                .secretVersion("webhook", "v-webhook-1")
                .secretVersion("reports-db", "v-db-1"));
    assertThat(resource(rotated, "RefundFunction")).isEqualTo(resource(first, "RefundFunction"));
    assertThat(resource(rotated, "ChargeFunction")).isNotEqualTo(resource(first, "ChargeFunction"));
  }

  @Test
  void pinningLeavesOtherTextAndGeneratedSecretsAlone() {
    Map<String, String> versions =
        Map.of("db", "v1", "arn:aws:secretsmanager:eu-west-1:1:secret:x-Ab", "v2");
    assertThat(
            SecretPinning.pin(
                "a {{resolve:secretsmanager:db}} b {{resolve:secretsmanager:db2}}", versions))
        .isEqualTo(
            "a {{resolve:secretsmanager:db:SecretString:::v1}} b {{resolve:secretsmanager:db2}}");
    assertThat(
            SecretPinning.pin(
                "{{resolve:secretsmanager:db:SecretString:k}}{{resolve:secretsmanager:db:SecretString:j}}",
                versions))
        .isEqualTo(
            "{{resolve:secretsmanager:db:SecretString:k::v1}}{{resolve:secretsmanager:db:SecretString:j::v1}}");
    assertThat(SecretPinning.pin("{{resolve:secretsmanager:db:SecretString:k::old}}", versions))
        .isEqualTo("{{resolve:secretsmanager:db:SecretString:k::old}}");
    assertThat(
            SecretPinning.pin(
                "{{resolve:secretsmanager:arn:aws:secretsmanager:eu-west-1:1:secret:x-Ab:SecretString:k}}",
                versions))
        .isEqualTo(
            "{{resolve:secretsmanager:arn:aws:secretsmanager:eu-west-1:1:secret:x-Ab:SecretString:k::v2}}");
  }

  private static String resource(String template, String logicalId) throws JsonParseException {
    JsonObject root = (JsonObject) JsonParser.parse(template);
    JsonObject resources = (JsonObject) root.get("Resources").orElseThrow();
    return JsonWriter.compact(resources.get(logicalId).orElseThrow());
  }
}
