package dev.formwork.compiler.synth.function;

import dev.formwork.compiler.synth.IndexedResource;
import dev.formwork.compiler.synth.SynthesisContext;
import dev.formwork.compiler.synth.TemplateValues;
import dev.formwork.compiler.synth.ref.HasArn;
import dev.formwork.compiler.synth.ref.QueueRef;
import dev.formwork.compiler.synth.ref.ResourceReference;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.json.JsonNull;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.model.stack.CloudFormationResource;
import dev.formwork.schema.node.ScalarNode;
import dev.formwork.schema.value.TextValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Works out what an asynchronous-invocation target (a destination or dead-letter queue) is, so that
 * the role is granted only the action for that kind: from the resource a {@code $ResourceParam}
 * names, the service segment of a literal or {@code $CfFormat} ARN, the type of a {@code
 * cloudformationResources} entry named by {@code $CfResourceParam}, or a plain resource name.
 */
final class AsyncTargets {

  /** A resolved target: its kind and its ARN as a template value. */
  record AsyncTarget(AsyncTargetKind kind, JsonValue arn) {}

  private AsyncTargets() {}

  /**
   * Resolves {@code value}; reports a target that is not one of {@code allowed}, or whose kind
   * cannot be told at compile time, and returns empty then.
   */
  static Optional<AsyncTarget> resolve(
      TextValue value,
      Set<AsyncTargetKind> allowed,
      String role,
      ConfigPath path,
      SynthesisContext context) {
    Optional<ResourceReference> reference = ResourceReference.of(value);
    if (reference.isPresent()) {
      return fromResource(
          reference.get().resourceName(),
          Optional.of(reference.get().param()),
          value,
          allowed,
          role,
          path,
          context);
    }
    Optional<String> literal = TemplateValues.literal(value);
    if (literal.isPresent() && !literal.get().startsWith("arn:")) {
      return fromResource(literal.get(), Optional.empty(), value, allowed, role, path, context);
    }
    Optional<String> arnText = literal.isPresent() ? literal : formatText(value);
    Optional<String> service =
        arnText.isPresent() ? AsyncTargetKind.serviceOf(arnText.get()) : Optional.empty();
    Optional<AsyncTargetKind> kind =
        arnText.isPresent() ? AsyncTargetKind.ofArn(arnText.get()) : deferredKind(value, context);
    if (kind.isEmpty() && service.isPresent()) {
      reportWrongKind(
          "This ARN names a resource of service '" + service.get() + "'",
          allowed,
          role,
          path,
          context);
      return Optional.empty();
    }
    if (kind.isEmpty()) {
      context
          .diagnostics()
          .valueError(
              Code.CONFIG_UNDETECTABLE_ASYNC_TARGET,
              path,
              "formwork cannot tell whether this "
                  + role
                  + " is "
                  + describe(allowed)
                  + ", so it cannot grant the role the one"
                  + " action it needs.",
              "Write $ResourceParam('<resource>', 'arn') or a full ARN such as"
                  + " $CfFormat('arn:${AWS::Partition}:sqs:${AWS::Region}:"
                  + "${AWS::AccountId}:<queue>').");
      return Optional.empty();
    }
    if (!allowed.contains(kind.get())) {
      reportWrongKind(
          "This ARN names a target of type " + kind.get().configType(),
          allowed,
          role,
          path,
          context);
      return Optional.empty();
    }
    return Optional.of(new AsyncTarget(kind.get(), context.values().resolve(value, path)));
  }

