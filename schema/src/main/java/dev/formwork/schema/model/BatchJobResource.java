package dev.formwork.schema.model;

import dev.formwork.schema.bind.Default;
import dev.formwork.schema.bind.Doc;
import dev.formwork.schema.bind.ModelConstraintException;
import dev.formwork.schema.bind.NotSupported;
import dev.formwork.schema.bind.Range;
import dev.formwork.schema.bind.Required;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.model.batch.BatchJobPackaging;
import dev.formwork.schema.model.function.EnvironmentVariable;
import dev.formwork.schema.node.ConfigNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code batch-job} resource, limited to what connectTo needs: a container job on AWS Batch
 * (Fargate) that functions submit with batch:SubmitJob.
 */
@Doc("A containerised batch job on AWS Batch (Fargate). Functions start it through connectTo.")
public record BatchJobResource(
    @Doc("Batch job properties.") Properties properties,
    @Doc(
            "Property overrides by child logical ID (e.g. ReportJobDefinition), paths relative to"
                + " Properties.")
        Map<String, ConfigNode> overrides)
    implements ResourceDefinition {

  @Override
  public String typeName() {
    return "batch-job";
  }

  /** The supported properties of a batch job. */
  @Doc("Properties of a batch job.")
  public record Properties(
      @Doc("The job's container.") @Required Container container,
      @Doc("CPU and memory of the container.") Optional<Resources> resources,
      @Doc("Seconds after which a run is stopped.") @Range(min = 60) Optional<Integer> timeout,
      @Doc("Retries of a failed run.") Optional<RetryConfig> retryConfig,
      @Doc("Run on Fargate Spot capacity (cheaper, may be interrupted).") @Default("false")
          boolean useSpotInstances,
      @Doc("Days the job's logs are kept.") @Default("90") @Range(min = 1, max = 3653)
          int logRetentionDays,
      @NotSupported(
              "Triggers of batch jobs (events) are not supported yet; start jobs from a function"
                  + " with connectTo.")
          Optional<ConfigNode> events,
      @NotSupported(
              "connectTo of a batch job itself is not supported yet; the job's container has no AWS"
                  + " permissions.")
          Optional<ConfigNode> connectTo,
      @NotSupported("iamRoleStatements of a batch job are not supported yet.")
          Optional<ConfigNode> iamRoleStatements) {}

  /** The job's container image and environment. */
  @Doc("The job's container.")
  public record Container(
      @Doc("Where the image comes from.") @Required BatchJobPackaging packaging,
      @Doc("Environment variables of the container.") List<EnvironmentVariable> environment) {}

  /** CPU and memory of a Fargate container (Fargate accepts only certain pairs). */
  @Doc("CPU and memory (a Fargate-supported pair).")
  public record Resources(
      @Doc("vCPUs: 0.25, 0.5, 1, 2, 4, 8 or 16.") @Default("1") double cpu,
      @Doc("Memory in MB.") @Default("2048") @Range(min = 512, max = 122880) int memory,
      @NotSupported("GPUs need EC2 compute environments, which are not supported yet.")
          Optional<ConfigNode> gpu) {
    public Resources {
      // Fargate accepts only these pairs:
      // https://docs.aws.amazon.com/batch/latest/APIReference/API_ResourceRequirement.html
      if (!fargateAccepts(cpu, memory)) {
        throw new ModelConstraintException(
            Code.CONFIG_INVALID_VALUE,
            "memory",
            "Fargate does not offer "
                + memory
                + " MB with "
                + BigDecimal.valueOf(cpu).stripTrailingZeros().toPlainString()
                + " vCPU; see the CPU and memory pairs in the AWS Batch documentation.");
      }
    }

    static boolean fargateAccepts(double cpu, int memory) {
      if (cpu == 0.25) {
        return memory == 512 || memory == 1024 || memory == 2048;
      }
      if (cpu == 0.5) {
        return memory >= 1024 && memory <= 4096 && memory % 1024 == 0;
      }
      if (cpu == 1 || cpu == 2 || cpu == 4) {
        int min = (int) (2048 * cpu);
        int max = cpu == 4 ? 30720 : (int) (8192 * cpu);
        return memory >= min && memory <= max && memory % 1024 == 0;
      }
      if (cpu == 8) {
        return memory >= 16384 && memory <= 61440 && memory % 4096 == 0;
      }
      if (cpu == 16) {
        return memory >= 32768 && memory <= 122880 && memory % 8192 == 0;
      }
      return false;
    }
  }

  /** How failed runs are retried. */
  @Doc("Retry settings.")
  public record RetryConfig(
      @Doc("Total attempts, including the first.") @Default("1") @Range(min = 1, max = 10)
          int attempts) {}
}
