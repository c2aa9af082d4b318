package dev.formwork.compiler.synth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.formwork.compiler.CompileResult;
import dev.formwork.compiler.testing.CompileFixture;
import dev.formwork.schema.diag.Diagnostic;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.json.JsonWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Whole-compile checks of the event integrations that golden files cannot express well. */
class EventIntegrationsTest {

  private static final String HEADER =
      """
      serviceName: events
      resources:
        mainApi:
          type: http-api-gateway
          properties: {}
        photos:
          type: bucket
          properties: {}
        mainLb:
          type: application-load-balancer
          properties:
            vpcId: vpc-1
            subnetIds: [subnet-1, subnet-2]
            listeners: [{protocol: HTTP, port: 80}]
        source:
          type: function
          properties:
            packaging: {type: stacktape-lambda-buildpack, properties: {entryfilePath: src/s.ts}}
        handler:
          type: function
          properties:
            packaging: {type: stacktape-lambda-buildpack, properties: {entryfilePath: src/h.ts}}
            events:
      """;

  private static final List<String> EVENTS =
      List.of(
          "{type: http-api-gateway, properties: {httpApiGatewayName: mainApi, method: GET, path:"
              + " /a}}",
          "{type: http-api-gateway, properties: {httpApiGatewayName: mainApi, method: '*', path:"
              + " $default}}",
          "{type: s3, properties: {bucketArn: \"$ResourceParam('photos', 'arn')\", s3EventType:"
              + " 's3:ObjectCreated:*'}}",
          "{type: s3, properties: {bucketArn: \"$ResourceParam('photos', 'arn')\", s3EventType:"
              + " 's3:ObjectRemoved:*'}}",
          "{type: cloudwatch-log, properties: {logGroupArn: \"$ResourceParam('source',"
              + " 'logGroupArn')\"}}",
          "{type: cloudwatch-alarm, properties: {alarmName: external-alarm}}",
          "{type: application-load-balancer, properties: {loadBalancerName: mainLb, priority: 5,"
              + " paths: [/x]}}",
          "{type: application-load-balancer, properties: {loadBalancerName: mainLb, priority: 6,"
              + " paths: [/y]}}");

  @Test
  void reorderingEventsChangesNoByteOfTheTemplate() {
    String forward = template(config(EVENTS));
    List<String> reversed = new ArrayList<>(EVENTS);
    Collections.reverse(reversed);
    assertThat(template(config(reversed))).isEqualTo(forward);
    List<String> rotated = new ArrayList<>(EVENTS);
    Collections.rotate(rotated, 3);
    assertThat(template(config(rotated))).isEqualTo(forward);
  }

  @Test
  void threeHundredRoutesShareOnePermissionAndOneIntegration() {
    List<String> events = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      events.add(
          "{type: http-api-gateway, properties: {httpApiGatewayName: mainApi, method: GET, path:"
              + " /items/r"
              + i
              + "}}");
    }
    JsonObject resources =
        (JsonObject)
            ((JsonObject) CompileFixture.compile(config(events)).template().orElseThrow().toJson())
                .get("Resources")
                .orElseThrow();
    Map<String, Long> byType =
        resources.members().values().stream()
            .collect(
                Collectors.groupingBy(
                    resource ->
                        JsonWriter.compact(((JsonObject) resource).get("Type").orElseThrow()),
                    Collectors.counting()));
    assertThat(byType)
        .containsEntry("\"AWS::ApiGatewayV2::Route\"", 300L)
        .containsEntry("\"AWS::ApiGatewayV2::Integration\"", 1L)
        .containsEntry("\"AWS::Lambda::Permission\"", 1L);
    assertThat(resources.has("HandlerMainApiPermission")).isTrue();
  }

  @Test
  void everyPermissionHasASourceArnAndS3PermissionsASourceAccount() {
    JsonObject resources =
        (JsonObject)
            ((JsonObject) CompileFixture.compile(config(EVENTS)).template().orElseThrow().toJson())
                .get("Resources")
                .orElseThrow();
    int permissions = 0;
    for (Map.Entry<String, JsonValue> entry : resources.members().entrySet()) {
      JsonObject resource = (JsonObject) entry.getValue();
      if (!JsonWriter.compact(resource.get("Type").orElseThrow())
          .equals("\"AWS::Lambda::Permission\"")) {
        continue;
      }
      permissions++;
      JsonObject properties = (JsonObject) resource.get("Properties").orElseThrow();
      assertThat(properties.has("SourceArn")).as("%s has a SourceArn", entry.getKey()).isTrue();
      String principal = JsonWriter.compact(properties.get("Principal").orElseThrow());
      if (principal.contains("s3.") || principal.contains("logs.")) {
        assertThat(properties.has("SourceAccount"))
            .as("%s has a SourceAccount", entry.getKey())
            .isTrue();
      }
    }
    assertThat(permissions).isEqualTo(5);
  }

  @Test
  void alarmEventsPointAtTheAlarmLogicalIdThatIsCreated() {
    String config =
        """
        resources:
          api:
            type: function
            properties:
              packaging: {type: stacktape-lambda-buildpack, properties: {entryfilePath: src/a.ts}}
              alarms:
                - trigger: {type: lambda-error-rate, properties: {thresholdPercent: 5}}
                - name: slow
                  trigger: {type: lambda-duration, properties: {thresholdMilliseconds: 1000}}
          pager:
            type: function
            properties:
              packaging: {type: stacktape-lambda-buildpack, properties: {entryfilePath: src/p.ts}}
              events:
                - {type: cloudwatch-alarm, properties: {alarmName: api.alarms.0}}
                - {type: cloudwatch-alarm, properties: {alarmName: api.slow}}
        """;
    // The alarms themselves are synthesized with the function's alarms; here only the references
    // are checked.
    String json =
        JsonWriter.compact(CompileFixture.compile(config).template().orElseThrow().toJson());
    assertThat(json)
        .contains("\"PagerApiAlarm0Rule\"", "{\"Fn::GetAtt\":[\"ApiAlarm0\",\"Arn\"]}")
        .contains("\"PagerApiSlowAlarmRule\"", "{\"Fn::GetAtt\":[\"ApiSlowAlarm\",\"Arn\"]}");
  }

  private static String config(List<String> events) {
    StringBuilder text = new StringBuilder(HEADER);
    events.forEach(event -> text.append("        - ").append(event).append('\n'));
    return text.toString();
  }

  /** The template of a config that must compile without any diagnostic, not even a warning. */
  private static String template(String config) {
    CompileResult result = CompileFixture.compile(config);
    assertThat(result.diagnostics()).extracting(Diagnostic::message).isEmpty();
    return JsonWriter.pretty(result.template().orElseThrow().toJson());
  }
}
