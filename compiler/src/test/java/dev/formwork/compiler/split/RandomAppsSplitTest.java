package dev.formwork.compiler.split;

import static org.assertj.core.api.Assertions.assertThat;

import dev.formwork.compiler.CompileResult;
import dev.formwork.compiler.testing.CompileFixture;
import dev.formwork.compiler.testing.SplitChecks;
import dev.formwork.schema.artifact.ArtifactManifest;
import dev.formwork.schema.diag.Diagnostic;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Property, over generated apps (functions that share a table, topic, bucket, bus and API, own
 * queues, call each other through destinations and $ResourceParam, and are read by raw resources
 * and outputs): the split reads exactly what the merged view reads, and fits its limits.
 */
class RandomAppsSplitTest {

  private static final int APPS = 25;

  @Test
  void generatedAppsReadTheSameResourcesAfterTheSplit() {
    int split = 0;
    for (int seed = 1; seed <= APPS; seed++) {
      String yaml = generate(new Random(seed));
      CompileResult merged =
          CompileFixture.compile(
              yaml, CompileFixture.options().limits(SplitChecks.limits(100_000)));
      assertThat(merged.diagnostics().stream().filter(Diagnostic::isError).toList())
          .as("seed %d:%n%s", seed, yaml)
          .isEmpty();
      ArtifactManifest manifest = SplitChecks.manifestFor(merged.config().orElseThrow());
      CompileResult whole =
          CompileFixture.compile(
              yaml,
              CompileFixture.options().manifest(manifest).limits(SplitChecks.limits(100_000)));
      CompileResult parts =
          CompileFixture.compile(
              yaml, CompileFixture.options().manifest(manifest).limits(SplitChecks.limits(40)));
      assertThat(parts.diagnostics().stream().filter(Diagnostic::isError).toList())
          .as("seed %d:%n%s", seed, yaml)
          .isEmpty();
      if (parts.isSplit()) {
        split++;
        SplitChecks.assertSameReads(whole.template().orElseThrow(), parts);
        parts
            .nestedTemplates()
            .values()
            .forEach(
                nested -> assertThat(nested.template().resources()).hasSizeLessThanOrEqualTo(40));
        assertThat(parts.template().orElseThrow().resources()).hasSizeLessThanOrEqualTo(40);
      }
    }
    assertThat(split).isGreaterThanOrEqualTo(APPS - 2);
  }

  /** An app of 8 to 30 functions with a random mix of events, connections and references. */
  static String generate(Random random) {
    int functions = 8 + random.nextInt(23);
    StringBuilder yaml =
        new StringBuilder(
            """
            serviceName: random
            resources:
              api:
                type: http-api-gateway
              table:
                type: dynamo-db-table
                properties:
                  primaryKey:
                    partitionKey: {name: id, type: string}
                  streamType: NEW_IMAGE
              topic:
                type: sns-topic
              files:
                type: bucket
              bus:
                type: event-bus
            """);
    for (int i = 0; i < functions; i++) {
      String name = "f" + i;
      StringBuilder connect = new StringBuilder();
      for (String target : new String[] {"table", "topic", "files", "bus"}) {
        if (random.nextInt(3) == 0) {
          connect.append(connect.length() == 0 ? "" : ", ").append(target);
        }
      }
      if (random.nextBoolean()) {
        yaml.append("  %sQueue:\n    type: sqs-queue\n".formatted(name));
      }
      yaml.append(
          """
            %s:
              type: function
              properties:
                packaging: {type: stacktape-lambda-buildpack, properties: {entryfilePath: src/%s.ts}}
          """
              .formatted(name, name));
      if (connect.length() > 0) {
        yaml.append("      connectTo: [%s]\n".formatted(connect));
      }
      if (i > 0 && random.nextInt(5) == 0) {
        yaml.append(
            "      environment:\n        - name: PEER\n          value: $ResourceParam('f%d', 'arn')\n"
                .formatted(random.nextInt(i)));
      }
      if (i > 0 && random.nextInt(5) == 0) {
        yaml.append(
            "      destinations:\n        onFailure: $ResourceParam('f%d', 'arn')\n"
                .formatted(random.nextInt(i)));
      }
      StringBuilder events = new StringBuilder();
      if (yaml.indexOf("  " + name + "Queue:") >= 0) {
        events.append(
            "        - type: sqs\n          properties: {sqsQueueName: %sQueue}\n".formatted(name));
      }
      if (random.nextBoolean()) {
        events.append(
            "        - type: http-api-gateway\n          properties: {httpApiGatewayName: api,"
                + " method: GET, path: /%s}\n".formatted(name));
      }
      if (random.nextInt(4) == 0) {
        events.append("        - type: sns\n          properties: {snsTopicName: topic}\n");
      }
      if (random.nextInt(6) == 0) {
        events.append(
            "        - type: dynamo-db-stream\n          properties: {streamArn:"
                + " \"$ResourceParam('table', 'streamArn')\"}\n");
      }
      if (random.nextInt(4) == 0) {
        events.append(
            "        - type: schedule\n          properties: {scheduleRate: rate(1 hour)}\n");
      }
      if (events.length() > 0) {
        yaml.append("      events:\n").append(events);
      }
    }
    int target = random.nextInt(functions);
    yaml.append(
        """
        cloudformationResources:
          Watcher:
            Type: AWS::SNS::Topic
            Properties:
              DisplayName:
                Fn::Sub: 'watching ${F%dFunction.Arn} in ${AWS::StackName}'
        stackConfig:
          outputs:
            - name: someFunction
              value: $ResourceParam('f%d', 'arn')
        """
            .formatted(target, random.nextInt(functions)));
    return yaml.toString();
  }
}
