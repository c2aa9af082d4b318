package dev.formwork.schema.model.stack;

import dev.formwork.schema.bind.Default;
import dev.formwork.schema.bind.Doc;
import dev.formwork.schema.bind.Range;
import java.util.List;
import java.util.Optional;

/** Stack-operation settings the deployer uses; they do not change the template. */
@Doc("Stack-operation settings used by the deployer.")
public record DeploymentConfig(
    @Doc("Protect the stack from deletion.") @Default("false") boolean terminationProtection,
    @Doc("Role CloudFormation assumes to deploy the stack.") Optional<String> cloudformationRoleArn,
    @Doc("Alarm ARNs that roll the deployment back.") List<String> triggerRollbackOnAlarms,
    @Doc("Minutes to watch the rollback alarms after deploying.")
        @Default("0")
        @Range(min = 0, max = 180)
        int monitoringTimeAfterDeploymentInMinutes,
    @Doc("Keep failed resources instead of rolling back.") @Default("false")
        boolean disableAutoRollback,
    @Doc("SNS topic ARNs that receive stack events.") List<String> publishEventsToArn,
    @Doc("How many previous artifact versions to keep in the deployment bucket.")
        @Default("10")
        @Range(min = 1)
        int previousVersionsToKeep,
    @Doc("Accepted for compatibility.") @Default("false") boolean disableS3TransferAcceleration,
    @Doc(
            "Stages treated as production (a formwork extension): `deploy --hotswap` and `dev`"
                + " refuse them, because they update functions without CloudFormation. Default:"
                + " prod and production; [] marks none.")
        Optional<List<String>> productionStages) {

  /** The stages treated as production when {@code productionStages} is not set. */
  public static final List<String> DEFAULT_PRODUCTION_STAGES = List.of("prod", "production");

  /** Whether {@code stage} is marked as production in this config (or by default). */
  public static boolean isProduction(Optional<DeploymentConfig> config, String stage) {
    return config
        .flatMap(DeploymentConfig::productionStages)
        .orElse(DEFAULT_PRODUCTION_STAGES)
        .contains(stage);
  }
}
