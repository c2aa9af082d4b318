package dev.formwork.compiler.split;

import static org.assertj.core.api.Assertions.assertThat;

import dev.formwork.compiler.template.CfResource;
import dev.formwork.compiler.template.Template;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonParser;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.json.JsonWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The parts of the split on hand-written templates: sizes, names, lists, the deployed placement.
 */
class SplitPartsTest {

  @Test
  void aResourceScanMeasuresExactlyWhatJsonWriterWrites() throws Exception {
    JsonValue resource =
        JsonParser.parse(
            """
            {"Type": "AWS::SQS::Queue", "DependsOn": ["A", "B"],
             "Properties": {"QueueName": "é\\"quote\\"\\n\\u0001 ✓ 𝄞", "Delay": 5, "Fifo": false,
               "Empty": {}, "None": [], "Null": null,
               "Tags": [{"Key": "k", "Value": {"Fn::Sub": "{{resolve:ssm:/a}} {{resolve:ssm:/b}}"}}]}}
            """);
    String written =
        JsonWriter.pretty(JsonObject.of("Resources", JsonObject.of("MyQueue", resource)));
    ResourceScan scan = ResourceScan.of("MyQueue", resource);
    // Around the resource: the template's braces and its "Resources" member. The scan counts the
    // resource's line break and indentation, and a comma after it that the last member has not.
    long around = "{\n  \"Resources\": {".length() + "\n  }\n}\n".length();
    assertThat(scan.weight().bytes() - 1)
        .isEqualTo(written.getBytes(StandardCharsets.UTF_8).length - around);
    assertThat(scan.weight().dynamicReferences()).isEqualTo(2);
  }

  @Test
  void crossStackNamesAreUniqueInTheirTemplateAndShortEnough() {
    SortedMap<ValueRef, String> names =
        CrossStackNames.assign(
            List.of(
                ValueRef.ref("AWS::StackName"),
                ValueRef.ref("Table"),
                ValueRef.attribute("Table", "Arn"),
                ValueRef.ref("TableArn"),
                ValueRef.ref("X".repeat(300))),
            Set.of("Table"));
    assertThat(names)
        .containsEntry(ValueRef.ref("AWS::StackName"), "RootStackName")
        .containsEntry(ValueRef.ref("Table"), "Table2")
        .containsEntry(ValueRef.attribute("Table", "Arn"), "TableArn")
        .containsEntry(ValueRef.ref("TableArn"), "TableArn2");
    assertThat(names.get(ValueRef.ref("X".repeat(300)))).hasSize(255).startsWith("XXXX");
  }

  @Test
  void aListAttributeCrossesAsACommaDelimitedListAndASplitJoin() throws Exception {
    // A raw VPC in the root; a function unit in a nested stack reads its list of CIDR
    // associations, and a root resource reads the function's (string) ARN.
    Template merged =
        template(
            """
            {"Vpc": {"Type": "AWS::EC2::VPC", "Properties": {"CidrBlock": "10.0.0.0/16"}},
             "Fn": {"Type": "AWS::Lambda::Function", "Properties": {"Tags": [{"Key": "cidrs",
               "Value": {"Fn::Join": [" ", {"Fn::GetAtt": ["Vpc", "CidrBlockAssociations"]}]}}]}},
             "Watch": {"Type": "AWS::SNS::Topic", "Properties": {"DisplayName":
               {"Fn::GetAtt": ["Fn", "Arn"]}}}}
            """);
    MergedView view =
        MergedView.of(
            merged,
            Map.of(
                "Vpc", "cloudformationResources.Vpc",
                "Fn", "fn",
                "Watch", "cloudformationResources.Watch"),
            Set.of("fn"));
    Placement placement =
        new Placement(
            new TreeMap<>(
                Map.of(
                    "fn", "NestedStack01",
                    "cloudformationResources.Vpc", "",
                    "cloudformationResources.Watch", "")),
            Set.of());
    SplitAssembly.Assembled assembled =
        SplitAssembly.assemble(view, placement, new TreeMap<>(), "app-dev");
    Template nested = assembled.nested().get("NestedStack01").template();
    assertThat(JsonWriter.compact(nested.parameters().get("VpcCidrBlockAssociations")))
        .isEqualTo("{\"Type\":\"CommaDelimitedList\"}");
    assertThat(JsonWriter.compact(nested.resources().get("Fn").properties()))
        .contains("{\"Fn::Join\":[\" \",{\"Ref\":\"VpcCidrBlockAssociations\"}]}");
    CfResource stack = assembled.root().resources().get("NestedStack01");
    assertThat(JsonWriter.compact(stack.properties().get("Parameters").orElseThrow()))
        .isEqualTo(
            "{\"VpcCidrBlockAssociations\":{\"Fn::Join\":[\",\",[{\"Fn::GetAtt\":[\"Vpc\","
                + "\"CidrBlockAssociations\"]}]]}}");
    assertThat(JsonWriter.compact(assembled.root().resources().get("Watch").properties()))
        .isEqualTo("{\"DisplayName\":{\"Fn::GetAtt\":[\"NestedStack01\",\"Outputs.FnArn\"]}}");
    assertThat(nested.outputs()).containsOnlyKeys("FnArn");
  }

