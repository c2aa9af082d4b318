package dev.formwork.compiler.synth.resource;

import dev.formwork.compiler.naming.LogicalIds;
import dev.formwork.compiler.naming.PhysicalNames;
import dev.formwork.compiler.synth.ResourceSynthesizer;
import dev.formwork.compiler.synth.StackIdentity;
import dev.formwork.compiler.synth.SynthesisContext;
import dev.formwork.compiler.synth.ref.UpstashRedisRef;
import dev.formwork.compiler.synth.stack.PlainTextSecrets;
import dev.formwork.compiler.synth.stack.ThirdPartyProviders;
import dev.formwork.compiler.template.CfResource;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.model.UpstashRedisResource;
import dev.formwork.schema.model.stack.ProviderConfig;
import java.util.List;
import java.util.Optional;

/**
 * Synthesizes an {@code upstash-redis} as {@code <Name>Database} of the public registry type
 * Upstash::DatabasesV1::Database, with the API credentials of {@code providerConfig.upstash} (the
 * key as a dynamic reference, never in plain text).
 */
public final class UpstashRedisSynthesizer implements ResourceSynthesizer<UpstashRedisResource> {

  static final String TYPE = "Upstash::DatabasesV1::Database";

  /**
   * Regions Upstash offers on AWS. A stack elsewhere gets the first one on its own continent (same
   * region prefix), else us-east-1, as Stacktape picks the "best fitting" region.
   */
  static final List<String> REGIONS =
      List.of(
          "us-east-1",
          "us-west-1",
          "us-west-2",
          "eu-west-1",
          "eu-central-1",
          "ap-southeast-1",
          "ap-southeast-2",
          "sa-east-1");

  @Override
  public Class<UpstashRedisResource> type() {
    return UpstashRedisResource.class;
  }

  @Override
  public UpstashRedisRef ref(String name, UpstashRedisResource resource, StackIdentity stack) {
    return new UpstashRedisRef(name);
  }

  @Override
  public void synthesize(String name, UpstashRedisResource resource, SynthesisContext context) {
    ConfigPath path = ConfigPath.of("resources", name);
    Optional<ProviderConfig.Upstash> upstash =
        ThirdPartyProviders.upstash(context, path.key("type"), name);
    if (upstash.isEmpty()) {
      return;
    }
    JsonValue key =
        context.cached(
            "upstash-api-key",
            () ->
                PlainTextSecrets.resolve(
                    upstash.get().apiKey(),
                    ThirdPartyProviders.UPSTASH.key("apiKey"),
                    LogicalIds.providerKeyParameter("upstash", "apiKey"),
                    "Upstash API key",
                    context));
    context
        .template()
        .add(
            LogicalIds.upstashDatabase(name),
            CfResource.of(
                TYPE,
                JsonObject.builder()
                    .put(
                        "ApiCredentials",
                        JsonObject.builder()
                            .put("Email", upstash.get().accountEmail())
                            .put("Key", key)
                            .build())
                    .put(
                        "DatabaseName",
                        PhysicalNames.fit(context.stack().stackName() + "-" + name, 64))
                    .put("EvictionEnabled", resource.properties().enableEviction())
                    .put("Region", region(context.stack().region()))
                    .put("Tls", true)
                    .build()),
            path,
            name);
  }

  static String region(String stackRegion) {
    if (REGIONS.contains(stackRegion)) {
      return stackRegion;
    }
    String continent = stackRegion.substring(0, stackRegion.indexOf('-') + 1);
    for (String region : REGIONS) {
      if (region.startsWith(continent)) {
        return region;
      }
    }
    return "us-east-1";
  }
}
