package dev.formwork.deployer.stack;

import java.util.List;

/**
 * The ARNs of {@code deploymentConfig.triggerRollbackOnAlarms}: an ARN as written, a name as the
 * alarm of that name in the stack's account and region (in the caller's partition).
 */
public final class RollbackAlarms {

  private RollbackAlarms() {}

  public static List<String> arns(
      List<String> alarms, String partition, String region, String account) {
    return alarms.stream()
        .map(
            alarm ->
                alarm.startsWith("arn:")
                    ? alarm
                    : "arn:"
                        + partition
                        + ":cloudwatch:"
                        + region
                        + ":"
                        + account
                        + ":alarm:"
                        + alarm)
        .toList();
  }

  /**
   * The partition of an ARN (the caller's, from STS GetCallerIdentity): aws, aws-cn, aws-us-gov.
   */
  public static String partitionOf(String arn) {
    String[] parts = arn.split(":", -1);
    return parts.length > 1 && !parts[1].isEmpty() ? parts[1] : "aws";
  }
}
