package dev.formwork.compiler.synth.release;

import dev.formwork.compiler.naming.LogicalIds;
import dev.formwork.compiler.naming.PhysicalNames;
import dev.formwork.compiler.synth.IndexedResource;
import dev.formwork.compiler.synth.SynthesisContext;
import dev.formwork.compiler.synth.function.FunctionAssembly;
import dev.formwork.compiler.synth.ref.FunctionRef;
import dev.formwork.compiler.template.Cf;
import dev.formwork.compiler.template.CfResource;
import dev.formwork.compiler.template.PolicyStatement;
import dev.formwork.compiler.template.TrustPolicy;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.model.FunctionResource;
import dev.formwork.schema.model.ResourceDefinition;
import dev.formwork.schema.model.function.DeploymentStrategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Gradual deployment with CodeDeploy: the stack's {@code StpLambdaCodeDeployApplication}
 * (AWS::CodeDeploy::Application, ComputePlatform Lambda) and {@code StpCodeDeployRole}
 * (AWS::IAM::Role), one {@code <Fn>DeploymentGroup} (AWS::CodeDeploy::DeploymentGroup) per function
 * with {@code deployment}, the live alias's CodeDeployLambdaAliasUpdate policy, and the hook
 * functions' permission to report their result.
 */
public final class CodeDeploySynthesis {

  static final String APPLICATION_ID = "StpLambdaCodeDeployApplication";
  static final String ROLE_ID = "StpCodeDeployRole";
  static final int NAME_LIMIT = 100;
  static final String HOOK_RESPONSE_POLICY = "allow-hook-response";

  /**
   * The managed policy for Lambda deployments without sns:Publish; hook invocations are granted
   * inline.
   */
  static final String MANAGED_POLICY =
      "arn:${AWS::Partition}:iam::aws:policy/service-role/AWSCodeDeployRoleForLambdaLimited";

  private CodeDeploySynthesis() {}

  /**
   * Validates the hooks and alarms of a function's deployment and adds its deployment group (and
   * the shared resources).
   */
  public static void synthesize(
      FunctionAssembly function, DeploymentStrategy deployment, SynthesisContext context) {
    ConfigPath deploymentPath = function.propertyPath("deployment");
    if (deployment.beforeAllowTrafficFunction().isPresent()) {
      context
          .index()
          .function(
              deployment.beforeAllowTrafficFunction().get(),
              deploymentPath.key("beforeAllowTrafficFunction"),
              context.diagnostics());
    }
    if (deployment.afterTrafficShiftFunction().isPresent()) {
      context
          .index()
          .function(
              deployment.afterTrafficShiftFunction().get(),
              deploymentPath.key("afterTrafficShiftFunction"),
              context.diagnostics());
    }
    List<JsonValue> alarms =
        DeploymentAlarms.resolve(
            function, deployment.alarms(), deploymentPath.key("alarms"), context);
    addSharedResources(context);

    JsonObject.Builder group =
        JsonObject.builder()
            .put("ApplicationName", Cf.ref(APPLICATION_ID))
            .put(
                "AutoRollbackConfiguration",
                JsonObject.builder()
                    .put("Enabled", true)
                    .put(
                        "Events",
                        JsonArray.ofStrings(
                            List.of(
                                "DEPLOYMENT_FAILURE",
                                "DEPLOYMENT_STOP_ON_ALARM",
                                "DEPLOYMENT_STOP_ON_REQUEST")))
                    .build())
            .put(
                "DeploymentConfigName",
                "CodeDeployDefault.Lambda" + deployment.strategy().configValue())
            .put("DeploymentGroupName", groupName(function.name(), context))
            .put(
                "DeploymentStyle",
                JsonObject.builder()
                    .put("DeploymentOption", "WITH_TRAFFIC_CONTROL")
                    .put("DeploymentType", "BLUE_GREEN")
                    .build())
            .put("ServiceRoleArn", Cf.getAtt(ROLE_ID, "Arn"));
    if (!alarms.isEmpty()) {
      List<JsonValue> named = new ArrayList<>();
      for (JsonValue alarm : alarms) {
        named.add(JsonObject.of("Name", alarm));
      }
      group.put(
          "AlarmConfiguration",
          JsonObject.builder().put("Alarms", new JsonArray(named)).put("Enabled", true).build());
    }
    context
        .template()
        .add(
            LogicalIds.deploymentGroup(function.name()),
            CfResource.of("AWS::CodeDeploy::DeploymentGroup", group.build()),
            function.path(),
            function.name());
  }

  /**
   * The live alias's UpdatePolicy: CloudFormation shifts traffic to a new version through
   * CodeDeploy.
   */
  static JsonValue aliasUpdatePolicy(FunctionAssembly function, DeploymentStrategy deployment) {
    JsonObject.Builder update =
        JsonObject.builder()
            .put("ApplicationName", Cf.ref(APPLICATION_ID))
            .put("DeploymentGroupName", Cf.ref(LogicalIds.deploymentGroup(function.name())));
    // CodeDeploy invokes hooks by function name, which Ref of AWS::Lambda::Function returns.
    if (deployment.beforeAllowTrafficFunction().isPresent()) {
      update.put(
          "BeforeAllowTrafficHook",
          Cf.ref(LogicalIds.function(deployment.beforeAllowTrafficFunction().get())));
    }
    if (deployment.afterTrafficShiftFunction().isPresent()) {
      update.put(
          "AfterAllowTrafficHook",
          Cf.ref(LogicalIds.function(deployment.afterTrafficShiftFunction().get())));
    }
    return JsonObject.of("CodeDeployLambdaAliasUpdate", update.build());
  }

