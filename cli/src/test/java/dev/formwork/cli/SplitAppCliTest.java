package dev.formwork.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code compile} of an app over CloudFormation's limits: the root goes to --out and each nested
 * template beside it, named by its stack and keyed in the root by the SHA-256 of its file; without
 * --out there is nowhere to put them, which is a usage error with the hint.
 */
class SplitAppCliTest {

  @TempDir Path project;

  /** One CLI run's exit code and output. */
  private InProcessCli.Result run(String... args) {
    return InProcessCli.launched(project).run(args);
  }

  /**
   * Functions {@code fnFROM} to {@code fnTO} (but those {@code without}), seven resources each, so
   * over 500 from 72 functions on; fn007's code is its own file, the others share one.
   */
  static String config(int from, int to, String... without) {
    return config(from, to, 128, without);
  }

  /** The same app, with fn075's memory set to {@code fn075Memory}. */
  static String config(int from, int to, int fn075Memory, String... without) {
    StringBuilder yaml =
        new StringBuilder(
            """
            serviceName: big
            resources:
              orders:
                type: dynamo-db-table
                properties:
                  primaryKey:
                    partitionKey: {name: id, type: string}
            """);
    for (int i = from; i < to; i++) {
      String name = String.format("fn%03d", i);
      if (Arrays.asList(without).contains(name)) {
        continue;
      }
      yaml.append(
          """
            %1$sQueue:
              type: sqs-queue
            %1$s:
              type: function
              properties:
                packaging:
                  type: stacktape-lambda-buildpack
                  properties: {entryfilePath: src/%2$s.ts, handlerFunction: handler}
                connectTo: [orders]
                memory: %3$d
                events:
                  - type: sqs
                    properties: {sqsQueueName: %1$sQueue}
                  - type: schedule
                    properties: {scheduleRate: rate(1 hour)}
          """
              .formatted(
                  name,
                  name.equals("fn007") ? "special" : "handler",
                  name.equals("fn075") ? fn075Memory : 128));
    }
    return yaml.toString();
  }

  @Test
  void compileWritesTheNestedTemplatesBesideTheRootAndNeedsOut() throws Exception {
    Files.writeString(project.resolve("formwork.yml"), config(0, 80));

    InProcessCli.Result refused = run("compile", "--stage", "dev", "--region", "eu-west-1");
    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.out()).isEmpty();
    assertThat(refused.err())
        .contains("warning[template.unpackaged-code]")
        .contains("split into a root and 2 nested templates")
        .contains("--out FILE");

    Files.createDirectories(project.resolve("build"));
    Files.writeString(project.resolve("build/template.NestedStack09.json"), "{}");
    InProcessCli.Result written =
        run("compile", "--stage", "dev", "--region", "eu-west-1", "--out", "build/template.json");
    assertThat(written.exitCode()).as(written.err()).isZero();
    Path build = project.resolve("build");
    try (var files = Files.list(build)) {
      assertThat(files.map(file -> file.getFileName().toString()).sorted().toList())
          .as("the stale nested file of an earlier compile is gone")
          .containsExactly(
              "template.NestedStack01.json", "template.NestedStack02.json", "template.json");
    }
    String root = Files.readString(build.resolve("template.json"));
    for (String stack : new String[] {"NestedStack01", "NestedStack02"}) {
      byte[] nested = Files.readAllBytes(build.resolve("template." + stack + ".json"));
      String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(nested));
      assertThat(root).contains("/templates/" + sha + ".json");
      assertThat(JsonParser.parse(new String(nested, StandardCharsets.UTF_8)))
          .isInstanceOf(JsonObject.class);
    }
  }
}
