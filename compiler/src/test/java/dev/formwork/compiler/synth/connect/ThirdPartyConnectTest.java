package dev.formwork.compiler.synth.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.formwork.compiler.CompileOptions;
import dev.formwork.compiler.CompileRequest;
import dev.formwork.compiler.CompileResult;
import dev.formwork.compiler.Compiler;
import dev.formwork.compiler.directive.RealDirectiveHost;
import dev.formwork.compiler.report.DiagnosticRenderer;
import dev.formwork.compiler.source.YamlLimits;
import dev.formwork.compiler.source.YamlSourceLoader;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonParser;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.json.JsonWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

  @TempDir Path folder;

  @Test
  void reorderingConnectToChangesNoByteOfTheTemplate() {
    String original = compileOk(TARGETS);
    List<String> reversed = new ArrayList<>(TARGETS);
    Collections.reverse(reversed);
    assertEquals(original, compileOk(reversed));
    for (int shift = 1; shift < TARGETS.size(); shift++) {
      List<String> rotated = new ArrayList<>(TARGETS);
      Collections.rotate(rotated, shift);
      assertEquals(original, compileOk(rotated));
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
    assertEquals(List.of("shop-dev-analytics", "shop-dev-orders"), scopes);
    assertEquals(
        JsonArray.of(new JsonString("AnalyticsCluster"), new JsonString("OrdersCluster")),
        user.get("DependsOn").orElseThrow());
    JsonObject function = (JsonObject) resources.get("ApiFunction").orElseThrow();
    assertTrue(
        ((JsonArray) function.get("DependsOn").orElseThrow())
            .items()
            .contains(new JsonString("ApiAtlasMongoDatabaseUser")));
    assertFalse(JsonWriter.compact(properties).contains("shop-dev-archive"));
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
    assertEquals(policiesBucketOnly, policiesAll);
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
      assertTrue(withAll.contains("\"" + variable + "\""), variable);
    }
    assertFalse(withAll.contains("STP_ARCHIVE_"));
  }

  @Test
  void literalKeysAppearInNoDiagnostic() {
    String config =
        HEADER
            .replace("$Secret('upstash.apiKey')", "canary-upstash-4711")
            .replace("privateKey: $Secret('atlas.privateKey')", "privateKey: canary-atlas-4712");
    CompileResult result = compile(config + function(TARGETS));
    assertTrue(result.hasErrors());
    String text =
        new DiagnosticRenderer(file -> Optional.of(config + function(TARGETS)))
            .text(result.diagnostics());
    String json =
        new DiagnosticRenderer(file -> Optional.of(config + function(TARGETS)))
            .json(result.diagnostics());
    for (String output : List.of(text, json)) {
      assertFalse(output.contains("canary-upstash-4711"), output);
      assertFalse(output.contains("canary-atlas-4712"), output);
    }
    assertTrue(text.contains("security.plain-text-api-key"));
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

  private String compileOk(List<String> targets) {
    CompileResult result = compile(HEADER + function(targets));
    assertFalse(result.hasErrors(), () -> "compile failed: " + result.diagnostics());
    return JsonWriter.pretty(result.template().orElseThrow().toJson());
  }

  private CompileResult compile(String config) {
    YamlSourceLoader loader = new YamlSourceLoader(YamlLimits.defaults());
    RealDirectiveHost host =
        new RealDirectiveHost(
            folder,
            Map.of(),
            (label, text) ->
                loader.load(label, text.getBytes(StandardCharsets.UTF_8)).root().map(root -> root),
            Duration.ofSeconds(30));
    CompileOptions options =
        new CompileOptions(
            "dev", "eu-west-1", Optional.empty(), "shop", Map.of(), Optional.empty());
    return new Compiler(loader)
        .compile(
            new CompileRequest(
                "formwork.yml", config.getBytes(StandardCharsets.UTF_8), folder, options, host));
  }
}
