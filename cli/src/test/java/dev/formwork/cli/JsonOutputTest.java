package dev.formwork.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.formwork.deployer.testing.MotoServer;
import dev.formwork.deployer.testing.SharedMoto;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonBool;
import dev.formwork.schema.json.JsonNumber;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonParser;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --output json} on package, preview, deploy, diff, info and invoke (in AWS and local),
 * against moto: stdout is exactly one JSON document with the documented fields, and the progress a
 * person would read goes to stderr.
 */
class JsonOutputTest {

  @TempDir Path project;

  @Test
  void everyResultCommandPrintsOneJsonDocument() throws Exception {
    MotoServer moto = SharedMoto.get();
    moto.reset();
    Files.createDirectories(project.resolve("src"));
    Files.writeString(
        project.resolve("src/worker.py"), "def handler(event, context):\n    return event\n");
    Files.writeString(
        project.resolve("formwork.yml"),
        """
        serviceName: jsonout
        defaultStage: dev
        resources:
          worker:
            type: function
            properties:
              packaging:
                type: stacktape-lambda-buildpack
                properties:
                  entryfilePath: src/worker.py
          jobs:
            type: sqs-queue
        """);
    InProcessCli cli = InProcessCli.in(project);
    String[] target = {"-r", "eu-west-1", "--endpoint-url", moto.endpoint().toString()};

    JsonObject packaged = json(cli.run("package", "-r", "eu-west-1", "--output", "json"));
    JsonObject artifacts =
        (JsonObject) ((JsonObject) packaged.get("manifest").orElseThrow()).get("artifacts").get();
    assertTrue(artifacts.has("worker"), packaged.toString());

    JsonObject preview = json(cli.run(concat(new String[] {"preview", "-o", "json"}, target)));
    assertEquals(new JsonString("succeeded"), preview.get("outcome").orElseThrow());
    assertTrue(
        changes(preview).contains("add WorkerFunction AWS::Lambda::Function"), preview.toString());

    InProcessCli.Result deployRun =
        cli.run(concat(new String[] {"deploy", "--yes", "--output", "json"}, target));
    JsonObject deploy = json(deployRun);
    assertEquals(new JsonString("succeeded"), deploy.get("outcome").orElseThrow());
    assertEquals(new JsonString("jsonout-dev"), deploy.get("stack").orElseThrow());
    assertTrue(changes(deploy).contains("add JobsQueue AWS::SQS::Queue"), deploy.toString());
    assertTrue(deploy.get("outputs").orElseThrow() instanceof JsonObject);
    assertTrue(deployRun.err().contains("CREATE_COMPLETE"), "events go to stderr");

    JsonObject diff = json(cli.run(concat(new String[] {"diff", "--output", "json"}, target)));
    assertEquals(JsonBool.FALSE, diff.get("changed").orElseThrow(), diff.toString());

    JsonObject info = json(cli.run(concat(new String[] {"info", "--output", "json"}, target)));
    assertEquals(new JsonString("CREATE_COMPLETE"), info.get("status").orElseThrow());
    JsonObject params = (JsonObject) info.get("resourceParams").orElseThrow();
    assertTrue(((JsonObject) params.get("worker").orElseThrow()).has("arn"), params.toString());

    Files.writeString(project.resolve("event.json"), "{\"ping\":1}");
    JsonObject invoked =
        json(
            cli.run(
                concat(
                    new String[] {"invoke", "worker", "--event", "event.json", "--output", "json"},
                    target)));
    assertEquals(JsonNumber.of(200), invoked.get("statusCode").orElseThrow());
    // moto's Lambda without Docker answers with the event it was sent.
    assertEquals(JsonParser.parse("{\"ping\":1}"), invoked.get("payload").orElseThrow());

    JsonObject local =
        json(
            cli.run(
                "invoke",
                "worker",
                "--local",
                "-r",
                "eu-west-1",
                "--event",
                "event.json",
                "--output",
                "json"));
    assertEquals(JsonParser.parse("{\"ping\":1}"), local.get("result").orElseThrow());
  }

  /** Parses stdout whole: it must be one JSON object and nothing else. */
  private static JsonObject json(InProcessCli.Result run) throws Exception {
    assertEquals(0, run.exitCode(), run.all());
    JsonValue value = JsonParser.parse(run.out());
    assertTrue(value instanceof JsonObject, run.out());
    return (JsonObject) value;
  }

  private static String changes(JsonObject result) {
    StringBuilder text = new StringBuilder();
    for (JsonValue change : ((JsonArray) result.get("changes").orElseThrow()).items()) {
      JsonObject entry = (JsonObject) change;
      text.append(((JsonString) entry.get("action").get()).value())
          .append(' ')
          .append(((JsonString) entry.get("logicalId").get()).value())
          .append(' ')
          .append(((JsonString) entry.get("type").get()).value())
          .append('\n');
    }
    return text.toString();
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = new String[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
