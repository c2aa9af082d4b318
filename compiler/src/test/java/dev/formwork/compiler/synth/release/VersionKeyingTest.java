package dev.formwork.compiler.synth.release;

import static org.assertj.core.api.Assertions.assertThat;

import dev.formwork.compiler.testing.CompileFixture;
import dev.formwork.schema.artifact.Artifact;
import dev.formwork.schema.artifact.ArtifactKind;
import dev.formwork.schema.artifact.ArtifactManifest;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonParseException;
import dev.formwork.schema.json.JsonParser;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.json.JsonWriter;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The version is keyed by content: a new AWS::Lambda::Version exactly when code or configuration
 * changes, with nothing else in the template moving; and logical IDs never depend on list order.
 */
class VersionKeyingTest {

  private static final String DIGEST_A =
      "9f2c1a7e5b3d4c6e8f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60";
  private static final String DIGEST_B =
      "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

  private static final String CONFIG =
      """
      serviceName: shop
      resources:
        orders:
          type: function
          properties:
            packaging:
              type: stacktape-lambda-buildpack
              properties:
                entryfilePath: src/orders.ts
            memory: %d
            tags:
              - name: team
                value: %s
            url:
              enabled: true
            deployment:
              strategy: Linear10PercentEvery1Minute
              beforeAllowTrafficFunction: smoke
              alarms:
                - orders.errors
            aliases:
              - name: DEV
                version: latest
              - name: PROD
                version: 3
                routing:
                  version: 4
                  weight: 0.2
            alarms:
              - name: errors
                trigger:
                  type: lambda-error-rate
                  properties:
                    thresholdPercent: 1
              - name: slow
                trigger:
                  type: lambda-duration
                  properties:
                    thresholdMilliseconds: 900
        smoke:
          type: function
          properties:
            packaging:
              type: stacktape-lambda-buildpack
              properties:
                entryfilePath: src/smoke.ts
      """;

  @Test
  void aNewCodeDigestChangesOnlyTheCodeTheVersionAndTheAliasesFollowingIt() {
    Map<String, String> a = flatten(compile(config(1024, "core"), manifest(DIGEST_A)));
    Map<String, String> b = flatten(compile(config(1024, "core"), manifest(DIGEST_B)));
    String versionA = versionId(a);
    String versionB = versionId(b);
    assertThat(versionB).isNotEqualTo(versionA);
    assertThat(changedOutside(a, b, versionA, versionB))
        .containsExactlyInAnyOrder(
            "Resources.OrdersFunction.Properties.Code.S3Key",
            "Resources.OrdersStpAlias.Properties.FunctionVersion.Fn::GetAtt[0]",
            "Resources.OrdersDevAlias.Properties.FunctionVersion.Fn::GetAtt[0]");
    // The version itself carries the digest, so Lambda refuses to publish other code under it.
    assertThat(b)
        .containsEntry(
            "Resources." + versionB + ".Properties.CodeSha256",
            "\"ASNFZ4mrze8BI0VniavN7wEjRWeJq83vASNFZ4mrze8=\"");
  }

  @Test
  void changingOnlyMemoryPublishesANewVersionAndNothingElseMoves() {
    Map<String, String> small = flatten(compile(config(512, "core")));
    Map<String, String> large = flatten(compile(config(2048, "core")));
    String versionSmall = versionId(small);
    String versionLarge = versionId(large);
    assertThat(versionLarge).isNotEqualTo(versionSmall);
    assertThat(changedOutside(small, large, versionSmall, versionLarge))
        .containsExactlyInAnyOrder(
            "Resources.OrdersFunction.Properties.MemorySize",
            "Resources.OrdersStpAlias.Properties.FunctionVersion.Fn::GetAtt[0]",
            "Resources.OrdersDevAlias.Properties.FunctionVersion.Fn::GetAtt[0]");
  }

  @Test
  void anUnchangedRedeployPublishesNothingAndTagsDoNotPublishAVersion() {
    String first = compile(config(1024, "core"), manifest(DIGEST_A));
    assertThat(compile(config(1024, "core"), manifest(DIGEST_A))).isEqualTo(first);
    Map<String, String> tagged = flatten(compile(config(1024, "payments"), manifest(DIGEST_A)));
    // Lambda does not version tags, so retagging keeps the published version.
    assertThat(versionId(tagged)).isEqualTo(versionId(flatten(first)));
  }

