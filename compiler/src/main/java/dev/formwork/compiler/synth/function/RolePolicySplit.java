package dev.formwork.compiler.synth.function;

import dev.formwork.compiler.template.PolicyStatement;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Fits a role's IAM statements into IAM's size limits: inline policies while they fit in {@value
 * #MAX_INLINE_CHARS} characters, the rest in managed policies of at most {@value
 * #MAX_MANAGED_CHARS} characters each, splitting a statement's resources where one statement alone
 * is too big. The result depends only on the statements, never on the order they were granted in.
 * Quotas: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html
 */
final class RolePolicySplit {

  /** All inline policies of a role together, whitespace not counted. */
  static final int MAX_INLINE_CHARS = 10_240;

  /** One managed policy, whitespace not counted. */
  static final int MAX_MANAGED_CHARS = 6_144;

  /** Managed policies attached to a role: the default quota (AWS raises it to 20 on request). */
  static final int MAX_MANAGED_POLICIES_PER_ROLE = 10;

  /**
   * The inline policies (name → statements) and the documents of the managed policies, in order.
   */
  record Result(
      Map<String, List<PolicyStatement>> inline,
      List<List<PolicyStatement>> managed,
      int totalChars) {}

  private RolePolicySplit() {}

  static int inlineChars(String name, List<PolicyStatement> statements) {
    return name.length() + PolicySize.chars(PolicyStatement.document(statements));
  }

  static int documentChars(List<PolicyStatement> statements) {
    return PolicySize.chars(PolicyStatement.document(statements));
  }

  /**
   * Splits the policies (sorted by name); empty when a single resource's statement exceeds a
   * managed policy.
   */
  static Optional<Result> split(Map<String, List<PolicyStatement>> policies) {
    int total = 0;
    for (Map.Entry<String, List<PolicyStatement>> policy : policies.entrySet()) {
      total += inlineChars(policy.getKey(), policy.getValue());
    }
    if (total <= MAX_INLINE_CHARS) {
      return Optional.of(new Result(policies, List.of(), total));
    }
    // Policies stay inline in name order while they fit; the others move to managed policies.
    Map<String, List<PolicyStatement>> inline = new LinkedHashMap<>();
    List<PolicyStatement> moved = new ArrayList<>();
    int inlineChars = 0;
    for (Map.Entry<String, List<PolicyStatement>> policy : policies.entrySet()) {
      int size = inlineChars(policy.getKey(), policy.getValue());
      if (inlineChars + size <= MAX_INLINE_CHARS) {
        inline.put(policy.getKey(), policy.getValue());
        inlineChars += size;
      } else {
        moved.addAll(policy.getValue());
      }
    }
    // The moved statements fill managed policies in their normalised order, a statement's (sorted)
    // resources spilling into the next policy when the current one is full; so each statement is
    // cut at
    // most where a policy ends, and each document is measured as it will be written.
    List<List<PolicyStatement>> managed = new ArrayList<>();
    List<PolicyStatement> current = new ArrayList<>();
    for (PolicyStatement statement : PolicyStatement.normalize(moved)) {
      List<JsonValue> chunk = new ArrayList<>();
      for (JsonValue resource : statement.resources()) {
        List<JsonValue> candidate = new ArrayList<>(chunk);
        candidate.add(resource);
        if (documentChars(with(current, withResources(statement, candidate)))
            <= MAX_MANAGED_CHARS) {
          chunk = candidate;
          continue;
        }
        if (!chunk.isEmpty()) {
          current.add(withResources(statement, chunk));
        }
        if (!current.isEmpty()) {
          managed.add(current);
        }
        current = new ArrayList<>();
        chunk = new ArrayList<>(List.of(resource));
        if (documentChars(List.of(withResources(statement, chunk))) > MAX_MANAGED_CHARS) {
          return Optional.empty(); // one resource with its actions and condition is already too big
        }
      }
      if (!chunk.isEmpty()) {
        current.add(withResources(statement, chunk));
      }
    }
    if (!current.isEmpty()) {
      managed.add(current);
    }
    return Optional.of(new Result(inline, managed, total));
  }

  private static List<PolicyStatement> with(
      List<PolicyStatement> statements, PolicyStatement extra) {
    List<PolicyStatement> all = new ArrayList<>(statements);
    all.add(extra);
    return all;
  }

  /**
   * Part of a statement. The parts of one statement always land in different policies (a statement
   * is only cut where a policy is full), so a Sid stays unique within each policy.
   */
  private static PolicyStatement withResources(
      PolicyStatement statement, List<JsonValue> resources) {
    return new PolicyStatement(
        statement.sid(), statement.effect(), statement.actions(), resources, statement.condition());
  }

  /** The document of a managed policy, as written. */
  static JsonObject document(List<PolicyStatement> statements) {
    return PolicyStatement.document(statements);
  }
}
