package dev.formwork.compiler.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.formwork.compiler.check.LogicalIdReferences;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.diag.Diagnostics;
import dev.formwork.schema.diag.SourceLocation;
import dev.formwork.schema.diag.SourceMap;
import dev.formwork.schema.json.JsonWriter;
import dev.formwork.schema.node.ConfigNode;
import dev.formwork.schema.node.MapNode;
import dev.formwork.schema.node.ScalarNode;
import dev.formwork.schema.value.TextValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Literal {@code arn:aws:} ARNs from the config become partition-neutral Fn::Sub values, except
 * inside user intrinsics.
 */
class PartitionNeutralTest {

  private final Diagnostics diagnostics = new Diagnostics(SourceMap.none());
  private final TemplateValues values =
      new TemplateValues(new ResourceIndex(Map.of()), new LogicalIdReferences(), diagnostics);

  @Test
  void literalArnBecomesASubWithThePartitionAndExistingPlaceholdersEscaped() {
    String json =
        JsonWriter.compact(
            values.resolve(TextValue.of("arn:aws:s3:::bucket-${literal}/*"), ConfigPath.of("x")));
    assertEquals("{\"Fn::Sub\":\"arn:${AWS::Partition}:s3:::bucket-${!literal}/*\"}", json);
    assertEquals(1, diagnostics.all().size());
    assertEquals(Code.TEMPLATE_LITERAL_PARTITION, diagnostics.all().get(0).code());
  }

  @Test
  void stringsInsideUserIntrinsicsAreKeptAsWritten() {
    ConfigNode sub =
        node(
            Map.of(
                "Fn::Sub",
                ScalarNode.string("arn:aws:iam::${AWS::AccountId}:root", SourceLocation.UNKNOWN)));
    assertEquals(
        "{\"Fn::Sub\":\"arn:aws:iam::${AWS::AccountId}:root\"}",
        JsonWriter.compact(values.resolve(sub, ConfigPath.of("y"))));
    assertEquals(List.of(), diagnostics.all());
  }

  @Test
  void otherTextIsUnchanged() {
    assertEquals(
        "\"hello\"", JsonWriter.compact(values.resolve(TextValue.of("hello"), ConfigPath.of("z"))));
  }

  private static ConfigNode node(Map<String, ConfigNode> entries) {
    List<MapNode.Entry> list = new java.util.ArrayList<>();
    entries.forEach(
        (key, value) -> list.add(new MapNode.Entry(key, SourceLocation.UNKNOWN, value)));
    return MapNode.of(list, SourceLocation.UNKNOWN);
  }
}
