package dev.formwork.compiler.synth.function;

import dev.formwork.compiler.synth.SynthesisContext;
import dev.formwork.compiler.synth.TemplateValues;
import dev.formwork.compiler.synth.ref.LayerRef;
import dev.formwork.compiler.template.Cf;
import dev.formwork.compiler.template.CfResource;
import dev.formwork.compiler.template.PolicyStatement;
import dev.formwork.compiler.template.TrustPolicy;
import dev.formwork.schema.artifact.Artifact;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonNull;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.json.JsonWriter;
import dev.formwork.schema.model.Tag;
import dev.formwork.schema.model.function.FunctionLogging;
import dev.formwork.schema.model.function.FunctionProperties;
import dev.formwork.schema.naming.DeploymentBucket;
import dev.formwork.schema.value.TextValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Writes a finished {@link FunctionAssembly} as {@code <Fn>Function} (AWS::Lambda::Function),
 * {@code <Fn>Role} (AWS::IAM::Role, plus {@code <Fn>Policy<n>} AWS::IAM::ManagedPolicy when its
 * statements outgrow the inline limit) and {@code <Fn>LogGroup} (AWS::Logs::LogGroup), and checks
 * the environment limit. The version and aliases, keyed by the written function, are written by
 * {@code release.FunctionReleases}.
 */
public final class FunctionEmitter {

  // A class, not a lambda or Comparator.comparing: see "Start-up" in docs/architecture.md.
  private static final Comparator<JsonValue> BY_COMPACT_TEXT =
      new Comparator<>() {
        @Override
        public int compare(JsonValue a, JsonValue b) {
          return JsonWriter.compact(a).compareTo(JsonWriter.compact(b));
        }
      };

  private FunctionEmitter() {}

  /** Writes the function, its role and log group; returns the function resource, if written. */
  public static Optional<CfResource> emit(FunctionAssembly function, SynthesisContext context) {
    if (function.code().isEmpty()) {
      return Optional.empty(); // packaging errors were reported; nothing sensible to write
    }
    Map<String, JsonValue> environment = new TreeMap<>();
    for (var entry : function.environment().entrySet()) {
      environment.put(entry.getKey(), entry.getValue().value());
    }
    checkEnvironmentSize(function, environment, context);

    grantLogWriting(function);
    CfResource role = roleResource(function, context);

    CfResource lambda = functionResource(function, environment, context);
    context.template().add(function.functionLogicalId(), lambda, function.path(), function.name());
    context.template().add(function.roleLogicalId(), role, function.path(), function.name());
    if (function.hasLogGroup()) {
      Optional<FunctionLogging> logging = function.properties().logging();
      int retention =
          logging.isPresent()
              ? logging.get().retentionDays()
              : FunctionLogging.DEFAULT_RETENTION_DAYS;
      context
          .template()
          .add(
              function.logGroupLogicalId(),
              CfResource.of(
                  "AWS::Logs::LogGroup",
                  JsonObject.builder()
                      .put("LogGroupName", "/aws/lambda/" + function.physicalName())
                      .put("RetentionInDays", retention)
                      .build()),
              function.path(),
              function.name());
    }
    return Optional.of(lambda);
  }

  private static CfResource functionResource(
      FunctionAssembly function, Map<String, JsonValue> environment, SynthesisContext context) {
    FunctionProperties properties = function.properties();
    LambdaCode code = function.code().orElseThrow();
    JsonObject.Builder json =
        JsonObject.builder()
            .put(
                "Architectures",
                JsonArray.ofStrings(List.of(properties.architecture().configValue())))
            .put("Code", code(function, context))
            .put("FunctionName", function.physicalName())
            .put("Handler", code.handler())
            .put("MemorySize", properties.memory())
            .put("Role", Cf.getAtt(function.roleLogicalId(), "Arn"))
            .put("Runtime", code.runtime().configValue())
            .put("Timeout", properties.timeout());
    if (!environment.isEmpty()) {
      json.put("Environment", JsonObject.of("Variables", JsonObject.of(environment)));
    }
    if (properties.storage() != FunctionProperties.DEFAULT_STORAGE_MB) {
      json.put("EphemeralStorage", JsonObject.of("Size", JsonValue.of(properties.storage())));
    }
    if (!properties.layers().isEmpty()) {
      List<JsonValue> layers = new ArrayList<>();
      for (int i = 0; i < properties.layers().size(); i++) {
        layers.add(
            layer(properties.layers().get(i), function.propertyPath("layers").index(i), context));
      }
      json.put("Layers", new JsonArray(layers));
    }
    json.putIfPresent("ReservedConcurrentExecutions", properties.reservedConcurrency());
    if (properties.snapStart()) {
      // The live alias and the triggers invoke the published version, which Lambda snapshots.
      json.put("SnapStart", JsonObject.of("ApplyOn", new JsonString("PublishedVersions")));
    }
    if (properties.tracing().isPresent()) {
      json.put(
          "TracingConfig",
          JsonObject.of("Mode", new JsonString(properties.tracing().get().configValue())));
    }
    if (!properties.tags().isEmpty()) {
      json.put("Tags", tags(properties.tags(), function.propertyPath("tags"), context));
    }
    for (Map.Entry<String, JsonValue> property : function.extraProperties().entrySet()) {
      json.put(property.getKey(), property.getValue());
    }
    List<String> dependsOn = new ArrayList<>(function.dependsOn());
    if (function.hasLogGroup()) {
      // The log group must exist (with its retention) before the function's first invocation logs.
      dependsOn.add(function.logGroupLogicalId());
    }
    return CfResource.of("AWS::Lambda::Function", json.build()).dependingOn(dependsOn);
  }

