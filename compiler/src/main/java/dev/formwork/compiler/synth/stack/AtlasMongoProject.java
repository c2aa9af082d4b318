package dev.formwork.compiler.synth.stack;

import dev.formwork.compiler.naming.LogicalIds;
import dev.formwork.compiler.synth.SynthesisContext;
import dev.formwork.compiler.template.Cf;
import dev.formwork.compiler.template.CfResource;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.json.JsonWriter;
import dev.formwork.schema.model.stack.ProviderConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The stack's MongoDB Atlas project, created once for all its clusters: {@code
 * StpAtlasMongoProject} (MongoDB::Atlas::Project in {@code
 * providerConfig.mongoDbAtlas.organizationId}) and the credentials profile the MongoDB::Atlas types
 * read, {@code StpAtlasMongoProfileSecret} (AWS::SecretsManager::Secret named {@code
 * cfn/atlas/profile/<stack>}, built from dynamic references), and {@code
 * StpAtlasMongoProjectIpAccessList} (MongoDB::Atlas::ProjectIpAccessList) for the addresses the
 * accessibility mode admits.
 *
 * <p>The public MongoDB::Atlas registry types take no API keys as properties: each resource names a
 * {@code Profile}, and the handler reads the secret {@code cfn/atlas/profile/<Profile>} with keys
 * {@code PublicKey} and {@code PrivateKey}:
 * https://github.com/mongodb/mongodbatlas-cloudformation-resources#2-configure-your-profile
 */
public final class AtlasMongoProject {

  public static final String PROJECT = "StpAtlasMongoProject";
  public static final String PROFILE_SECRET = "StpAtlasMongoProfileSecret";
  public static final String ACCESS_LIST = "StpAtlasMongoProjectIpAccessList";

  private AtlasMongoProject() {}

  /** The profile name of this stack's Atlas resources: the stack name. */
  public static String profile(SynthesisContext context) {
    return context.stack().stackName();
  }

  /**
   * {@code Fn::GetAtt StpAtlasMongoProject.Id}: a project's identifier (its only primary
   * identifier).
   */
  public static JsonValue projectId() {
    return Cf.getAtt(PROJECT, "Id");
  }

  /** Adds the project and the profile secret unless an earlier cluster did. */
  public static void ensure(
      ProviderConfig.MongoDbAtlas atlas,
      ConfigPath owner,
      String ownerName,
      SynthesisContext context) {
    context.cached(
        "atlas-mongo-project",
        () -> {
          add(atlas, owner, ownerName, context);
          return Boolean.TRUE;
        });
  }

  private static void add(
      ProviderConfig.MongoDbAtlas atlas,
      ConfigPath owner,
      String ownerName,
      SynthesisContext context) {
    String profile = profile(context);
    JsonValue publicKey =
        context.values().resolve(atlas.publicKey(), ThirdPartyProviders.ATLAS.key("publicKey"));
    JsonValue privateKey =
        PlainTextSecrets.resolve(
            atlas.privateKey(),
            ThirdPartyProviders.ATLAS.key("privateKey"),
            LogicalIds.providerKeyParameter("atlas", "privateKey"),
            "MongoDB Atlas private key",
            context);
    JsonValue secretString =
        concat(
            List.of(
                new JsonString("{\"PrivateKey\":"),
                quoted(privateKey),
                new JsonString(",\"PublicKey\":"),
                quoted(publicKey),
                new JsonString("}")));
    context
        .template()
        .add(
            PROFILE_SECRET,
            CfResource.of(
                "AWS::SecretsManager::Secret",
                JsonObject.builder()
                    .put(
                        "Description",
                        "MongoDB Atlas API key of stack "
                            + context.stack().stackName()
                            + ", read by the MongoDB::Atlas resource types")
                    .put("Name", "cfn/atlas/profile/" + profile)
                    .put("SecretString", secretString)
                    .build()),
            owner,
            ownerName);
    context
        .template()
        .add(
            PROJECT,
            CfResource.of(
                    "MongoDB::Atlas::Project",
                    JsonObject.builder()
                        .put("Name", context.stack().stackName())
                        .put("OrgId", atlas.organizationId())
                        .put("Profile", profile)
                        .build())
                .dependingOn(List.of(PROFILE_SECRET)),
            owner,
            ownerName);
    addAccessList(atlas, profile, owner, ownerName, context);
  }

