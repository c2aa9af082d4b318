package dev.formwork.schema.naming;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The name of a stack's deployment bucket, which holds its artifacts and large templates. One
 * bucket per stack, account and region: {@code fw-<stack>-<account>-<region>}, at most 63
 * characters. The compiler writes it as an {@code Fn::Sub}; the deployer computes the same name
 * from the real account.
 */
public final class DeploymentBucket {

  /**
   * Longest region name (e.g. ap-southeast-3) plus the fixed parts leave this much for the stack.
   */
  private static final int MAX_STACK_PART = 63 - "fw-".length() - 1 - 12 - 1 - 14;

  private DeploymentBucket() {}

  /** The bucket name for a known account and region. */
  public static String name(String stackName, String accountId, String region) {
    return "fw-" + stackPart(stackName) + "-" + accountId + "-" + region;
  }

  /** The same name as a CloudFormation {@code Fn::Sub} template string. */
  public static String subTemplate(String stackName) {
    return "fw-" + stackPart(stackName) + "-${AWS::AccountId}-${AWS::Region}";
  }

  /** Lower-cased stack name; shortened with a hash suffix when too long, so names stay unique. */
  static String stackPart(String stackName) {
    String lower = stackName.toLowerCase(Locale.ROOT);
    if (lower.length() <= MAX_STACK_PART) {
      return lower;
    }
    return lower.substring(0, MAX_STACK_PART - 7) + "-" + shortHash(lower);
  }

  private static String shortHash(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 3);
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("SHA-256 is always available", impossible);
    }
  }
}
