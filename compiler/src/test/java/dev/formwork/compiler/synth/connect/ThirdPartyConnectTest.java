package dev.formwork.compiler.synth.connect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.formwork.compiler.CompileResult;
import dev.formwork.compiler.report.DiagnosticRenderer;
import dev.formwork.compiler.testing.CompileFixture;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonParser;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.json.JsonWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * connectTo the third-party targets (upstash-redis, mongo-db-atlas-cluster): order independence of
 * the Atlas database user, its scopes, no IAM grants, and no plain-text key in any output.
 */
class ThirdPartyConnectTest {

  private static final String HEADER =
      """
      serviceName: shop
      providerConfig:
        upstash: {accountEmail: ops@example.com, apiKey: $Secret('upstash.apiKey')}
        mongoDbAtlas:
          organizationId: 5f1b0c2d3e4f5a6b7c8d9e0f
          publicKey: $Secret('atlas.publicKey')
          privateKey: $Secret('atlas.privateKey')
      resources:
        cache: {type: upstash-redis}
        orders: {type: mongo-db-atlas-cluster, properties: {clusterTier: M10}}
        analytics: {type: mongo-db-atlas-cluster, properties: {clusterTier: M10}}
        archive: {type: mongo-db-atlas-cluster, properties: {clusterTier: M10}}
        uploads: {type: bucket}
      """;

  private static final List<String> TARGETS = List.of("orders", "cache", "analytics", "uploads");

  @Test
  void reorderingConnectToChangesNoByteOfTheTemplate() {
    String original = compileOk(TARGETS);
    List<String> reversed = new ArrayList<>(TARGETS);
    Collections.reverse(reversed);
    assertThat(compileOk(reversed)).isEqualTo(original);
    for (int shift = 1; shift < TARGETS.size(); shift++) {
      List<String> rotated = new ArrayList<>(TARGETS);
      Collections.rotate(rotated, shift);
      assertThat(compileOk(rotated)).isEqualTo(original);
    }
  }

  @Test
  void theDatabaseUserCoversExactlyTheConnectedClusters() throws Exception {
    JsonObject resources = resources(compileOk(TARGETS));
    JsonObject user = (JsonObject) resources.get("ApiAtlasMongoDatabaseUser").orElseThrow();
    JsonObject properties = (JsonObject) user.get("Properties").orElseThrow();
    List<String> scopes = new ArrayList<>();
    for (JsonValue scope : ((JsonArray) properties.get("Scopes").orElseThrow()).items()) {
      scopes.add(((JsonString) ((JsonObject) scope).get("Name").orElseThrow()).value());
    }
    assertThat(scopes).containsExactly("shop-dev-analytics", "shop-dev-orders");
    assertThat(user.get("DependsOn"))
        .contains(
            JsonArray.of(new JsonString("AnalyticsCluster"), new JsonString("OrdersCluster")));
    JsonObject function = (JsonObject) resources.get("ApiFunction").orElseThrow();
    assertThat(((JsonArray) function.get("DependsOn").orElseThrow()).items())
        .contains(new JsonString("ApiAtlasMongoDatabaseUser"));
    assertThat(JsonWriter.compact(properties)).doesNotContain("shop-dev-archive");
  }

  @Test
  void thirdPartyTargetsGrantNoIam() throws Exception {
    String withBucketOnly = compileOk(List.of("uploads"));
    String withAll = compileOk(TARGETS);
    JsonValue policiesBucketOnly =
        ((JsonObject)
                ((JsonObject) resources(withBucketOnly).get("ApiRole").orElseThrow())
                    .get("Properties")
                    .orElseThrow())
            .get("Policies")
            .orElseThrow();
    JsonValue policiesAll =
        ((JsonObject)
                ((JsonObject) resources(withAll).get("ApiRole").orElseThrow())
                    .get("Properties")
                    .orElseThrow())
            .get("Policies")
            .orElseThrow();
    assertThat(policiesAll).isEqualTo(policiesBucketOnly);
    for (String variable :
        List.of(
            "STP_CACHE_HOST",
            "STP_CACHE_PORT",
            "STP_CACHE_PASSWORD",
            "STP_CACHE_REST_TOKEN",
            "STP_CACHE_READ_ONLY_REST_TOKEN",
            "STP_CACHE_REST_URL",
            "STP_CACHE_REDIS_URL",
            "STP_ORDERS_CONNECTION_STRING",
            "STP_ANALYTICS_CONNECTION_STRING")) {
      assertThat(withAll).contains("\"" + variable + "\"");
    }
    assertThat(withAll).doesNotContain("STP_ARCHIVE_");
  }

  @Test
  void literalKeysAppearInNoDiagnosticAndNoTemplate() {
    String config =
        HEADER
            .replace("$Secret('upstash.apiKey')", "canary-upstash-4711")
            .replace("privateKey: $Secret('atlas.privateKey')", "privateKey: canary-atlas-4712");
    CompileResult result = CompileFixture.compile(config + function(TARGETS));
    assertThat(result.hasErrors()).isFalse();
    String text =
        new DiagnosticRenderer(file -> Optional.of(config + function(TARGETS)))
            .text(result.diagnostics());
    String json =
        new DiagnosticRenderer(file -> Optional.of(config + function(TARGETS)))
            .json(result.diagnostics());
    String template = JsonWriter.pretty(result.template().orElseThrow().toJson());
    for (String output : List.of(text, json, template, result.deployParameters().toString())) {
      assertThat(output).doesNotContain("canary-upstash-4711").doesNotContain("canary-atlas-4712");
    }
    assertThat(text).contains("security.plain-text-secret-parameter");
    // The keys go to deploy as NoEcho parameters, by name.
    assertThat(result.deployParameters().keySet())
        .containsExactly("AtlasPrivateKey", "UpstashApiKey");
    assertThat(template).contains("\"NoEcho\": true");
  }

  private static JsonObject resources(String template) throws Exception {
    return (JsonObject) ((JsonObject) JsonParser.parse(template)).get("Resources").orElseThrow();
  }

  private static String function(List<String> targets) {
    StringBuilder config =
        new StringBuilder(
            """
              api:
                type: function
                properties:
                  packaging: {type: stacktape-lambda-buildpack, properties: {entryfilePath: src/api.ts}}
                  connectTo:
            """);
    targets.forEach(target -> config.append("        - ").append(target).append('\n'));
    return config.toString();
  }

  private static String compileOk(List<String> targets) {
    return CompileFixture.template(HEADER + function(targets));
  }
}
