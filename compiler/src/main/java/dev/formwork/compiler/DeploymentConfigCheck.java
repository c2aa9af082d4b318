package dev.formwork.compiler;

import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.diag.Diagnostics;
import dev.formwork.schema.model.stack.DeploymentConfig;
import java.util.List;
import java.util.Optional;

/**
 * Checks {@code deploymentConfig} before anything is deployed: the quotas CloudFormation puts on
 * rollback triggers and notification topics, the shape of each ARN, and the one setting formwork
 * cannot honour (S3 Transfer Acceleration), so that no setting is accepted and ignored.
 */
final class DeploymentConfigCheck {

  /** CloudFormation's quota of rollback triggers per stack operation. */
  static final int MAX_ROLLBACK_TRIGGERS = 5;

  /** CloudFormation's quota of notification ARNs per stack. */
  static final int MAX_NOTIFICATION_TOPICS = 5;

  private static final String TOPIC_ARN = "arn:aws[a-z-]*:sns:[a-z0-9-]+:[0-9]{12}:[A-Za-z0-9_.-]+";
  private static final String ALARM_ARN = "arn:aws[a-z-]*:cloudwatch:[a-z0-9-]+:[0-9]{12}:alarm:.+";
  private static final String ALARM_NAME = "[^:]{1,255}";

  private DeploymentConfigCheck() {}

  static void check(DeploymentConfig config, Diagnostics diagnostics) {
    ConfigPath root = ConfigPath.of("deploymentConfig");
    List<String> alarms = config.triggerRollbackOnAlarms();
    if (alarms.size() > MAX_ROLLBACK_TRIGGERS) {
      diagnostics.error(
          Code.LIMIT_ROLLBACK_TRIGGERS,
          root.key("triggerRollbackOnAlarms"),
          alarms.size()
              + " rollback alarms are listed; CloudFormation watches at most "
              + MAX_ROLLBACK_TRIGGERS
              + ".",
          "Combine them into a composite alarm, or keep the 5 that matter most.");
    }
    for (int i = 0; i < alarms.size(); i++) {
      String alarm = alarms.get(i);
      if (!alarm.matches(ALARM_ARN) && (alarm.startsWith("arn:") || !alarm.matches(ALARM_NAME))) {
        diagnostics.valueError(
            Code.CONFIG_INVALID_VALUE,
            root.key("triggerRollbackOnAlarms").index(i),
            "'" + alarm + "' is neither a CloudWatch alarm name nor an alarm ARN.",
            "Write the alarm's name, or"
                + " arn:<partition>:cloudwatch:<region>:<account>:alarm:<name>.");
      }
    }
    List<String> topics = config.publishEventsToArn();
    if (topics.size() > MAX_NOTIFICATION_TOPICS) {
      diagnostics.error(
          Code.LIMIT_NOTIFICATION_TOPICS,
          root.key("publishEventsToArn"),
          topics.size()
              + " topics are listed; CloudFormation sends stack events to at most "
              + MAX_NOTIFICATION_TOPICS
              + ".",
          "Publish to one topic and subscribe the others' consumers to it.");
    }
    for (int i = 0; i < topics.size(); i++) {
      if (!topics.get(i).matches(TOPIC_ARN)) {
        diagnostics.valueError(
            Code.CONFIG_INVALID_VALUE,
            root.key("publishEventsToArn").index(i),
            "'" + topics.get(i) + "' is not an SNS topic ARN.",
            "Write arn:<partition>:sns:<region>:<account>:<topic>.");
      }
    }
    Optional<Boolean> disabled = config.disableS3TransferAcceleration();
    if (disabled.isPresent() && !disabled.get()) {
      diagnostics.valueWarning(
          Code.CONFIG_TRANSFER_ACCELERATION,
          root.key("disableS3TransferAcceleration"),
          "formwork uploads artifacts without S3 Transfer Acceleration, so this setting has no"
              + " effect.",
          "Remove it, or set it to true.");
    }
  }
}