  /** A layer ARN, or the name of a lambda-layer resource of the config (its version ARN). */
  private static JsonValue layer(TextValue value, ConfigPath path, SynthesisContext context) {
    Optional<String> name = TemplateValues.literal(value);
    if (name.isPresent() && !name.get().startsWith("arn:")) {
      Optional<LayerRef> layer =
          context
              .index()
              .require(
                  name.get(),
                  LayerRef.class,
                  "lambda-layer (or a layer ARN)",
                  path,
                  context.diagnostics());
      return layer.isPresent() ? layer.get().arn() : JsonNull.INSTANCE;
    }
    return context.values().resolve(value, path);
  }

  /**
   * Code location: the deployment bucket (named from stack, account and region) and the artifact's
   * content-addressed key from the manifest. Without a manifest (an offline compile before
   * `formwork package`), the key is a template parameter that `formwork deploy` fills.
   */
  private static JsonValue code(FunctionAssembly function, SynthesisContext context) {
    JsonValue bucket = Cf.sub(DeploymentBucket.subTemplate(context.stack().stackName()));
    Optional<Artifact> artifact = context.artifact(function.name());
    JsonValue key;
    if (artifact.isPresent()) {
      key = new JsonString(artifact.get().s3Key());
    } else {
      String parameter = function.logicalPrefix() + "CodeS3Key";
      context
          .template()
          .addArtifactKeyParameter(
              parameter,
              function.name(),
              JsonObject.builder()
                  .put("Type", "String")
                  .put(
                      "Description",
                      "S3 key of the code of function "
                          + function.name()
                          + "; set by formwork deploy from the artifact manifest.")
                  .build());
      key = Cf.ref(parameter);
    }
    return JsonObject.builder().put("S3Bucket", bucket).put("S3Key", key).build();
  }

  private static JsonValue tags(List<Tag> tags, ConfigPath path, SynthesisContext context) {
    TreeMap<String, JsonValue> byKey = new TreeMap<>();
    for (int i = 0; i < tags.size(); i++) {
      byKey.put(
          tags.get(i).name(),
          context.values().resolve(tags.get(i).value(), path.index(i).key("value")));
    }
    List<JsonValue> list = new ArrayList<>();
    for (Map.Entry<String, JsonValue> tag : byKey.entrySet()) {
      list.add(JsonObject.builder().put("Key", tag.getKey()).put("Value", tag.getValue()).build());
    }
    return new JsonArray(list);
  }

  private static void grantLogWriting(FunctionAssembly function) {
    if (function.hasLogGroup()) {
      // Only the function's own log group, and only what the runtime uses to write to it.
      function.grant(
          "write-logs",
          PolicyStatement.allow(
              List.of("logs:CreateLogStream", "logs:PutLogEvents"),
              List.of(
                  Cf.sub(
                      "arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:/aws/lambda/"
                          + function.physicalName()
                          + ":*"))));
    }
  }

