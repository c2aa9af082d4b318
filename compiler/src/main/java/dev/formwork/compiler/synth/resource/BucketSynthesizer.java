package dev.formwork.compiler.synth.resource;

import dev.formwork.compiler.synth.ResourceSynthesizer;
import dev.formwork.compiler.synth.StackIdentity;
import dev.formwork.compiler.synth.SynthesisContext;
import dev.formwork.compiler.synth.ref.BucketRef;
import dev.formwork.compiler.synth.stack.BucketNotifications;
import dev.formwork.compiler.template.Cf;
import dev.formwork.compiler.template.CfResource;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.model.BucketResource;
import dev.formwork.schema.model.BucketResource.AccessMode;
import dev.formwork.schema.node.ConfigNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Synthesizes a {@code bucket}: {@code <X>Bucket} (AWS::S3::Bucket, deterministic name, public
 * access blocked, SSE-S3) and {@code <X>BucketPolicy} (AWS::S3::BucketPolicy) when it is
 * public-read or has policy statements. The bucket goes to {@link BucketNotifications}, which
 * writes it after the functions, with the notifications their s3 events add.
 */
public final class BucketSynthesizer implements ResourceSynthesizer<BucketResource> {

  static final List<String> DEFAULT_CORS_HEADERS =
      List.of(
          "Authorization",
          "Content-Length",
          "Content-Type",
          "Content-MD5",
          "Date",
          "Expect",
          "Host",
          "x-amz-content-sha256",
          "x-amz-date",
          "x-amz-security-token");
  static final List<String> DEFAULT_CORS_METHODS = List.of("GET", "PUT", "HEAD", "POST", "DELETE");

  @Override
  public Class<BucketResource> type() {
    return BucketResource.class;
  }

  @Override
  public BucketRef ref(String name, BucketResource resource, StackIdentity stack) {
    return new BucketRef(name, stack.stackName());
  }

  @Override
  public void synthesize(String name, BucketResource resource, SynthesisContext context) {
    BucketRef bucket = new BucketRef(name, context.stack().stackName());
    ConfigPath path = ConfigPath.of("resources", name);
    ConfigPath propertiesPath = path.key("properties");
    BucketResource.Properties properties = resource.properties();
    AccessMode mode =
        properties.accessibility().isPresent()
            ? properties.accessibility().get().accessibilityMode()
            : AccessMode.PRIVATE;
    if (mode == AccessMode.PUBLIC_READ_WRITE) {
      context
          .diagnostics()
          .valueError(
              Code.SECURITY_PUBLIC_BUCKET,
              propertiesPath.key("accessibility").key("accessibilityMode"),
              "formwork does not create world-writable buckets: public-read-write lets anyone"
                  + " overwrite or delete objects.",
              "Use public-read, or grant writers through accessPolicyStatements or connectTo.");
      return;
    }
    JsonObject.Builder json =
        JsonObject.builder()
            .put("BucketName", bucket.bucketName())
            // Objects belong to the bucket owner and ACLs are disabled (S3's default since April
            // 2023).
            .put(
                "OwnershipControls",
                JsonObject.of(
                    "Rules",
                    JsonArray.of(
                        JsonObject.of("ObjectOwnership", new JsonString("BucketOwnerEnforced")))))
            .put("PublicAccessBlockConfiguration", publicAccessBlock(mode));
    if (properties.encryption()) {
      json.put(
          "BucketEncryption",
          JsonObject.of(
              "ServerSideEncryptionConfiguration",
              JsonArray.of(
                  JsonObject.of(
                      "ServerSideEncryptionByDefault",
                      JsonObject.of("SSEAlgorithm", new JsonString("AES256"))))));
    }
    if (properties.versioning()) {
      json.put("VersioningConfiguration", JsonObject.of("Status", new JsonString("Enabled")));
    }
    if (properties.cors().isPresent() && properties.cors().get().enabled()) {
      json.put("CorsConfiguration", cors(properties.cors().get()));
    }
    if (!properties.lifecycleRules().isEmpty()) {
      List<JsonValue> rules = new ArrayList<>();
      for (BucketResource.LifecycleRule rule : properties.lifecycleRules()) {
        rules.add(LifecycleRules.toJson(rule));
      }
      json.put("LifecycleConfiguration", JsonObject.of("Rules", new JsonArray(rules)));
    }
    context
        .bucketNotifications()
        .addBucket(
            new BucketNotifications.Bucket(
                bucket, json.build(), properties.enableEventBusNotifications(), path));
    policy(bucket, mode, properties, propertiesPath, context);
  }

