package dev.formwork.compiler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.formwork.compiler.testing.CompileFixture;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonString;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link CompileResult#logGroups()} names every log group as the finished template sets it. */
class LogGroupsTest {

  private static final String CONFIG =
      """
      serviceName: shop
      resources:
        api:
          type: function
          properties:
            packaging: {type: stacktape-lambda-buildpack, properties: {entryfilePath: src/api.ts}}
            events:
              - type: http-api-gateway
                properties: {httpApiGatewayName: gateway, method: GET, path: /}
        audit:
          type: function
          properties:
            packaging: {type: stacktape-lambda-buildpack, properties: {entryfilePath: src/audit.ts}}
          overrides:
            AuditFunction:
              LoggingConfig: {LogGroup: /shared/audit}
        tracked:
          type: function
          properties:
            packaging: {type: stacktape-lambda-buildpack, properties: {entryfilePath: src/tracked.ts}}
          overrides:
            TrackedFunction:
              LoggingConfig:
                LogGroup: $CfResourceParam('SharedLogs', 'Ref')
        gateway:
          type: http-api-gateway
          properties: {}
        quiet:
          type: http-api-gateway
          properties: {logging: {disabled: true}}
        report:
          type: batch-job
          properties:
            container:
              packaging:
                type: prebuilt-image
                properties: {image: public.ecr.aws/docker/library/python:3.13-slim}
        flow:
          type: state-machine
          properties:
            definition: {StartAt: Done, States: {Done: {Type: Succeed}}}
          overrides:
            FlowStateMachine:
              LoggingConfiguration:
                Level: ALL
                Destinations:
                  - CloudWatchLogsLogGroup:
                      LogGroupArn: $CfResourceParam('SharedLogs', 'Arn')
      cloudformationResources:
        SharedLogs:
          Type: AWS::Logs::LogGroup
          Properties: {RetentionInDays: 7}
      """;

  @Test
  void functionsWithTheirOwnOrACustomGroupAndTheOtherResourcesThatLog() {
    CompileResult result = CompileFixture.compile(CONFIG);

    assertThat(result.hasErrors()).as(result.diagnostics().toString()).isFalse();
    JsonObject sharedLogs = JsonObject.of("Ref", new JsonString("SharedLogs"));
    assertThat(result.logGroups())
        .containsExactly(
            new LogGroup("api", LogGroup.Source.FUNCTION, text("/aws/lambda/shop-dev-api")),
            new LogGroup("audit", LogGroup.Source.FUNCTION, text("/shared/audit")),
            new LogGroup("flow", LogGroup.Source.STATE_MACHINE, sharedLogs),
            new LogGroup(
                "gateway",
                LogGroup.Source.HTTP_API_ACCESS,
                text("/aws/vendedlogs/shop-dev/api-gateway/gateway/access-logs")),
            new LogGroup("report", LogGroup.Source.BATCH_JOB, text("/aws/batch/shop-dev-report")),
            new LogGroup("tracked", LogGroup.Source.FUNCTION, sharedLogs));
  }

  @Test
  void aFailedCompileHasNone() {
    CompileResult result = CompileFixture.compile(CONFIG.replace("Level: ALL", "Level: [ALL"));

    assertThat(result.hasErrors()).isTrue();
    assertThat(result.logGroups()).isEqualTo(List.of());
  }

  private static JsonString text(String value) {
    return new JsonString(value);
  }
}
