package dev.formwork.schema.model.stack;

import dev.formwork.schema.bind.Default;
import dev.formwork.schema.bind.Doc;
import dev.formwork.schema.bind.ModelConstraintException;
import dev.formwork.schema.bind.Pattern;
import dev.formwork.schema.bind.Range;
import dev.formwork.schema.diag.Code;
import java.util.List;
import java.util.Optional;

/**
 * Stack-operation settings the deployer uses; they do not change the template (docs/updates.md says
 * what each one does).
 */
@Doc("Stack-operation settings used by the deployer.")
public record DeploymentConfig(
    @Doc(
            "Turn on CloudFormation termination protection: `formwork delete` (and any other"
                + " delete) is refused while it is on. Set on every deploy.")
        @Default("false")
        boolean terminationProtection,
    @Doc(
            "IAM role CloudFormation assumes to change the stack, so the deploying credentials"
                + " need only pass it (least-privilege CI deploys).")
        @Pattern(
            regex = "arn:aws[a-z-]*:iam::[0-9]{12}:role/.+",
            meaning = "an IAM role ARN (arn:<partition>:iam::<account>:role/<name>)")
        Optional<String> cloudformationRoleArn,
    @Doc(
            "Existing CloudWatch metric alarms (names or ARNs, at most 5) that roll the deploy back"
                + " when they go to ALARM during it or the monitoring time after it.")
        List<String> triggerRollbackOnAlarms,
    @Doc("Minutes CloudFormation keeps watching the rollback alarms after the deploy.")
        @Default("0")
        @Range(min = 0, max = 180)
        int monitoringTimeAfterDeploymentInMinutes,
    @Doc(
            "Keep what a failed deploy created or changed instead of rolling back; fix and deploy"
                + " again, or run `formwork rollback --continue`.")
        @Default("false")
        boolean disableAutoRollback,
    @Doc("SNS topic ARNs (at most 5) that receive the stack's events.")
        List<String> publishEventsToArn,
    @Doc(
            "How many deployments' artifacts and templates the deployment bucket keeps; older ones"
                + " are deleted after a successful deploy (never one the stack uses).")
        @Default("10")
        @Range(min = 1)
        int previousVersionsToKeep,
    @Doc(
            "true, or absent: formwork uploads without S3 Transfer Acceleration. false asks for"
                + " acceleration, which formwork does not use (a warning).")
        Optional<Boolean> disableS3TransferAcceleration,
    @Doc(
            "Stages treated as production (a formwork extension): `deploy --hotswap` and `dev`"
                + " refuse them, because they update functions without CloudFormation. Default:"
                + " prod and production; [] marks none.")
        Optional<List<String>> productionStages) {

  /** The stages treated as production when {@code productionStages} is not set. */
  public static final List<String> DEFAULT_PRODUCTION_STAGES = List.of("prod", "production");

  public DeploymentConfig {
    // An alarm can only roll back a deploy that is allowed to roll back.
    if (disableAutoRollback && !triggerRollbackOnAlarms.isEmpty()) {
      throw new ModelConstraintException(
          Code.CONFIG_EXCLUSIVE_PROPERTIES,
          "disableAutoRollback",
          "triggerRollbackOnAlarms roll a deploy back, which disableAutoRollback turns off; use"
              + " one of them.");
    }
  }

  /** Whether {@code stage} is marked as production in this config (or by default). */
  public static boolean isProduction(Optional<DeploymentConfig> config, String stage) {
    return config
        .flatMap(DeploymentConfig::productionStages)
        .orElse(DEFAULT_PRODUCTION_STAGES)
        .contains(stage);
  }
}
