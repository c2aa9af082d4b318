package dev.formwork.compiler.split;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Names of the parameters and outputs that carry values across stacks. A value's name is its
 * logical ID followed by its attribute ({@code OrdersTable}, {@code OrdersTableArn}, {@code
 * OrdersTableStreamArn}); the root's own stack name and ID are {@code RootStackName} and {@code
 * RootStackId}. A name already taken in the template gets a number ({@code OrdersTableArn2}), so
 * names are unique and, given the same values, the same on every compile.
 */
final class CrossStackNames {

  /** CloudFormation's limit for logical IDs, parameter and output names. */
  static final int MAX_LENGTH = 255;

  private CrossStackNames() {}

  /**
   * A name for each value, in the values' order, none of them in {@code taken}: the names of a
   * template's resources (for parameters) or nothing (for outputs).
   */
  static SortedMap<ValueRef, String> assign(Collection<ValueRef> sortedValues, Set<String> taken) {
    SortedMap<ValueRef, String> names = new TreeMap<>();
    Set<String> used = new HashSet<>(taken);
    for (ValueRef value : sortedValues) {
      String base = base(value);
      String name = base;
      for (int n = 2; used.contains(name); n++) {
        name = fit(base, String.valueOf(n));
      }
      used.add(name);
      names.put(value, name);
    }
    return names;
  }

  static String base(ValueRef value) {
    if (value.target().equals(Pseudo.STACK_NAME)) {
      return "RootStackName";
    }
    if (value.target().equals(Pseudo.STACK_ID)) {
      return "RootStackId";
    }
    String attribute = value.attribute().orElse("").replaceAll("[^A-Za-z0-9]", "");
    return fit(value.target().replaceAll("[^A-Za-z0-9]", "") + attribute, "");
  }

  /** {@code name + suffix} within {@link #MAX_LENGTH}, shortened with a hash of the name. */
  private static String fit(String name, String suffix) {
    if (name.length() + suffix.length() <= MAX_LENGTH) {
      return name + suffix;
    }
    String hash = sha256(name).substring(0, 8);
    return name.substring(0, MAX_LENGTH - suffix.length() - hash.length()) + hash + suffix;
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("SHA-256 is always available", impossible);
    }
  }

  /** The pseudo parameters whose value differs in a nested stack, so they cross as parameters. */
  static final class Pseudo {
    static final String STACK_NAME = "AWS::StackName";
    static final String STACK_ID = "AWS::StackId";

    private Pseudo() {}

    static boolean differsInNestedStacks(String name) {
      return name.equals(STACK_NAME) || name.equals(STACK_ID);
    }
  }
}