  /**
   * Lets a hook function report its result to the deployment groups it serves, and only to those:
   * PutLifecycleEventHookExecutionStatus is scoped by the deploymentgroup resource type
   * (https://docs.aws.amazon.com/service-authorization/latest/reference/list_awscodedeploy.html).
   */
  public static void grantHookResponse(FunctionAssembly hook, SynthesisContext context) {
    List<String> served =
        context
            .<Map<String, List<String>>>cached(
                "codedeploy.functions-by-hook", () -> functionsByHook(context))
            .getOrDefault(hook.name(), List.of());
    List<JsonValue> groups = new ArrayList<>();
    for (String name : served) {
      groups.add(
          Cf.arn(
              "codedeploy",
              "deploymentgroup:" + applicationName(context) + "/" + groupName(name, context)));
    }
    if (!groups.isEmpty()) {
      hook.grant(
          HOOK_RESPONSE_POLICY,
          PolicyStatement.allow(
              List.of("codedeploy:PutLifecycleEventHookExecutionStatus"), groups));
    }
  }

  private static void addSharedResources(SynthesisContext context) {
    if (context.template().has(APPLICATION_ID)) {
      return;
    }
    context
        .template()
        .add(
            APPLICATION_ID,
            CfResource.of(
                "AWS::CodeDeploy::Application",
                JsonObject.builder()
                    .put("ApplicationName", applicationName(context))
                    .put("ComputePlatform", "Lambda")
                    .build()),
            ConfigPath.ROOT,
            "");
    JsonObject.Builder role =
        JsonObject.builder()
            .put("AssumeRolePolicyDocument", TrustPolicy.forService("codedeploy.amazonaws.com"))
            .put("ManagedPolicyArns", JsonArray.of(Cf.sub(MANAGED_POLICY)));
    // The managed policy may only invoke functions named CodeDeployHook_*; this role invokes
    // exactly the configured hooks.
    TreeSet<String> hooks = new TreeSet<>();
    for (DeploymentStrategy deployment : deployedFunctions(context).values()) {
      hooks.addAll(hooksOf(deployment));
    }
    List<JsonValue> hookArns = new ArrayList<>();
    for (String hook : hooks) {
      Optional<IndexedResource> resource = context.index().find(hook);
      if (resource.isPresent() && resource.get().ref() instanceof FunctionRef function) {
        hookArns.add(function.arn());
      }
    }
    if (!hookArns.isEmpty()) {
      role.put(
          "Policies",
          JsonArray.of(
              JsonObject.builder()
                  .put(
                      "PolicyDocument",
                      PolicyStatement.document(
                          List.of(
                              PolicyStatement.allow(List.of("lambda:InvokeFunction"), hookArns))))
                  .put("PolicyName", "invoke-hooks")
                  .build()));
    }
    context
        .template()
        .add(ROLE_ID, CfResource.of("AWS::IAM::Role", role.build()), ConfigPath.ROOT, "");
  }

  private static Map<String, DeploymentStrategy> deployedFunctions(SynthesisContext context) {
    Map<String, DeploymentStrategy> deployed = new TreeMap<>();
    for (Map.Entry<String, ResourceDefinition> entry : context.config().resources().entrySet()) {
      if (entry.getValue() instanceof FunctionResource function
          && function.properties().deployment().isPresent()) {
        deployed.put(entry.getKey(), function.properties().deployment().get());
      }
    }
    return deployed;
  }

  /**
   * For each hook function, the functions whose deployments it serves (computed once per compile).
   */
  private static Map<String, List<String>> functionsByHook(SynthesisContext context) {
    Map<String, List<String>> byHook = new TreeMap<>();
    for (Map.Entry<String, DeploymentStrategy> entry : deployedFunctions(context).entrySet()) {
      for (String hook : hooksOf(entry.getValue())) {
        List<String> served = byHook.get(hook);
        if (served == null) {
          served = new ArrayList<>();
          byHook.put(hook, served);
        }
        served.add(entry.getKey());
      }
    }
    return byHook;
  }

  private static List<String> hooksOf(DeploymentStrategy deployment) {
    List<String> hooks = new ArrayList<>();
    if (deployment.beforeAllowTrafficFunction().isPresent()) {
      hooks.add(deployment.beforeAllowTrafficFunction().get());
    }
    if (deployment.afterTrafficShiftFunction().isPresent()) {
      hooks.add(deployment.afterTrafficShiftFunction().get());
    }
    return hooks;
  }

  static String applicationName(SynthesisContext context) {
    return PhysicalNames.fit(context.stack().stackName() + "-lambda-code-deploy", NAME_LIMIT);
  }

  static String groupName(String functionName, SynthesisContext context) {
    return PhysicalNames.fit(context.stack().stackName() + "-" + functionName, NAME_LIMIT);
  }
}
