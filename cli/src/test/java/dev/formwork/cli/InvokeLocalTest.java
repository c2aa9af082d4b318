package dev.formwork.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code invoke --local} runs the packaged handler with the function's compiled name, memory,
 * timeout, handler and environment, as Lambda would set them.
 */
class InvokeLocalTest {

  @TempDir Path project;

  @Test
  void aPythonHandlerSeesTheCompiledSettings() throws Exception {
    Files.createDirectories(project.resolve("src"));
    Files.writeString(
        project.resolve("src/reports.py"),
        """
        import os

        NAMES = ["AWS_LAMBDA_FUNCTION_NAME", "AWS_LAMBDA_FUNCTION_MEMORY_SIZE",
                 "AWS_LAMBDA_FUNCTION_TIMEOUT", "_HANDLER", "MODE", "SECRET"]

        def handler(event, context):
            return {"env": {name: os.environ.get(name) for name in NAMES}, "event": event}
        """);
    Files.writeString(
        project.resolve("formwork.yml"),
        """
        serviceName: shop
        resources:
          reports:
            type: function
            properties:
              packaging:
                type: stacktape-lambda-buildpack
                properties:
                  entryfilePath: src/reports.py
              memory: 256
              timeout: 7
              environment:
                - name: MODE
                  value: test
                - name: SECRET
                  value: $Secret('db.password')
            overrides:
              ReportsFunction:
                Description: Nightly reports
        """);
    Files.writeString(project.resolve("event.json"), "{\"day\": 3}");

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            new String[] {
              "invoke",
              "reports",
              "--local",
              "--event",
              "event.json",
              "--stage",
              "dev",
              "--region",
              "eu-west-1"
            },
            project,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    String stderr = err.toString(StandardCharsets.UTF_8);
    assertEquals(0, code, stderr);
    assertEquals(
        "{\"env\":{\"AWS_LAMBDA_FUNCTION_MEMORY_SIZE\":\"256\","
            + "\"AWS_LAMBDA_FUNCTION_NAME\":\"shop-dev-reports\","
            + "\"AWS_LAMBDA_FUNCTION_TIMEOUT\":\"7\","
            + "\"MODE\":\"test\","
            + "\"SECRET\":\"{{resolve:secretsmanager:db:SecretString:password}}\","
            + "\"_HANDLER\":\"reports.handler\"},"
            + "\"event\":{\"day\":3}}\n",
        out.toString(StandardCharsets.UTF_8));
    // The first line reports the packaging (with the zip's size).
    assertEquals(
        List.of(
            "note: the overrides of ReportsFunction are not applied to a local run; it uses the"
                + " function's own settings.",
            "note: SECRET is a secret reference; pass --resolve-secrets to read its value."),
        stderr.lines().skip(1).toList(),
        stderr);
  }
}
