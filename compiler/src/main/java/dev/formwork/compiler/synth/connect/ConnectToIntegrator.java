package dev.formwork.compiler.synth.connect;

import dev.formwork.compiler.naming.StpVariableNames;
import dev.formwork.compiler.synth.IndexedResource;
import dev.formwork.compiler.synth.SynthesisContext;
import dev.formwork.compiler.synth.function.FunctionAssembly;
import dev.formwork.compiler.synth.function.InvokedAliases;
import dev.formwork.compiler.synth.ref.FunctionRef;
import dev.formwork.compiler.synth.ref.ResourceRef;
import dev.formwork.compiler.synth.vpc.StackVpc;
import dev.formwork.compiler.template.PolicyStatement;
import dev.formwork.schema.bind.Suggestions;
import dev.formwork.schema.bind.UnionShape;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.json.JsonNumber;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.model.BucketResource;
import dev.formwork.schema.model.DynamoDbTableResource;
import dev.formwork.schema.model.LambdaLayerResource;
import dev.formwork.schema.model.RedisClusterResource;
import dev.formwork.schema.model.RelationalDatabaseResource;
import dev.formwork.schema.model.ResourceDefinition;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Applies a function's {@code joinDefaultVpc} and {@code connectTo}: for each entry, the target
 * type's {@link ConnectTarget} grants IAM (policy {@code connect-to}) and network access, and every
 * referenceable parameter of the target is injected as {@code STP_<RESOURCE>_<PARAM>}. The result
 * does not depend on the order of the list: variables and statements are sorted when written.
 */
public final class ConnectToIntegrator {

  /**
   * Targets a function in the VPC reaches without a NAT gateway: inside the VPC, or through the S3
   * and DynamoDB gateway endpoints. Every other AWS API needs NAT (or an interface endpoint).
   */
  private static final Set<Class<? extends ResourceDefinition>> REACHABLE_WITHOUT_NAT =
      Set.of(
          BucketResource.class,
          DynamoDbTableResource.class,
          RelationalDatabaseResource.class,
          RedisClusterResource.class);

  private ConnectToIntegrator() {}

