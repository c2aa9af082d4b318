package dev.formwork.compiler.naming;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * AWS physical names derived from the stack name, shortened to each service's limit with a hash
 * suffix so that long names stay unique and stable.
 */
public final class PhysicalNames {

  public static final int LAMBDA_FUNCTION_LIMIT = 64;

  private PhysicalNames() {}

  /** {@code <stack>-<name>}, at most 64 characters. */
  public static String function(String stackName, String resourceName) {
    return fit(stackName + "-" + resourceName, LAMBDA_FUNCTION_LIMIT);
  }

  /**
   * The name itself when it fits; otherwise its first {@code limit - 9} characters, a dash and 8
   * hex characters of its SHA-256 (32 bits: collisions among names sharing a long prefix are
   * unlikely, unlike Stacktape's 24-bit suffix).
   */
  public static String fit(String name, int limit) {
    if (name.length() <= limit) {
      return name;
    }
    return name.substring(0, limit - 9) + "-" + hash(name, 4);
  }

  static String hash(String text, int bytes) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, bytes);
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("SHA-256 is always available", impossible);
    }
  }
}
