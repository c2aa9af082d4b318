package dev.formwork.compiler.synth.resource;

import dev.formwork.compiler.naming.LogicalIds;
import dev.formwork.compiler.naming.PascalCase;
import dev.formwork.compiler.naming.PhysicalNames;
import dev.formwork.compiler.synth.ResourceSynthesizer;
import dev.formwork.compiler.synth.StackIdentity;
import dev.formwork.compiler.synth.SynthesisContext;
import dev.formwork.compiler.synth.ref.BatchJobRef;
import dev.formwork.compiler.synth.vpc.SecurityGroups;
import dev.formwork.compiler.synth.vpc.StackVpc;
import dev.formwork.compiler.template.Cf;
import dev.formwork.compiler.template.CfResource;
import dev.formwork.compiler.template.PolicyStatement;
import dev.formwork.compiler.template.TrustPolicy;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.model.BatchJobResource;
import dev.formwork.schema.model.batch.PrebuiltImagePackaging;
import dev.formwork.schema.model.function.EnvironmentVariable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Synthesizes a {@code batch-job} on Fargate: {@code <Name>JobDefinition}
 * (AWS::Batch::JobDefinition), {@code <Name>JobQueue} (AWS::Batch::JobQueue) over {@code
 * <Name>ComputeEnvironment} (AWS::Batch::ComputeEnvironment, FARGATE or FARGATE_SPOT in the VPC's
 * public subnets), {@code <Name>SecurityGroup}, {@code <Name>ExecutionRole} (pulls the image,
 * writes logs) and {@code <Name>LogGroup}.
 */
public final class BatchJobSynthesizer implements ResourceSynthesizer<BatchJobResource> {

  /** AWS Batch job definition names are at most 128 characters. */
  static final int NAME_LIMIT = 128;

  /** Upper bound of the vCPUs the compute environment runs at once. */
  static final int MAX_VCPUS = 256;

  @Override
  public Class<BatchJobResource> type() {
    return BatchJobResource.class;
  }

  private static String jobDefinitionName(String stackName, String name) {
    return PhysicalNames.fit(stackName + "-" + name, NAME_LIMIT);
  }

  @Override
  public BatchJobRef ref(String name, BatchJobResource resource, StackIdentity stack) {
    return new BatchJobRef(name, jobDefinitionName(stack.stackName(), name));
  }