  public static void apply(FunctionAssembly function, SynthesisContext context) {
    FunctionVpcAttachment.attach(function, context);
    List<String> entries = function.properties().connectTo();
    ConfigPath listPath = function.propertyPath("connectTo");
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < entries.size(); i++) {
      String entry = entries.get(i);
      ConfigPath usedAt = listPath.index(i);
      if (!seen.add(entry)) {
        context
            .diagnostics()
            .valueError(
                Code.CONFIG_DUPLICATE_CONNECT_TO,
                usedAt,
                "'"
                    + entry
                    + "' is listed twice in connectTo of function '"
                    + function.name()
                    + "'.");
        continue;
      }
      if (entry.equals(SesConnection.MACRO)) {
        SesConnection.connect(function);
        warnIfUnreachable(function, "SES", usedAt, context);
        continue;
      }
      int colon = entry.indexOf(':');
      // "aws:" names AWS services (only aws:ses exists); any other "<function>:<alias>" an alias.
      if (colon > 0 && !entry.startsWith("aws:")) {
        connectAlias(
            function, entry.substring(0, colon), entry.substring(colon + 1), usedAt, context);
        continue;
      }
      connectResource(function, entry, usedAt, context);
    }
  }

  /**
   * {@code <function>:<alias>}: invoke that alias of another function. The role may invoke the
   * alias only, and {@code STP_<FUNCTION>_<ALIAS>_ARN} holds the alias ARN.
   */
  private static void connectAlias(
      FunctionAssembly function,
      String targetName,
      String alias,
      ConfigPath usedAt,
      SynthesisContext context) {
    Optional<FunctionRef> target =
        context.index().function(targetName, usedAt, context.diagnostics());
    if (target.isEmpty()
        || !InvokedAliases.known(target.get(), alias, usedAt, context.diagnostics())) {
      return;
    }
    if (targetName.equals(function.name())) {
      context
          .diagnostics()
          .valueError(
              Code.CONFIG_SELF_REFERENCE,
              usedAt,
              "Function '" + function.name() + "' cannot connectTo its own alias.");
      return;
    }
    function.grant(
        Connection.POLICY,
        PolicyStatement.allow(
            List.of("lambda:InvokeFunction"),
            List.of(FunctionConnectTarget.aliasArn(context, targetName, alias))));
    warnIfUnreachable(function, "function '" + targetName + "'", usedAt, context);
    function.addEnvironment(
        StpVariableNames.of(targetName + "_" + alias, "arn"),
        target.get().aliasArn(alias),
        usedAt,
        "connectTo '" + targetName + ":" + alias + "' (formwork injects STP_* variables for it)",
        context.diagnostics());
  }

  private static void connectResource(
      FunctionAssembly function, String entry, ConfigPath usedAt, SynthesisContext context) {
    Optional<IndexedResource> found = context.index().find(entry);
    if (found.isEmpty()) {
      Set<String> candidates = new TreeSet<>(context.index().names());
      candidates.add(SesConnection.MACRO);
      context
          .diagnostics()
          .valueError(
              Code.CONFIG_UNKNOWN_RESOURCE,
              usedAt,
              "connectTo of function '"
                  + function.name()
                  + "' names '"
                  + entry
                  + "', which is neither a resource of this config nor aws:ses.",
              Suggestions.didYouMean(entry, candidates)
                  .orElse("Resources: " + String.join(", ", context.index().names()) + "."));
      return;
    }
    IndexedResource target = found.get();
    if (target.name().equals(function.name())) {
      context
          .diagnostics()
          .valueError(
              Code.CONFIG_SELF_REFERENCE,
              usedAt,
              "Function '" + function.name() + "' cannot connectTo itself.");
      return;
    }
    Optional<ConnectTarget<?>> connectTarget =
        ConnectTargets.forType(target.definition().getClass());
    if (connectTarget.isEmpty()) {
      reportUnsupported(target, usedAt, context);
      return;
    }
    connect(connectTarget.get(), function, target, usedAt, context);
    if (!REACHABLE_WITHOUT_NAT.contains(target.definition().getClass())) {
      warnIfUnreachable(
          function, target.definition().typeName() + " '" + target.name() + "'", usedAt, context);
    }
    for (Map.Entry<String, JsonValue> param : target.params().entrySet()) {
      function.addEnvironment(
          StpVariableNames.of(target.name(), param.getKey()),
          asEnvironmentValue(param.getValue()),
          usedAt,
          "connectTo '" + target.name() + "' (formwork injects STP_* variables for it)",
          context.diagnostics());
    }
  }

  private static void warnIfUnreachable(
      FunctionAssembly function, String what, ConfigPath usedAt, SynthesisContext context) {
    if (function.properties().joinDefaultVpc() && !StackVpc.natGateway(context)) {
      context
          .diagnostics()
          .valueWarning(
              Code.VPC_NO_INTERNET,
              usedAt,
              "Function '"
                  + function.name()
                  + "' is in the VPC, which has no NAT gateway, so its calls to "
                  + what
                  + " will time out.",
              "Set stackConfig.vpc.natGateway: true, or leave the VPC if the function needs no"
                  + " database or Redis.");
    }
  }

  /** Runs one target type's connection with the target's typed reference. */
  private static <R extends ResourceRef> void connect(
      ConnectTarget<R> connectTarget,
      FunctionAssembly function,
      IndexedResource target,
      ConfigPath usedAt,
      SynthesisContext context) {
    connectTarget.connect(
        new Connection<>(
            function,
            connectTarget.refType().cast(target.ref()),
            target.definition().typeName(),
            usedAt,
            context));
  }

  private static void reportUnsupported(
      IndexedResource target, ConfigPath usedAt, SynthesisContext context) {
    String hint =
        target.definition() instanceof LambdaLayerResource
            ? "List a lambda-layer under the function's layers instead."
            : "connectTo accepts aws:ses and resources of type: " + supportedTypeNames() + ".";
    context
        .diagnostics()
        .valueError(
            Code.CONFIG_CONNECT_UNSUPPORTED,
            usedAt,
            "Resource '"
                + target.name()
                + "' is a "
                + target.definition().typeName()
                + ", which connectTo cannot scope.",
            hint);
  }

  private static String supportedTypeNames() {
    TreeSet<String> names = new TreeSet<>();
    for (ConnectTarget<?> target : ConnectTargets.all()) {
      names.add(typeName(target.resourceType()));
    }
    return String.join(", ", names);
  }

  /** The config name of a resource type, from the @Variant list of ResourceDefinition. */
  private static String typeName(Class<?> type) {
    for (UnionShape.Member variant : UnionShape.of(ResourceDefinition.class).variants()) {
      if (variant.type().equals(type)) {
        return variant.name();
      }
    }
    throw new IllegalStateException("no variant for " + type.getSimpleName());
  }

  /**
   * Lambda environment values are strings: numbers (ports) are written as text, intrinsics stay as
   * they are.
   */
  private static JsonValue asEnvironmentValue(JsonValue value) {
    if (value instanceof JsonNumber number) {
      return new JsonString(number.text());
    }
    return value;
  }
}
