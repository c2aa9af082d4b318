package dev.formwork.compiler.synth.stack;

import dev.formwork.compiler.synth.SynthesisContext;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.model.stack.ProviderConfig;
import java.util.Optional;

/**
 * Looks up the {@code providerConfig} credentials that the third-party registry types need, and
 * reports a resource that uses a provider the config does not set up. Never reads or prints a key.
 */
public final class ThirdPartyProviders {

  private ThirdPartyProviders() {}

  public static final ConfigPath UPSTASH = ConfigPath.of("providerConfig", "upstash");
  public static final ConfigPath ATLAS = ConfigPath.of("providerConfig", "mongoDbAtlas");

  /** The Upstash credentials, or a diagnostic at the resource that needs them. */
  public static Optional<ProviderConfig.Upstash> upstash(
      SynthesisContext context, ConfigPath usedBy, String resourceName) {
    Optional<ProviderConfig> providers = context.config().providerConfig();
    Optional<ProviderConfig.Upstash> upstash =
        providers.isPresent() ? providers.get().upstash() : Optional.empty();
    if (upstash.isEmpty()) {
      context
          .diagnostics()
          .error(
              Code.CONFIG_MISSING_PROVIDER,
              usedBy,
              "upstash-redis '"
                  + resourceName
                  + "' needs Upstash credentials, but providerConfig.upstash is not set.",
              "Add providerConfig: {upstash: {accountEmail: you@example.com, apiKey:"
                  + " $Secret('upstash.apiKey')}}.");
    }
    return upstash;
  }

  /** The MongoDB Atlas credentials, or a diagnostic at the resource that needs them. */
  public static Optional<ProviderConfig.MongoDbAtlas> atlas(
      SynthesisContext context, ConfigPath usedBy, String resourceName) {
    Optional<ProviderConfig.MongoDbAtlas> atlas = configuredAtlas(context);
    if (atlas.isEmpty()) {
      context
          .diagnostics()
          .error(
              Code.CONFIG_MISSING_PROVIDER,
              usedBy,
              "mongo-db-atlas-cluster '"
                  + resourceName
                  + "' needs MongoDB Atlas credentials, but providerConfig.mongoDbAtlas is not"
                  + " set.",
              "Add providerConfig: {mongoDbAtlas: {organizationId: <org id>, publicKey: <public"
                  + " key>, privateKey: $Secret('atlas.privateKey')}}.");
    }
    return atlas;
  }

  /** The Atlas settings when present, without diagnostics. */
  public static Optional<ProviderConfig.MongoDbAtlas> configuredAtlas(SynthesisContext context) {
    Optional<ProviderConfig> providers = context.config().providerConfig();
    return providers.isPresent() ? providers.get().mongoDbAtlas() : Optional.empty();
  }

  /** The Atlas accessibility mode; {@code internet} when not set. */
  public static ProviderConfig.AtlasAccessibilityMode atlasAccessibility(SynthesisContext context) {
    Optional<ProviderConfig.MongoDbAtlas> atlas = configuredAtlas(context);
    return atlas.isPresent() && atlas.get().accessibility().isPresent()
        ? atlas.get().accessibility().get().accessibilityMode()
        : ProviderConfig.AtlasAccessibilityMode.INTERNET;
  }
}
