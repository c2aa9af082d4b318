package dev.formwork.compiler.synth.resource;

import dev.formwork.compiler.naming.LogicalIds;
import dev.formwork.compiler.naming.PascalCase;
import dev.formwork.compiler.naming.PhysicalNames;
import dev.formwork.compiler.synth.ResourceSynthesizer;
import dev.formwork.compiler.synth.StackIdentity;
import dev.formwork.compiler.synth.SynthesisContext;
import dev.formwork.compiler.synth.ref.StateMachineRef;
import dev.formwork.compiler.template.Cf;
import dev.formwork.compiler.template.CfResource;
import dev.formwork.compiler.template.PolicyStatement;
import dev.formwork.compiler.template.TrustPolicy;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.json.JsonWriter;
import dev.formwork.schema.model.FunctionResource;
import dev.formwork.schema.model.StateMachineResource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Synthesizes a {@code state-machine} as {@code <Name>StateMachine}
 * (AWS::StepFunctions::StateMachine) with its own {@code <Name>StateMachineRole} (AWS::IAM::Role).
 * Template values in the definition ($ResourceParam, $CfFormat, ...) become
 * DefinitionSubstitutions, and the role may invoke exactly the config functions whose ARNs the
 * definition references.
 */
public final class StateMachineSynthesizer implements ResourceSynthesizer<StateMachineResource> {

  /** Step Functions state machine names are at most 80 characters. */
  static final int NAME_LIMIT = 80;

  @Override
  public Class<StateMachineResource> type() {
    return StateMachineResource.class;
  }

  private static String physicalName(String stackName, String name) {
    return PhysicalNames.fit(stackName + "-" + name, NAME_LIMIT);
  }

  @Override
  public StateMachineRef ref(String name, StateMachineResource resource, StackIdentity stack) {
    return new StateMachineRef(name, physicalName(stack.stackName(), name));
  }

  @Override
  public void synthesize(String name, StateMachineResource resource, SynthesisContext context) {
    ConfigPath path = ConfigPath.of("resources", name);
    String prefix = PascalCase.of(name);
    JsonValue definition =
        context
            .values()
            .resolve(resource.properties().definition(), path.key("properties").key("definition"));
    if (!(definition instanceof JsonObject)) {
      context
          .diagnostics()
          .valueError(
              Code.CONFIG_INVALID_VALUE,
              path.key("properties").key("definition"),
              "definition must be an Amazon States Language object (with StartAt and States).");
      return;
    }
    Map<String, JsonValue> substitutions = new TreeMap<>();
    JsonValue plain = extractSubstitutions(definition, substitutions);

    List<JsonValue> invoked = new ArrayList<>();
    for (JsonValue value : substitutions.values()) {
      Optional<String> function = invokedFunction(value, context);
      if (function.isPresent()) {
        String physical = PhysicalNames.function(context.stack().stackName(), function.get());
        invoked.add(Cf.arn("lambda", "function:" + physical));
        invoked.add(Cf.arn("lambda", "function:" + physical + ":*"));
      }
    }
    JsonObject.Builder role =
        JsonObject.builder()
            // Only this account's state machines may assume the role:
            // https://docs.aws.amazon.com/step-functions/latest/dg/procedure-create-iam-role.html
            .put(
                "AssumeRolePolicyDocument",
                TrustPolicy.forServiceOfThisAccount("states.amazonaws.com"));
    if (!invoked.isEmpty()) {
      role.put(
          "Policies",
          JsonArray.of(
              JsonObject.builder()
                  .put(
                      "PolicyDocument",
                      PolicyStatement.document(
                          List.of(
                              PolicyStatement.allow(List.of("lambda:InvokeFunction"), invoked))))
                  .put("PolicyName", "invoke-functions")
                  .build()));
    }
    context
        .template()
        .add(
            prefix + "StateMachineRole", CfResource.of("AWS::IAM::Role", role.build()), path, name);
    JsonObject.Builder machine =
        JsonObject.builder()
            .put("Definition", plain)
            .put("RoleArn", Cf.getAtt(prefix + "StateMachineRole", "Arn"))
            .put("StateMachineName", physicalName(context.stack().stackName(), name));
    if (!substitutions.isEmpty()) {
      machine.put("DefinitionSubstitutions", JsonObject.of(substitutions));
    }
    context
        .template()
        .add(
            LogicalIds.stateMachine(name),
            CfResource.of("AWS::StepFunctions::StateMachine", machine.build()),
            path,
            name);
  }

  /**
   * Replaces each intrinsic function in the definition with a {@code ${Key}} placeholder, keyed by
   * what it refers to (GetAtt WorkerFunction.Arn → {@code WorkerFunctionArn}) or by a hash of it,
   * so that the definition itself is plain JSON that CloudFormation passes to Step Functions as is.
   */
  static JsonValue extractSubstitutions(JsonValue value, Map<String, JsonValue> substitutions) {
    return Cf.replaceIntrinsics(
        value,
        intrinsic -> {
          String key = substitutionKey(intrinsic);
          substitutions.put(key, intrinsic);
          return key;
        });
  }

  private static String substitutionKey(JsonObject intrinsic) {
    JsonValue body = intrinsic.members().values().iterator().next();
    if (intrinsic.has("Ref") && body instanceof JsonString id) {
      return id.value().replaceAll("[^A-Za-z0-9]", "");
    }
    if (intrinsic.has("Fn::GetAtt")
        && body instanceof JsonArray parts
        && parts.size() == 2
        && parts.get(0) instanceof JsonString id
        && parts.get(1) instanceof JsonString attribute) {
      return (id.value() + attribute.value()).replaceAll("[^A-Za-z0-9]", "");
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(JsonWriter.compact(intrinsic).getBytes(StandardCharsets.UTF_8));
      return "Value" + HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }

  /** The config function whose ARN (GetAtt <Fn>Function.Arn) this value is, if any. */
  private static Optional<String> invokedFunction(JsonValue value, SynthesisContext context) {
    if (!(value instanceof JsonObject object)
        || !object.has("Fn::GetAtt")
        || !(object.members().get("Fn::GetAtt") instanceof JsonArray parts)
        || parts.size() != 2) {
      return Optional.empty();
    }
    for (String candidate : context.index().names()) {
      if (context.index().find(candidate).orElseThrow().definition() instanceof FunctionResource
          && parts.get(0).equals(new JsonString(LogicalIds.function(candidate)))
          && parts.get(1).equals(new JsonString("Arn"))) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
