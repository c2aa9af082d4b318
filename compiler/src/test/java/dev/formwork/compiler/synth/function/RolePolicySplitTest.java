package dev.formwork.compiler.synth.function;

import static org.assertj.core.api.Assertions.assertThat;

import dev.formwork.compiler.template.Cf;
import dev.formwork.compiler.template.PolicyStatement;
import dev.formwork.compiler.testing.CompileFixture;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.json.JsonWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The split of a role's statements into inline and managed policies: limits, completeness,
 * determinism.
 */
class RolePolicySplitTest {

  private static JsonValue bucket(int i) {
    return Cf.sub(
        "arn:${AWS::Partition}:s3:::archive-dev-bucket-number-"
            + i
            + "-${AWS::AccountId}-${AWS::Region}");
  }

  private static List<PolicyStatement> bucketStatements(int buckets) {
    List<PolicyStatement> statements = new ArrayList<>();
    for (int i = 0; i < buckets; i++) {
      statements.add(PolicyStatement.allow("s3:ListBucket", bucket(i)));
      statements.add(
          PolicyStatement.allow(
              List.of("s3:GetObject", "s3:PutObject"),
              List.of(Cf.getAtt("B" + i + "Bucket", "Arn"))));
    }
    return statements;
  }

  private static Map<String, List<PolicyStatement>> policies(List<PolicyStatement> statements) {
    Map<String, List<PolicyStatement>> policies = new TreeMap<>();
    policies.put("iam-role-statements", statements);
    policies.put(
        "write-logs",
        List.of(
            PolicyStatement.allow("logs:PutLogEvents", Cf.sub("arn:${AWS::Partition}:logs:x"))));
    return policies;
  }

  @Test
  void smallRolesKeepEverythingInline() {
    RolePolicySplit.Result result =
        RolePolicySplit.split(policies(bucketStatements(3))).orElseThrow();
    assertThat(result.managed()).isEmpty();
    assertThat(result.inline()).hasSize(2);
  }

  @Test
  void largeRolesFitTheLimitsAndLoseNoPermission() {
    List<PolicyStatement> statements = bucketStatements(150);
    RolePolicySplit.Result result = RolePolicySplit.split(policies(statements)).orElseThrow();
    assertThat(result.managed()).isNotEmpty();
    int inline = 0;
    for (Map.Entry<String, List<PolicyStatement>> policy : result.inline().entrySet()) {
      inline += RolePolicySplit.inlineChars(policy.getKey(), policy.getValue());
    }
    assertThat(inline).isLessThanOrEqualTo(RolePolicySplit.MAX_INLINE_CHARS);
    Set<String> granted = new HashSet<>();
    List<PolicyStatement> all = new ArrayList<>();
    result.inline().values().forEach(all::addAll);
    for (List<PolicyStatement> managed : result.managed()) {
      assertThat(RolePolicySplit.documentChars(managed))
          .as("characters of a managed policy")
          .isLessThanOrEqualTo(RolePolicySplit.MAX_MANAGED_CHARS);
      all.addAll(managed);
    }
    for (PolicyStatement statement : all) {
      for (JsonValue resource : statement.resources()) {
        assertThat(granted.add(statement.actions() + " " + JsonWriter.compact(resource)))
            .as("granted twice: %s", resource)
            .isTrue();
      }
    }
    // 150 ListBucket + 150 object grants + the log statement, each exactly once.
    assertThat(granted).hasSize(301);
  }

  @Test
  void theOrderOfGrantsDoesNotChangeTheSplit() {
    List<PolicyStatement> statements = bucketStatements(120);
    RolePolicySplit.Result original = RolePolicySplit.split(policies(statements)).orElseThrow();
    List<PolicyStatement> shuffled = new ArrayList<>(statements);
    Collections.shuffle(shuffled, new Random(7));
    RolePolicySplit.Result reordered = RolePolicySplit.split(policies(shuffled)).orElseThrow();
    assertThat(documents(reordered)).isEqualTo(documents(original));
  }

  @Test
  void aStatementTooBigForAnyPolicyIsReported() {
    String huge = "s3:" + "x".repeat(RolePolicySplit.MAX_MANAGED_CHARS);
    List<PolicyStatement> statements = new ArrayList<>(bucketStatements(100));
    statements.add(PolicyStatement.allow(huge, bucket(1)));
    assertThat(RolePolicySplit.split(policies(statements))).isEmpty();
  }

  @Test
  void theSplitPartsOfAStatementWithASidLandInDifferentPolicies() {
    List<JsonValue> resources = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      resources.add(bucket(i));
    }
    PolicyStatement named =
        new PolicyStatement(
            Optional.of("ReadArchives"),
            "Allow",
            List.of("s3:GetObject"),
            resources,
            Optional.empty());
    RolePolicySplit.Result result = RolePolicySplit.split(policies(List.of(named))).orElseThrow();
    assertThat(result.managed()).hasSizeGreaterThan(1);
    for (List<PolicyStatement> managed : result.managed()) {
      assertThat(managed)
          .filteredOn(statement -> statement.sid().equals(Optional.of("ReadArchives")))
          .hasSize(1);
    }
  }

  @Test
  void reorderingIamRoleStatementsChangesNoByteOfTheSplitTemplate() {
    List<String> statements = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      statements.add(
          "        - {Action: [s3:ListBucket], Resource: [\"$ResourceParam('b"
              + i
              + "', 'arn')\"]}");
      statements.add(
          "        - {Action: [s3:GetObject], Resource: [\"$CfFormat('{}/*', $ResourceParam('b"
              + i
              + "', 'arn'))\"]}");
    }
    String original = compile(statements);
    assertThat(original).as("the role is split").contains("\"WorkerPolicy1\"");
    List<String> shuffled = new ArrayList<>(statements);
    Collections.shuffle(shuffled, new Random(11));
    assertThat(compile(shuffled)).isEqualTo(original);
  }

  private static List<String> documents(RolePolicySplit.Result result) {
    List<String> documents = new ArrayList<>();
    result
        .inline()
        .forEach(
            (name, statements) ->
                documents.add(name + JsonWriter.compact(PolicyStatement.document(statements))));
    result
        .managed()
        .forEach(
            statements -> documents.add(JsonWriter.compact(PolicyStatement.document(statements))));
    return documents;
  }

  private static String compile(List<String> statements) {
    StringBuilder config = new StringBuilder("serviceName: archive\nresources:\n");
    for (int i = 0; i < 120; i++) {
      config.append("  b").append(i).append(": {type: bucket, properties: {}}\n");
    }
    config
        .append("  worker:\n    type: function\n    properties:\n")
        .append(
            "      packaging: {type: stacktape-lambda-buildpack, properties: {entryfilePath:"
                + " src/worker.py}}\n")
        .append("      iamRoleStatements:\n");
    statements.forEach(statement -> config.append(statement).append('\n'));
    return CompileFixture.template(config.toString());
  }
}