  /**
   * All four blocks on; public-read keeps ACLs blocked and allows only the explicit public policy.
   */
  private static JsonValue publicAccessBlock(AccessMode mode) {
    boolean policyAllowed = mode == AccessMode.PUBLIC_READ;
    return JsonObject.builder()
        .put("BlockPublicAcls", true)
        .put("BlockPublicPolicy", !policyAllowed)
        .put("IgnorePublicAcls", true)
        .put("RestrictPublicBuckets", !policyAllowed)
        .build();
  }

  private static JsonValue cors(BucketResource.Cors cors) {
    List<JsonValue> rules = new ArrayList<>();
    if (cors.corsRules().isEmpty()) {
      rules.add(
          JsonObject.builder()
              .put("AllowedHeaders", JsonArray.ofStrings(DEFAULT_CORS_HEADERS))
              .put("AllowedMethods", JsonArray.ofStrings(DEFAULT_CORS_METHODS))
              .put("AllowedOrigins", JsonArray.ofStrings(List.of("*")))
              .build());
    }
    for (BucketResource.CorsRule rule : cors.corsRules()) {
      JsonObject.Builder json =
          JsonObject.builder()
              .put(
                  "AllowedMethods",
                  JsonArray.ofStrings(
                      rule.allowedMethods().isEmpty()
                          ? DEFAULT_CORS_METHODS
                          : rule.allowedMethods()))
              .put(
                  "AllowedOrigins",
                  JsonArray.ofStrings(
                      rule.allowedOrigins().isEmpty() ? List.of("*") : rule.allowedOrigins()));
      if (!rule.allowedHeaders().isEmpty()) {
        json.put("AllowedHeaders", JsonArray.ofStrings(rule.allowedHeaders()));
      }
      if (!rule.exposedResponseHeaders().isEmpty()) {
        json.put("ExposedHeaders", JsonArray.ofStrings(rule.exposedResponseHeaders()));
      }
      json.putIfPresent("MaxAge", rule.maxAge());
      rules.add(json.build());
    }
    return JsonObject.of("CorsRules", new JsonArray(rules));
  }

  private static void policy(
      BucketRef bucket,
      AccessMode mode,
      BucketResource.Properties properties,
      ConfigPath propertiesPath,
      SynthesisContext context) {
    List<JsonValue> statements = new ArrayList<>();
    JsonValue arn = bucket.arn();
    JsonValue objects = bucket.objectsArn();
    if (mode == AccessMode.PUBLIC_READ) {
      statements.add(
          JsonObject.builder()
              .put("Action", "s3:GetObject")
              .put("Effect", "Allow")
              .put("Principal", JsonObject.of("AWS", new JsonString("*")))
              .put("Resource", objects)
              .put("Sid", "PublicRead")
              .build());
    }
    List<ConfigNode> extra =
        properties.accessibility().isPresent()
            ? properties.accessibility().get().accessPolicyStatements()
            : List.of();
    for (int i = 0; i < extra.size(); i++) {
      JsonValue statement =
          context
              .values()
              .resolve(
                  extra.get(i),
                  propertiesPath.key("accessibility").key("accessPolicyStatements").index(i));
      if (statement instanceof JsonObject object && !object.has("Effect")) {
        statement = object.with("Effect", new JsonString("Allow"));
      }
      statements.add(statement);
    }
    if (statements.isEmpty()) {
      return;
    }
    // Denying plain HTTP is S3's own recommendation:
    // https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html
    statements.add(
        JsonObject.builder()
            .put("Action", "s3:*")
            .put(
                "Condition",
                JsonObject.of(
                    "Bool", JsonObject.of("aws:SecureTransport", new JsonString("false"))))
            .put("Effect", "Deny")
            .put("Principal", JsonObject.of("AWS", new JsonString("*")))
            .put("Resource", JsonArray.of(arn, objects))
            .put("Sid", "DenyInsecureTransport")
            .build());
    context
        .template()
        .add(
            bucket.policyLogicalId(),
            CfResource.of(
                "AWS::S3::BucketPolicy",
                JsonObject.builder()
                    .put("Bucket", Cf.ref(bucket.logicalId()))
                    .put(
                        "PolicyDocument",
                        JsonObject.builder()
                            .put("Statement", new JsonArray(statements))
                            .put("Version", "2012-10-17")
                            .build())
                    .build()),
            ConfigPath.of("resources", bucket.name()),
            bucket.name());
  }
}
