package dev.formwork.compiler.split;

import static org.assertj.core.api.Assertions.assertThat;

import dev.formwork.compiler.split.TemplateReferences.Crossing;
import dev.formwork.compiler.template.Cf;
import dev.formwork.schema.json.JsonParser;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.json.JsonWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the split finds and rewrites: every form of Ref, Fn::GetAtt and Fn::Sub. */
class TemplateReferencesTest {

  @Test
  void findsRefGetAttInBothFormsAndSubVariablesButNotSubLocalsOrLiterals() throws Exception {
    JsonValue value =
        JsonParser.parse(
            """
            {"A": {"Ref": "Queue"},
             "B": {"Fn::GetAtt": ["Table", "StreamArn"]},
             "C": {"Fn::GetAtt": "Db.Endpoint.Address"},
             "D": {"Fn::Sub": "arn:${AWS::Partition}:x:${Topic}:${Bus.Arn}:${!Literal}"},
             "E": {"Fn::Sub": ["${local}-${Fn.Arn}", {"local": {"Ref": "Bucket"}}]}}
            """);
    List<ValueRef> reads = new ArrayList<>();
    TemplateReferences.collect(value, reads::add);
    assertThat(reads)
        .containsExactly(
            ValueRef.ref("Queue"),
            ValueRef.attribute("Table", "StreamArn"),
            ValueRef.attribute("Db", "Endpoint.Address"),
            ValueRef.ref("AWS::Partition"),
            ValueRef.ref("Topic"),
            ValueRef.attribute("Bus", "Arn"),
            ValueRef.attribute("Fn", "Arn"),
            ValueRef.ref("Bucket"));
  }

  @Test
  void rewritesReadsAsParametersWithoutTouchingOtherValues() throws Exception {
    JsonValue value =
        JsonParser.parse(
            """
            {"A": {"Ref": "Queue"}, "B": {"Fn::GetAtt": "Table.Arn"}, "C": "Queue",
             "D": {"Fn::Sub": "${Table.Arn}/index/*-${AWS::Region}-${!Table.Arn}"}}
            """);
    JsonValue rewritten =
        TemplateReferences.rewrite(
            value,
            read ->
                read.target().startsWith("AWS::")
                    ? Optional.empty()
                    : Optional.of(
                        new Crossing(
                            Cf.ref(CrossStackNames.base(read)),
                            CrossStackNames.base(read),
                            Optional.empty())));
    assertThat(JsonWriter.compact(rewritten))
        .isEqualTo(
            "{\"A\":{\"Ref\":\"Queue\"},\"B\":{\"Ref\":\"TableArn\"},\"C\":\"Queue\","
                + "\"D\":{\"Fn::Sub\":\"${TableArn}/index/*-${AWS::Region}-${!Table.Arn}\"}}");
  }

  @Test
  void aRootSubReadingANestedOutputBindsItAsAVariableOfTheSub() throws Exception {
    JsonValue value =
        JsonParser.parse(
            """
            {"Fn::Sub": ["${Fn.Arn} ${FnArn} ${own}", {"own": "x", "FnArn": "taken"}]}
            """);
    JsonValue output = Cf.getAtt("NestedStack01", "Outputs.FnArn");
    JsonValue rewritten =
        TemplateReferences.rewrite(
            value,
            read ->
                read.target().equals("Fn")
                    ? Optional.of(new Crossing(output, "FnArn", Optional.of(output)))
                    : Optional.empty());
    // "FnArn" is a variable of the Sub already, so the output is bound under another name.
    assertThat(JsonWriter.compact(rewritten))
        .isEqualTo(
            "{\"Fn::Sub\":[\"${FnArn2} ${FnArn} ${own}\",{\"FnArn\":\"taken\",\"FnArn2\":"
                + "{\"Fn::GetAtt\":[\"NestedStack01\",\"Outputs.FnArn\"]},\"own\":\"x\"}]}");
  }

  @Test
  void anUnchangedValueIsTheSameObject() throws Exception {
    JsonValue value = JsonParser.parse("{\"A\": {\"Ref\": \"Queue\"}, \"B\": [1, \"x\"]}");
    assertThat(TemplateReferences.rewrite(value, read -> Optional.empty())).isSameAs(value);
  }
}
