package dev.formwork.schema.model.stack;

import dev.formwork.schema.bind.Default;
import dev.formwork.schema.bind.Doc;
import dev.formwork.schema.bind.NoEffect;
import dev.formwork.schema.bind.NotSupported;
import dev.formwork.schema.node.ConfigNode;
import java.util.Optional;

/**
 * Stack-operation settings (Stacktape's {@code deploymentConfig}). formwork's deployer does not
 * apply them yet, so each is refused by name rather than ignored: a stack the user believes is
 * protected must not be deployed unprotected.
 */
@Doc("Stack-operation settings used by the deployer.")
public record DeploymentConfig(
    @Doc("Protect the stack from deletion.")
        @NotSupported(NOT_APPLIED + " aws cloudformation update-termination-protection.")
        Optional<Boolean> terminationProtection,
    @Doc("Role CloudFormation assumes to deploy the stack.")
        @NotSupported(NOT_APPLIED + " the --role-arn of aws cloudformation deploy.")
        Optional<String> cloudformationRoleArn,
    @Doc("Alarm ARNs that roll the deployment back.")
        @NotSupported(NOT_APPLIED + " the stack's rollback configuration (RollbackTriggers).")
        Optional<ConfigNode> triggerRollbackOnAlarms,
    @Doc("Minutes to watch the rollback alarms after deploying.")
        @NotSupported(
            NOT_APPLIED + " the stack's rollback configuration (MonitoringTimeInMinutes).")
        Optional<ConfigNode> monitoringTimeAfterDeploymentInMinutes,
    @Doc("Keep failed resources instead of rolling back.")
        @NotSupported(NOT_APPLIED + " aws cloudformation execute-change-set --disable-rollback.")
        Optional<Boolean> disableAutoRollback,
    @Doc("SNS topic ARNs that receive stack events.")
        @NotSupported(NOT_APPLIED + " the stack's NotificationARNs.")
        Optional<ConfigNode> publishEventsToArn,
    @Doc("How many previous artifact versions to keep in the deployment bucket.")
        @NotSupported(
            "formwork keeps artifacts by content digest, so one artifact serves every version that"
                + " has the same code; use an S3 lifecycle rule on the deployment bucket to expire"
                + " old ones.")
        Optional<ConfigNode> previousVersionsToKeep,
    @Doc("Accepted for compatibility; formwork uploads without S3 Transfer Acceleration.")
        @NoEffect("formwork never uses S3 Transfer Acceleration, so there is nothing to disable.")
        @Default("false")
        boolean disableS3TransferAcceleration) {

  /** The start of each refusal; the rest names where AWS offers the setting meanwhile. */
  static final String NOT_APPLIED =
      "formwork's deployer does not apply it yet; set it outside formwork meanwhile with";
}