  /**
   * Atlas refuses every address not in the project's access list: mode internet admits 0.0.0.0/0,
   * and whitelistedIps are admitted in every mode. The VPC modes need network peering, which
   * formwork does not create (see docs/third-party-resources.md), so they only get the whitelisted
   * addresses.
   */
  private static void addAccessList(
      ProviderConfig.MongoDbAtlas atlas,
      String profile,
      ConfigPath owner,
      String ownerName,
      SynthesisContext context) {
    List<JsonValue> entries = new ArrayList<>();
    if (ThirdPartyProviders.atlasAccessibility(context)
        == ProviderConfig.AtlasAccessibilityMode.INTERNET) {
      entries.add(
          JsonObject.builder()
              .put("CIDRBlock", "0.0.0.0/0")
              .put("Comment", "accessibilityMode internet (formwork)")
              .build());
    }
    List<String> whitelisted =
        atlas.accessibility().isPresent()
            ? atlas.accessibility().get().whitelistedIps()
            : List.of();
    for (String address : new TreeSet<>(whitelisted)) {
      entries.add(
          JsonObject.builder()
              .put(address.contains("/") ? "CIDRBlock" : "IPAddress", address)
              .put("Comment", "whitelistedIps (formwork)")
              .build());
    }
    ProviderConfig.AtlasAccessibilityMode mode = ThirdPartyProviders.atlasAccessibility(context);
    if (mode == ProviderConfig.AtlasAccessibilityMode.VPC
        || mode == ProviderConfig.AtlasAccessibilityMode.SCOPING_WORKLOADS_IN_VPC) {
      context
          .diagnostics()
          .valueWarning(
              Code.ATLAS_NO_PEERING,
              ThirdPartyProviders.ATLAS.key("accessibility").key("accessibilityMode"),
              "formwork does not create the Atlas network peering that accessibilityMode "
                  + mode.configValue()
                  + " needs, so the stack VPC reaches the Atlas clusters only through peering you"
                  + " set up.",
              "Set up VPC peering in Atlas, or use accessibilityMode internet or"
                  + " whitelisted-ips-only.");
    }
    if (entries.isEmpty()) {
      return;
    }
    context
        .template()
        .add(
            ACCESS_LIST,
            CfResource.of(
                "MongoDB::Atlas::ProjectIpAccessList",
                JsonObject.builder()
                    .put("AccessList", new JsonArray(entries))
                    .put("Profile", profile)
                    .put("ProjectId", projectId())
                    .build()),
            owner,
            ownerName);
  }

  /** One string when every part is text (dynamic references included), else an Fn::Join. */
  private static JsonValue concat(List<JsonValue> parts) {
    StringBuilder text = new StringBuilder();
    for (JsonValue part : parts) {
      if (!(part instanceof JsonString string)) {
        return Cf.join("", parts);
      }
      text.append(string.value());
    }
    return new JsonString(text.toString());
  }

  /** A JSON string literal: a literal value escaped, a reference or intrinsic between quotes. */
  private static JsonValue quoted(JsonValue value) {
    if (value instanceof JsonString text) {
      // A dynamic reference is replaced by CloudFormation after this text is built, so it is only
      // quoted.
      return new JsonString(
          text.value().startsWith("{{resolve:")
              ? "\"" + text.value() + "\""
              : JsonWriter.compact(text));
    }
    return concat(List.of(new JsonString("\""), value, new JsonString("\"")));
  }
}
