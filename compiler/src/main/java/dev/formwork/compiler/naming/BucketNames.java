package dev.formwork.compiler.naming;

import java.util.Locale;

/**
 * Physical names of {@code bucket} resources, {@code <stack>-<lowercase
 * name>-${AWS::AccountId}-${AWS::Region}} as an {@code Fn::Sub} template. The name is known without
 * referencing the bucket, so S3 notifications, permissions and IAM statements can name it without a
 * dependency cycle.
 */
public final class BucketNames {

  /** S3's limit on bucket names. */
  public static final int LIMIT = 63;

  /**
   * Room for the known part: 63 minus "-" + 12-digit account + "-" + the longest region (14
   * characters).
   */
  static final int KNOWN_PART_LIMIT = LIMIT - 1 - 12 - 1 - 14;

  private BucketNames() {}

  /** The {@code Fn::Sub} template of the bucket's name. */
  public static String subTemplate(String stackName, String resourceName) {
    String known = (stackName + "-" + resourceName).toLowerCase(Locale.ROOT);
    return PhysicalNames.fit(known, KNOWN_PART_LIMIT) + "-${AWS::AccountId}-${AWS::Region}";
  }

  /** The {@code Fn::Sub} template of the bucket's ARN. */
  public static String arnSubTemplate(String stackName, String resourceName) {
    return "arn:${AWS::Partition}:s3:::" + subTemplate(stackName, resourceName);
  }
}
