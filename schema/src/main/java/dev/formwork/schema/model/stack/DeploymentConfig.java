package dev.formwork.schema.model.stack;

import dev.formwork.schema.bind.Default;
import dev.formwork.schema.bind.Doc;
import dev.formwork.schema.bind.NoEffect;
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
    @Doc("Accepted for compatibility; formwork uploads without S3 Transfer Acceleration.")
        @NoEffect("formwork never uses S3 Transfer Acceleration, so there is nothing to disable.")
        @Default("false")
        boolean disableS3TransferAcceleration) {}
