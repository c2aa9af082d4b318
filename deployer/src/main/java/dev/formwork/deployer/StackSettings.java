package dev.formwork.deployer;

import java.util.List;
import java.util.Optional;

/**
 * The stack-operation settings of {@code deploymentConfig}, as the deployer applies them:
 * termination protection (set on every deploy), the role CloudFormation assumes for the change set,
 * the rollback alarms (names or ARNs) and monitoring time, whether a failure keeps what was changed
 * instead of rolling back, the topics that receive stack events, and how many deployments'
 * artifacts the deployment bucket keeps.
 */
public record StackSettings(
    boolean terminationProtection,
    Optional<String> roleArn,
    List<String> rollbackAlarms,
    int monitoringMinutes,
    boolean disableRollback,
    List<String> notificationArns,
    int deploymentsToKeep) {

  /** deploymentConfig's defaults (Stacktape's): no protection, no alarms, keep 10 deployments. */
  public static final StackSettings DEFAULTS =
      new StackSettings(false, Optional.empty(), List.of(), 0, false, List.of(), 10);

  public StackSettings {
    rollbackAlarms = List.copyOf(rollbackAlarms);
    notificationArns = List.copyOf(notificationArns);
    if (deploymentsToKeep < 1) {
      throw new IllegalArgumentException("deploymentsToKeep must be at least 1");
    }
  }
}
