package dev.formwork.compiler.testing;

import java.util.Collection;

/**
 * Configs of many functions, built in memory for the tests of apps split into nested stacks (the
 * 2,000-function benchmark in {@code bench/} writes the same shape to disk).
 */
public final class LargeApps {

  private LargeApps() {}

  /**
   * An app of the named functions: each has an HTTP route on the shared API, an SQS event on a
   * queue of its own ({@code <name>Queue}) and connectTo the shared table; about one in five
   * (chosen by name, so a function keeps its shape when others are added or removed) sends its
   * results to the shared {@code audit} function (a destination), which reads the table too.
   */
  public static String functions(Collection<String> names) {
    StringBuilder yaml =
        new StringBuilder(
            """
            serviceName: big
            resources:
              api:
                type: http-api-gateway
              orders:
                type: dynamo-db-table
                properties:
                  primaryKey:
                    partitionKey: {name: id, type: string}
              audit:
                type: function
                properties:
                  packaging: {type: stacktape-lambda-buildpack, properties: {entryfilePath: src/audit.ts}}
                  connectTo: [orders]
            """);
    for (String name : names) {
      yaml.append(
          """
            %1$sQueue:
              type: sqs-queue
            %1$s:
              type: function
              properties:
                packaging: {type: stacktape-lambda-buildpack, properties: {entryfilePath: src/%1$s.ts}}
                connectTo: [orders]
          """
              .formatted(name));
      if (Math.floorMod(name.hashCode(), 5) == 0) {
        yaml.append(
            """
                  destinations:
                    onSuccess: $ResourceParam('audit', 'arn')
            """);
      }
      yaml.append(
          """
                events:
                  - type: http-api-gateway
                    properties: {httpApiGatewayName: api, method: GET, path: /%1$s}
                  - type: sqs
                    properties: {sqsQueueName: %1$sQueue}
          """
              .formatted(name));
    }
    return yaml.toString();
  }
}
