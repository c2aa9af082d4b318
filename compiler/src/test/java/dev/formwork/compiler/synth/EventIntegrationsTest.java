package dev.formwork.compiler.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.formwork.compiler.CompileOptions;
import dev.formwork.compiler.CompileRequest;
import dev.formwork.compiler.CompileResult;
import dev.formwork.compiler.Compiler;
import dev.formwork.compiler.directive.RealDirectiveHost;
import dev.formwork.compiler.source.YamlLimits;
import dev.formwork.compiler.source.YamlSourceLoader;
import dev.formwork.schema.diag.Diagnostic;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    assertEquals(forward, template(config(reversed)));
    List<String> rotated = new ArrayList<>(EVENTS);
    Collections.rotate(rotated, 3);
    assertEquals(forward, template(config(rotated)));
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
            ((JsonObject) compile(config(events)).template().orElseThrow().toJson())
                .get("Resources")
                .orElseThrow();
    Map<String, Long> byType =
        resources.members().values().stream()
            .collect(
                Collectors.groupingBy(
                    resource ->
                        JsonWriter.compact(((JsonObject) resource).get("Type").orElseThrow()),
                    Collectors.counting()));
    assertEquals(300L, byType.get("\"AWS::ApiGatewayV2::Route\""));
    assertEquals(1L, byType.get("\"AWS::ApiGatewayV2::Integration\""));
    assertEquals(1L, byType.get("\"AWS::Lambda::Permission\""));
    assertTrue(resources.has("HandlerMainApiPermission"));
  }

  @Test
  void everyPermissionHasASourceArnAndS3PermissionsASourceAccount() {
    JsonObject resources =
        (JsonObject)
            ((JsonObject) compile(config(EVENTS)).template().orElseThrow().toJson())
                .get("Resources")
                .orElseThrow();
    int permissions = 0;
    for (Map.Entry<String, dev.formwork.schema.json.JsonValue> entry :
        resources.members().entrySet()) {
      JsonObject resource = (JsonObject) entry.getValue();
      if (!JsonWriter.compact(resource.get("Type").orElseThrow())
          .equals("\"AWS::Lambda::Permission\"")) {
        continue;
      }
      permissions++;
      JsonObject properties = (JsonObject) resource.get("Properties").orElseThrow();
      assertTrue(properties.has("SourceArn"), entry.getKey() + " has no SourceArn");
      String principal = JsonWriter.compact(properties.get("Principal").orElseThrow());
      if (principal.contains("s3.") || principal.contains("logs.")) {
        assertTrue(properties.has("SourceAccount"), entry.getKey() + " has no SourceAccount");
      }
    }
    assertEquals(5, permissions);
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
    String json = JsonWriter.compact(compile(config).template().orElseThrow().toJson());
    assertTrue(
        json.contains("\"PagerApiAlarm0Rule\"")
            && json.contains("{\"Fn::GetAtt\":[\"ApiAlarm0\",\"Arn\"]}"),
        json);
    assertTrue(
        json.contains("\"PagerApiSlowAlarmRule\"")
            && json.contains("{\"Fn::GetAtt\":[\"ApiSlowAlarm\",\"Arn\"]}"),
        json);
  }

  private static String config(List<String> events) {
    StringBuilder text = new StringBuilder(HEADER);
    events.forEach(event -> text.append("        - ").append(event).append('\n'));
    return text.toString();
  }

  private static String template(String config) {
    CompileResult result = compile(config);
    assertEquals(
        List.of(),
        result.diagnostics().stream().map(Diagnostic::message).collect(Collectors.toList()));
    return JsonWriter.pretty(result.template().orElseThrow().toJson());
  }

  private static CompileResult compile(String config) {
    YamlSourceLoader loader = new YamlSourceLoader(YamlLimits.defaults());
    Path folder = Path.of("/nonexistent/events");
    RealDirectiveHost host =
        new RealDirectiveHost(
            folder,
            Map.of(),
            (label, text) ->
                loader.load(label, text.getBytes(StandardCharsets.UTF_8)).root().map(root -> root),
            Duration.ofSeconds(5));
    CompileOptions options =
        new CompileOptions(
            "dev", "eu-west-1", Optional.empty(), "events", Map.of(), Optional.empty());
    return new Compiler(loader)
        .compile(
            new CompileRequest(
                "formwork.yml", config.getBytes(StandardCharsets.UTF_8), folder, options, host));
  }
}