  private static Optional<AsyncTarget> fromResource(
      String name,
      Optional<String> param,
      TextValue value,
      Set<AsyncTargetKind> allowed,
      String role,
      ConfigPath path,
      SynthesisContext context) {
    Optional<IndexedResource> resource = context.index().find(name);
    if (resource.isEmpty()) {
      if (param.isPresent()) {
        context.values().resolve(value, path); // reports the unknown resource with "did you mean"
      } else {
        context.index().require(name, QueueRef.class, types(allowed), path, context.diagnostics());
      }
      return Optional.empty();
    }
    String type = resource.get().definition().typeName();
    Optional<AsyncTargetKind> kind = AsyncTargetKind.ofConfigType(type);
    if (kind.isEmpty() || !allowed.contains(kind.get())) {
      reportWrongKind("Resource '" + name + "' is of type " + type, allowed, role, path, context);
      return Optional.empty();
    }
    String arnParam = param.orElse("arn");
    if (!isArnParam(arnParam)) {
      context
          .diagnostics()
          .valueError(
              Code.CONFIG_ASYNC_TARGET_NOT_ARN,
              path,
              "A " + role + " needs the ARN of '" + name + "', not its '" + arnParam + "'.",
              "Write $ResourceParam('" + name + "', 'arn').");
      return Optional.empty();
    }
    if (resource.get().ref() instanceof QueueRef queue && queue.fifo()) {
      // Lambda sends no MessageGroupId, so a FIFO queue cannot take its records ("FIFO queues
      // cannot be used"):
      // https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-lambda-eventinvokeconfig-destinationconfig.html
      context
          .diagnostics()
          .valueError(
              Code.CONFIG_FIFO_ASYNC_TARGET,
              path,
              "Queue '"
                  + name
                  + "' is a FIFO queue; Lambda delivers asynchronous-invocation records only to"
                  + " standard queues.");
      return Optional.empty();
    }
    // Every allowed kind has an ARN.
    JsonValue arn =
        param.isPresent()
            ? context.values().resolve(value, path)
            : ((HasArn) resource.get().ref()).arn();
    return arn instanceof JsonNull
        ? Optional.empty()
        : Optional.of(new AsyncTarget(kind.get(), arn));
  }

  /** A function's alias ARNs name the function too; every other target is named by its 'arn'. */
  private static boolean isArnParam(String param) {
    return param.equals("arn") || param.equals("liveAliasArn") || param.startsWith("aliasArn:");
  }

  private static Optional<AsyncTargetKind> deferredKind(TextValue value, SynthesisContext context) {
    if (!(value instanceof TextValue.Deferred deferred)
        || deferred.call().arguments().isEmpty()
        || !(deferred.call().arguments().get(0) instanceof ScalarNode first)) {
      return Optional.empty();
    }
    if (deferred.call().name().equals("CfResourceParam")) {
      CloudFormationResource raw = context.config().cloudformationResources().get(first.text());
      return raw == null ? Optional.empty() : AsyncTargetKind.ofCloudFormationType(raw.Type());
    }
    return Optional.empty();
  }

  /** The format string of a {@code $CfFormat} call, which usually spells the ARN. */
  private static Optional<String> formatText(TextValue value) {
    if (value instanceof TextValue.Deferred deferred
        && deferred.call().name().equals("CfFormat")
        && !deferred.call().arguments().isEmpty()
        && deferred.call().arguments().get(0) instanceof ScalarNode format) {
      return Optional.of(format.text());
    }
    return Optional.empty();
  }

  private static void reportWrongKind(
      String what,
      Set<AsyncTargetKind> allowed,
      String role,
      ConfigPath path,
      SynthesisContext context) {
    context
        .diagnostics()
        .valueError(
            Code.CONFIG_WRONG_ASYNC_TARGET,
            path,
            what + "; a " + role + " must be " + describe(allowed) + ".");
  }

  private static String describe(Set<AsyncTargetKind> allowed) {
    return "an " + types(allowed);
  }

  private static String types(Set<AsyncTargetKind> allowed) {
    List<String> names = new ArrayList<>();
    for (AsyncTargetKind kind : AsyncTargetKind.values()) {
      if (allowed.contains(kind)) {
        names.add(kind.configType());
      }
    }
    if (names.size() == 1) {
      return names.get(0);
    }
    String last = names.remove(names.size() - 1);
    return String.join(", ", names) + " or " + last;
  }
}
