package dev.formwork.schema.model.stack;

import dev.formwork.schema.bind.ConfigEnum;
import dev.formwork.schema.bind.Default;
import dev.formwork.schema.bind.Doc;
import dev.formwork.schema.bind.Required;
import dev.formwork.schema.value.TextValue;
import java.util.List;
import java.util.Optional;

/** Credentials and settings for third-party providers. */
@Doc("Third-party provider credentials. Use $Secret() for keys.")
public record ProviderConfig(Optional<MongoDbAtlas> mongoDbAtlas, Optional<Upstash> upstash) {

  /** MongoDB Atlas API access. */
  @Doc("MongoDB Atlas API keys and network accessibility.")
  public record MongoDbAtlas(
      @Doc(
              "Public key of an Atlas organization API key (an identifier, like a user name; may be"
                  + " plain text).")
          @Required
          TextValue publicKey,
      @Doc(
              "Private key of the Atlas API key, as $Secret('name.key'). Plain text is accepted"
                  + " with a warning and passed as a NoEcho template parameter at deploy time.")
          @Required
          TextValue privateKey,
      @Doc("Atlas organization in which formwork creates the stack's project.") @Required
          String organizationId,
      @Doc("Who can reach the stack's Atlas clusters.") Optional<Accessibility> accessibility) {}

  /** Atlas network accessibility. */
  @Doc("Who can reach Atlas clusters.")
  public record Accessibility(
      @Doc(
              "internet: anywhere (credentials still required); vpc / scoping-workloads-in-vpc:"
                  + " only from the stack VPC; whitelisted-ips-only: only whitelistedIps.")
          @Default("internet")
          AtlasAccessibilityMode accessibilityMode,
      @Doc("IP addresses or CIDR ranges that may also connect.") List<String> whitelistedIps) {}

  /** Atlas accessibility modes. */
  public enum AtlasAccessibilityMode implements ConfigEnum {
    INTERNET("internet"),
    VPC("vpc"),
    SCOPING_WORKLOADS_IN_VPC("scoping-workloads-in-vpc"),
    WHITELISTED_IPS_ONLY("whitelisted-ips-only");

    private final String value;

    AtlasAccessibilityMode(String value) {
      this.value = value;
    }

    @Override
    public String configValue() {
      return value;
    }
  }

  /** Upstash API access. */
  @Doc("Upstash account credentials.")
  public record Upstash(
      @Doc("Email address of the Upstash account.") @Required String accountEmail,
      @Doc(
              "Upstash management API key, as $Secret('name.key'). Plain text is accepted with a"
                  + " warning and passed as a NoEcho template parameter at deploy time.")
          @Required
          TextValue apiKey) {}
}