  @Override
  public void synthesize(String name, BatchJobResource resource, SynthesisContext context) {
    ConfigPath path = ConfigPath.of("resources", name);
    ConfigPath containerPath = path.key("properties").key("container");
    String prefix = PascalCase.of(name);
    String stack = context.stack().stackName();
    BatchJobResource.Properties properties = resource.properties();
    PrebuiltImagePackaging.Properties image =
        ((PrebuiltImagePackaging) properties.container().packaging()).properties();
    String logGroupName = "/aws/batch/" + stack + "-" + name;

    context
        .template()
        .add(
            LogicalIds.logGroup(name),
            CfResource.of(
                "AWS::Logs::LogGroup",
                JsonObject.builder()
                    .put("LogGroupName", logGroupName)
                    .put("RetentionInDays", properties.logRetentionDays())
                    .build()),
            path,
            name);
    context
        .template()
        .add(prefix + "ExecutionRole", executionRole(image.image(), logGroupName), path, name);
    // Public subnets with a public IP: Fargate must reach the image registry, and the VPC has no
    // NAT by default.
    SecurityGroups.add(prefix, name, path, List.of(), context);
    context
        .template()
        .add(
            prefix + "ComputeEnvironment",
            CfResource.of(
                "AWS::Batch::ComputeEnvironment",
                JsonObject.builder()
                    .put(
                        "ComputeResources",
                        JsonObject.builder()
                            .put("MaxvCpus", MAX_VCPUS)
                            .put(
                                "SecurityGroupIds",
                                JsonArray.of(
                                    Cf.getAtt(SecurityGroups.logicalId(prefix), "GroupId")))
                            .put("Subnets", new JsonArray(StackVpc.publicSubnets()))
                            .put("Type", properties.useSpotInstances() ? "FARGATE_SPOT" : "FARGATE")
                            .build())
                    .put("State", "ENABLED")
                    .put("Type", "MANAGED")
                    .build()),
            path,
            name);
    context
        .template()
        .add(
            LogicalIds.jobQueue(name),
            CfResource.of(
                "AWS::Batch::JobQueue",
                JsonObject.builder()
                    .put(
                        "ComputeEnvironmentOrder",
                        JsonArray.of(
                            JsonObject.builder()
                                .put("ComputeEnvironment", Cf.ref(prefix + "ComputeEnvironment"))
                                .put("Order", 1)
                                .build()))
                    .put("Priority", 1)
                    .put("State", "ENABLED")
                    .build()),
            path,
            name);

    BatchJobResource.Resources size =
        properties.resources().orElse(new BatchJobResource.Resources(1, 2048, Optional.empty()));
    JsonObject.Builder container =
        JsonObject.builder()
            .put("ExecutionRoleArn", Cf.getAtt(prefix + "ExecutionRole", "Arn"))
            .put("Image", image.image())
            .put(
                "LogConfiguration",
                JsonObject.builder()
                    .put("LogDriver", "awslogs")
                    .put(
                        "Options",
                        JsonObject.builder()
                            .put("awslogs-group", Cf.ref(LogicalIds.logGroup(name)))
                            .put("awslogs-region", Cf.ref("AWS::Region"))
                            .put("awslogs-stream-prefix", "job")
                            .build())
                    .build())
            .put(
                "NetworkConfiguration",
                JsonObject.builder().put("AssignPublicIp", "ENABLED").build())
            .put(
                "ResourceRequirements",
                JsonArray.of(
                    JsonObject.builder()
                        .put("Type", "MEMORY")
                        .put("Value", Integer.toString(size.memory()))
                        .build(),
                    JsonObject.builder()
                        .put("Type", "VCPU")
                        .put(
                            "Value",
                            BigDecimal.valueOf(size.cpu()).stripTrailingZeros().toPlainString())
                        .build()));
    if (!image.command().isEmpty()) {
      container.put("Command", JsonArray.ofStrings(image.command()));
    }
    List<EnvironmentVariable> variables = properties.container().environment();
    if (!variables.isEmpty()) {
      List<JsonValue> environment = new ArrayList<>();
      for (int i = 0; i < variables.size(); i++) {
        environment.add(
            JsonObject.builder()
                .put("Name", variables.get(i).name())
                .put(
                    "Value",
                    context
                        .values()
                        .resolve(
                            variables.get(i).value(),
                            containerPath.key("environment").index(i).key("value")))
                .build());
      }
      container.put("Environment", new JsonArray(environment));
    }
    JsonObject.Builder definition =
        JsonObject.builder()
            .put("ContainerProperties", container.build())
            .put("JobDefinitionName", jobDefinitionName(stack, name))
            .put("PlatformCapabilities", JsonArray.ofStrings(List.of("FARGATE")))
            .put("PropagateTags", true)
            .put(
                "RetryStrategy",
                JsonObject.builder()
                    .put(
                        "Attempts",
                        properties.retryConfig().isPresent()
                            ? properties.retryConfig().get().attempts()
                            : 1)
                    .build())
            .put("Type", "container");
    if (properties.timeout().isPresent()) {
      definition.put(
          "Timeout",
          JsonObject.builder().put("AttemptDurationSeconds", properties.timeout().get()).build());
    }
    context
        .template()
        .add(
            LogicalIds.jobDefinition(name),
            CfResource.of("AWS::Batch::JobDefinition", definition.build()),
            path,
            name);
  }

  /**
   * The role ECS uses to start the container: write to the job's log group and, for ECR images,
   * pull them.
   */
  private static CfResource executionRole(String image, String logGroupName) {
    List<PolicyStatement> statements = new ArrayList<>();
    statements.add(
        PolicyStatement.allow(
            List.of("logs:CreateLogStream", "logs:PutLogEvents"),
            List.of(Cf.arn("logs", "log-group:" + logGroupName + ":*"))));
    if (image.contains(".dkr.ecr.")) {
      statements.add(
          PolicyStatement.allow(
              List.of(
                  "ecr:BatchCheckLayerAvailability",
                  "ecr:BatchGetImage",
                  "ecr:GetDownloadUrlForLayer"),
              List.of(Cf.arn("ecr", "repository/*"))));
      // GetAuthorizationToken is account-wide and has no resource type:
      // https://docs.aws.amazon.com/AmazonECR/latest/userguide/security_iam_id-based-policy-examples.html
      statements.add(PolicyStatement.allow("ecr:GetAuthorizationToken", new JsonString("*")));
    }
    return CfResource.of(
        "AWS::IAM::Role",
        JsonObject.builder()
            .put("AssumeRolePolicyDocument", TrustPolicy.forService("ecs-tasks.amazonaws.com"))
            .put(
                "Policies",
                JsonArray.of(
                    JsonObject.builder()
                        .put("PolicyDocument", PolicyStatement.document(statements))
                        .put("PolicyName", "start-container")
                        .build()))
            .build());
  }
}