  @Test
  void aNoEchoParameterOfTheRootStaysNoEchoInTheNestedStackThatReadsIt() throws Exception {
    // A plain-text secret that deploy fills (NoEcho) and a hosted zone, both read by a function
    // in a nested stack: the secret must be masked in the nested stack's parameters too.
    Template withoutParameters =
        template(
            """
            {"Fn": {"Type": "AWS::Lambda::Function", "Properties": {"Environment": {"Variables":
               {"KEY": {"Ref": "LogApiKey"}, "ZONE": {"Ref": "ZoneParameter"}}}}}}
            """);
    Template merged =
        new Template(
            withoutParameters.resources(),
            new TreeMap<>(),
            new TreeMap<>(
                Map.of(
                    "LogApiKey",
                    (JsonObject) JsonParser.parse("{\"Type\": \"String\", \"NoEcho\": true}"),
                    "ZoneParameter",
                    (JsonObject) JsonParser.parse("{\"Type\": \"AWS::Route53::HostedZone::Id\"}"))),
            "app");
    MergedView view = MergedView.of(merged, Map.of("Fn", "fn"), Set.of("fn"));
    Placement placement = new Placement(new TreeMap<>(Map.of("fn", "NestedStack01")), Set.of());

    SplitAssembly.Assembled assembled =
        SplitAssembly.assemble(view, placement, new TreeMap<>(), "app-dev");

    Template nested = assembled.nested().get("NestedStack01").template();
    assertThat(JsonWriter.compact(nested.parameters().get("LogApiKey")))
        .isEqualTo("{\"NoEcho\":true,\"Type\":\"String\"}");
    assertThat(JsonWriter.compact(nested.parameters().get("ZoneParameter")))
        .isEqualTo("{\"Type\":\"String\"}");
    assertThat(JsonWriter.compact(assembled.root().resources().get("NestedStack01").properties()))
        .contains(
            "\"Parameters\":{\"LogApiKey\":{\"Ref\":\"LogApiKey\"},"
                + "\"ZoneParameter\":{\"Ref\":\"ZoneParameter\"}}");
    assertThat(assembled.root().parameters()).containsOnlyKeys("LogApiKey", "ZoneParameter");
  }

  @Test
  void theDeployedPlacementIsReadFromTheUnitsMetadataOfTheRootsNestedStacks() throws Exception {
    DeployedPlacement placement =
        DeployedPlacement.fromRootTemplate(
            JsonParser.parse(
                """
                {"Resources": {
                  "Table": {"Type": "AWS::DynamoDB::Table"},
                  "NestedStack01": {"Type": "AWS::CloudFormation::Stack",
                    "Metadata": {"FormworkUnits": ["fn1", "q1"]}},
                  "Theirs": {"Type": "AWS::CloudFormation::Stack"}}}
                """));
    assertThat(placement.rootLogicalIds()).containsExactly("Table", "Theirs");
    assertThat(placement.nestedUnits())
        .containsOnlyKeys("NestedStack01")
        .containsEntry("NestedStack01", new TreeSet<>(Set.of("fn1", "q1")));
    assertThat(placement.isSplit()).isTrue();
    assertThat(DeployedPlacement.fromRootTemplate(JsonParser.parse("[]")).isSplit()).isFalse();
  }

  private static Template template(String resourcesJson) throws Exception {
    JsonObject resources = (JsonObject) JsonParser.parse(resourcesJson);
    SortedMap<String, CfResource> parsed = new TreeMap<>();
    resources
        .members()
        .forEach(
            (id, json) -> {
              JsonObject object = (JsonObject) json;
              parsed.put(
                  id,
                  CfResource.of(
                      ((JsonString) object.get("Type").orElseThrow()).value(),
                      (JsonObject) object.get("Properties").orElse(JsonObject.EMPTY)));
            });
    return new Template(parsed, new TreeMap<>(), new TreeMap<>(), "app");
  }
}
