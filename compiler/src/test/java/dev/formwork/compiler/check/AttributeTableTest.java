package dev.formwork.compiler.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.formwork.schema.testing.RepoRoot;
import java.io.IOException;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The shipped GetAtt table: generated from the pinned cfn-lint, and read as the script wrote it.
 */
class AttributeTableTest {

  @Test
  void theTableComesFromThePinnedCfnLint() throws IOException {
    Matcher pin =
        Pattern.compile("(?m)^cfn-lint==(\\S+)$")
            .matcher(Files.readString(RepoRoot.resolve("scripts/python-requirements.txt")));
    assertThat(pin.find()).isTrue();
    assertThat(AttributeTable.generatedFrom())
        .as("run scripts/generate-getatt-table after changing the cfn-lint pin")
        .contains("from cfn-lint " + pin.group(1) + "'s provider schemas");
  }

  @Test
  void namesAndPatternsAreLookedUpPerType() {
    AttributeTable table = AttributeTable.standard();
    AttributeTable.Attributes topic = table.of("AWS::SNS::Topic").orElseThrow();
    assertThat(topic.allows("TopicArn")).isTrue();
    assertThat(topic.allows("Arn")).isFalse();
    assertThat(table.of("AWS::SQS::Queue").orElseThrow().allows("QueueUrl")).isTrue();
    assertThat(table.of("AWS::Lambda::Function").orElseThrow().allows("SnapStartResponse.ApplyOn"))
        .isTrue();
    // A nested stack's outputs are a pattern.
    assertThat(table.of("AWS::CloudFormation::Stack").orElseThrow().allows("Outputs.BucketName"))
        .isTrue();
    assertThat(table.of("AWS::CloudFormation::Stack").orElseThrow().allows("Arn")).isFalse();
    // Third-party registry types formwork emits come from their registry schemas.
    assertThat(table.of("Upstash::DatabasesV1::Database").orElseThrow().allows("RestToken"))
        .isTrue();
    assertThat(
            table
                .of("MongoDB::Atlas::Cluster")
                .orElseThrow()
                .allows("ConnectionStrings.StandardSrv"))
        .isTrue();
    assertThat(table.of("Custom::Anything")).isEmpty();
  }

  /** Lines are parsed when a type is first looked up: every one of them must parse. */
  @Test
  void everyLineParses() {
    AttributeTable table = AttributeTable.standard();
    assertThat(table.types()).hasSizeGreaterThan(1500).contains("AWS::Lambda::Function");
    assertThat(table.types()).noneMatch(type -> type.isBlank() || type.startsWith("#"));
    for (String type : table.types()) {
      AttributeTable.Attributes attributes = table.of(type).orElseThrow();
      assertThat(attributes.names().size() + attributes.patterns().size()).as(type).isPositive();
    }
  }
}