  /**
   * The role with the inline policies that fit IAM's 10,240-character limit; statements beyond it
   * go to {@code <Fn>Policy<n>} managed policies, which the function depends on so that it never
   * runs (or is validated by an event source mapping) before its permissions are attached.
   */
  private static CfResource roleResource(FunctionAssembly function, SynthesisContext context) {
    List<JsonValue> policies = new ArrayList<>();
    Optional<RolePolicySplit.Result> split = RolePolicySplit.split(function.policies());
    if (split.isEmpty()) {
      context
          .diagnostics()
          .error(
              Code.LIMIT_IAM_POLICY_STATEMENT,
              function.path(),
              "An IAM statement of function '"
                  + function.name()
                  + "' is larger than "
                  + RolePolicySplit.MAX_MANAGED_CHARS
                  + " characters even with a single resource, so it fits no IAM policy.",
              "Shorten the statement's actions or condition.");
    } else {
      RolePolicySplit.Result result = split.get();
      for (var inline : result.inline().entrySet()) {
        policies.add(
            JsonObject.builder()
                .put("PolicyName", inline.getKey())
                .put("PolicyDocument", PolicyStatement.document(inline.getValue()))
                .build());
      }
      int attached = result.managed().size();
      if (attached > RolePolicySplit.MAX_MANAGED_POLICIES_PER_ROLE) {
        context
            .diagnostics()
            .error(
                Code.LIMIT_IAM_ROLE_POLICIES,
                function.path(),
                "The IAM statements of function '"
                    + function.name()
                    + "' total about "
                    + result.totalChars()
                    + " characters; besides"
                    + " the "
                    + RolePolicySplit.MAX_INLINE_CHARS
                    + " characters of inline policies they need "
                    + result.managed().size()
                    + " managed policies of at most "
                    + RolePolicySplit.MAX_MANAGED_CHARS
                    + " characters, but a role can have at most "
                    + RolePolicySplit.MAX_MANAGED_POLICIES_PER_ROLE
                    + " attached.",
                "Reduce connectTo targets or iamRoleStatements, or grant on ARN patterns (e.g. a"
                    + " bucket-name prefix with *) instead of listing each resource.");
      } else {
        for (int i = 0; i < result.managed().size(); i++) {
          String logicalId = function.logicalPrefix() + "Policy" + (i + 1);
          context
              .template()
              .add(
                  logicalId,
                  CfResource.of(
                      "AWS::IAM::ManagedPolicy",
                      JsonObject.builder()
                          .put(
                              "Description",
                              "Permissions of function "
                                  + function.name()
                                  + " beyond its role's inline policy limit ("
                                  + (i + 1)
                                  + " of "
                                  + result.managed().size()
                                  + ").")
                          .put("PolicyDocument", RolePolicySplit.document(result.managed().get(i)))
                          .put("Roles", JsonArray.of(Cf.ref(function.roleLogicalId())))
                          .build()),
                  function.path(),
                  function.name());
          function.dependOn(logicalId);
        }
      }
    }
    policies.sort(BY_COMPACT_TEXT);
    JsonObject.Builder json =
        JsonObject.builder()
            .put("AssumeRolePolicyDocument", TrustPolicy.forService("lambda.amazonaws.com"));
    if (!policies.isEmpty()) {
      json.put("Policies", new JsonArray(policies));
    }
    return CfResource.of("AWS::IAM::Role", json.build());
  }

  private static void checkEnvironmentSize(
      FunctionAssembly function, Map<String, JsonValue> environment, SynthesisContext context) {
    int total = EnvironmentRules.totalBytes(environment);
    if (total <= EnvironmentRules.MAX_BYTES) {
      return;
    }
    List<Map.Entry<String, JsonValue>> biggest = new ArrayList<>(environment.entrySet());
    biggest.sort(
        new Comparator<>() {
          @Override
          public int compare(Map.Entry<String, JsonValue> a, Map.Entry<String, JsonValue> b) {
            int bySize =
                Integer.compare(
                    EnvironmentRules.bytes(b.getKey(), b.getValue()),
                    EnvironmentRules.bytes(a.getKey(), a.getValue()));
            return bySize != 0 ? bySize : a.getKey().compareTo(b.getKey());
          }
        });
    StringBuilder top = new StringBuilder();
    for (int i = 0; i < Math.min(3, biggest.size()); i++) {
      Map.Entry<String, JsonValue> entry = biggest.get(i);
      top.append(i == 0 ? "" : ", ")
          .append(entry.getKey())
          .append(" (")
          .append(EnvironmentRules.bytes(entry.getKey(), entry.getValue()))
          .append(" bytes)");
    }
    context
        .diagnostics()
        .error(
            Code.LIMIT_LAMBDA_ENV,
            function.propertyPath("environment"),
            "The environment of function '"
                + function.name()
                + "' is about "
                + total
                + " bytes; Lambda allows "
                + EnvironmentRules.MAX_BYTES
                + ".",
            "Biggest: "
                + top
                + ". Values resolved at deploy time are counted as "
                + EnvironmentRules.ESTIMATED_INTRINSIC_BYTES
                + " bytes.");
  }
}