  @Test
  void anOverrideOfTheFunctionPublishesANewVersion() {
    String plain = config(1024, "core");
    String overridden =
        plain.replace(
            "    type: function\n"
                + "    properties:\n"
                + "      packaging:\n"
                + "        type: stacktape-lambda-buildpack\n"
                + "        properties:\n"
                + "          entryfilePath: src/orders.ts",
            "    type: function\n"
                + "    overrides:\n"
                + "      OrdersFunction:\n"
                + "        Description: orders v2\n"
                + "    properties:\n"
                + "      packaging:\n"
                + "        type: stacktape-lambda-buildpack\n"
                + "        properties:\n"
                + "          entryfilePath: src/orders.ts");
    assertThat(overridden).isNotEqualTo(plain);
    assertThat(versionId(flatten(compile(overridden))))
        .isNotEqualTo(versionId(flatten(compile(plain))));
  }

  @Test
  void reorderingAliasesAlarmsAndResourcesChangesNoByte() {
    String original = config(1024, "core");
    String dev = "        - name: DEV\n          version: latest\n";
    String prod =
        "        - name: PROD\n"
            + "          version: 3\n"
            + "          routing:\n"
            + "            version: 4\n"
            + "            weight: 0.2\n";
    String reordered = original.replace(dev + prod, prod + dev);
    reordered = swapAlarms(reordered);
    assertThat(reordered).as("the fixture must really reorder").isNotEqualTo(original);
    assertThat(compile(reordered)).isEqualTo(compile(original));
  }

  private static String swapAlarms(String config) {
    int errors = config.indexOf("        - name: errors\n");
    int slow = config.indexOf("        - name: slow\n");
    int end = config.indexOf("  smoke:\n");
    String errorsBlock = config.substring(errors, slow);
    String slowBlock = config.substring(slow, end);
    return config.substring(0, errors) + slowBlock + errorsBlock + config.substring(end);
  }

  private static String config(int memory, String team) {
    return String.format(CONFIG, memory, team);
  }

  private static ArtifactManifest manifest(String digest) {
    return new ArtifactManifest(
        Map.of(
            "orders", new Artifact("orders", ArtifactKind.FUNCTION, digest, "orders.zip", 100, 200),
            "smoke",
                new Artifact("smoke", ArtifactKind.FUNCTION, DIGEST_A, "smoke.zip", 100, 200)));
  }

  private static String compile(String config) {
    return CompileFixture.template(config);
  }

  private static String compile(String config, ArtifactManifest manifest) {
    return CompileFixture.template(config, CompileFixture.options().manifest(manifest));
  }

  private static String versionId(Map<String, String> flat) {
    TreeSet<String> ids = new TreeSet<>();
    flat.forEach(
        (path, value) -> {
          if (path.endsWith(".Type")
              && value.equals("\"AWS::Lambda::Version\"")
              && path.startsWith("Resources.Orders")) {
            ids.add(path.substring("Resources.".length(), path.length() - ".Type".length()));
          }
        });
    assertThat(ids).as("one version of orders").hasSize(1);
    return ids.first();
  }

  /**
   * Paths whose value differs, after renaming version A to version B (so the rename itself is not a
   * difference).
   */
  private static Set<String> changedOutside(
      Map<String, String> a, Map<String, String> b, String versionA, String versionB) {
    Map<String, String> renamed = new TreeMap<>();
    a.forEach(
        (path, value) ->
            renamed.put(path.replace(versionA, versionB), value.replace(versionA, versionB)));
    Set<String> changed = new TreeSet<>();
    Set<String> paths = new TreeSet<>(renamed.keySet());
    paths.addAll(b.keySet());
    for (String path : paths) {
      if (!String.valueOf(renamed.get(path)).equals(String.valueOf(b.get(path)))
          && !path.startsWith("Resources." + versionB + ".Properties.CodeSha256")) {
        changed.add(path);
      }
    }
    // The alias's FunctionVersion names the version, so it changes exactly with it.
    for (String path : Set.copyOf(b.keySet())) {
      if (path.endsWith("FunctionVersion.Fn::GetAtt[0]")
          && !a.getOrDefault(path, "").equals(b.get(path))) {
        changed.add(path);
      }
    }
    return changed;
  }

  private static Map<String, String> flatten(String template) {
    Map<String, String> flat = new TreeMap<>();
    try {
      flatten(JsonParser.parse(template), "", flat);
    } catch (JsonParseException broken) {
      throw new AssertionError(broken);
    }
    return flat;
  }

  private static void flatten(JsonValue value, String path, Map<String, String> out) {
    if (value instanceof JsonObject object) {
      object
          .members()
          .forEach((key, member) -> flatten(member, path.isEmpty() ? key : path + "." + key, out));
    } else if (value instanceof JsonArray array) {
      for (int i = 0; i < array.size(); i++) {
        flatten(array.get(i), path + "[" + i + "]", out);
      }
    } else {
      out.put(path, JsonWriter.compact(value));
    }
  }
}
