package dev.formwork.schema.model.stack;

import dev.formwork.schema.bind.Doc;
import dev.formwork.schema.value.TextValue;
import java.util.List;
import java.util.Optional;

/** Credentials and settings for third-party providers. */
@Doc("Third-party provider credentials. Use $Secret() for keys.")
public record ProviderConfig(Optional<MongoDbAtlas> mongoDbAtlas, Optional<Upstash> upstash) {

  /** MongoDB Atlas API access. */
  @Doc("MongoDB Atlas API keys and network accessibility.")
  public record MongoDbAtlas(
      Optional<TextValue> publicKey,
      Optional<TextValue> privateKey,
      Optional<String> organizationId,
      Optional<Accessibility> accessibility) {}

  /** Atlas network accessibility. */
  @Doc("Who can reach Atlas clusters.")
  public record Accessibility(
      @dev.formwork.schema.bind.Default("internet") String accessibilityMode, List<String> whitelistedIps) {}

  /** Upstash API access. */
  @Doc("Upstash account credentials.")
  public record Upstash(String accountEmail, TextValue apiKey) {}
}
