package dev.formwork.deployer.invoke;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.formwork.deployer.secret.DynamicReference;
import dev.formwork.deployer.testing.RecordingSink;
import dev.formwork.schema.json.JsonWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs real node and python3 processes with the bootstraps shipped in the jar. */
class LocalInvokerTest {

  @TempDir Path dir;
  RecordingSink out = new RecordingSink();
  LocalInvoker invoker = LocalInvoker.withDefaults(out);

  static final FunctionEnvironment.Function FN =
      new FunctionEnvironment.Function("orders-dev-hello", "eu-west-1", 256, 5, "index.handler");

  Map<String, String> env(Map<String, String> configured) {
    return FunctionEnvironment.build(FN, configured, false, Optional.empty());
  }

  String sqsEvent() {
    return JsonWriter.compact(
        SampleEvents.forTrigger(TriggerType.SQS, "eu-west-1", "123456789012"));
  }

  @Test
  void runsAnAsyncNodeHandlerWithTheEventAndEnvironment() throws Exception {
    Path code = dir.resolve("index.js");
    Files.writeString(
        code,
        String.join(
            "\n",
            "exports.handler = async (event, context) => {",
            "  console.log('records', event.Records.length);",
            "  return { queue: process.env.STP_ORDERS_QUEUE_URL, fn: context.functionName, body:"
                + " JSON.parse(event.Records[0].body) };",
            "};"));
    LocalInvoker.Result result =
        invoker.invoke(
            new LocalInvoker.Invocation(
                LocalInvoker.Language.NODE,
                code,
                "handler",
                sqsEvent(),
                env(Map.of("STP_ORDERS_QUEUE_URL", "http://q")),
                Duration.ofSeconds(20)));
    assertEquals(0, result.exitCode(), result.toString());
    assertEquals(
        "{\"body\":{\"hello\":\"world\"},\"fn\":\"orders-dev-hello\",\"queue\":\"http://q\"}",
        result.resultJson().orElseThrow());
    assertTrue(result.output().contains("records 1"), result.output().toString());
  }

  @Test
  void runsAnEsModuleBundleAndACallbackHandler() throws Exception {
    Path esm = dir.resolve("bundle.mjs");
    Files.writeString(esm, "export const handler = async () => ({ statusCode: 200 });");
    assertEquals(
        Optional.of("{\"statusCode\":200}"),
        invoker
            .invoke(
                new LocalInvoker.Invocation(
                    LocalInvoker.Language.NODE,
                    esm,
                    "handler",
                    "{}",
                    env(Map.of()),
                    Duration.ofSeconds(20)))
            .resultJson());
    Path callback = dir.resolve("cb.js");
    Files.writeString(
        callback,
        "exports.main = (event, context, callback) => setTimeout(() => callback(null, 'done'),"
            + " 10);");
    assertEquals(
        Optional.of("\"done\""),
        invoker
            .invoke(
                new LocalInvoker.Invocation(
                    LocalInvoker.Language.NODE,
                    callback,
                    "main",
                    "{}",
                    env(Map.of()),
                    Duration.ofSeconds(20)))
            .resultJson());
  }

  @Test
  void aThrowingHandlerExitsWithThreeAndItsError() throws Exception {
    Path code = dir.resolve("fail.js");
    Files.writeString(
        code, "exports.handler = async () => { throw new RangeError('bad input'); };");
    LocalInvoker.Result result =
        invoker.invoke(
            new LocalInvoker.Invocation(
                LocalInvoker.Language.NODE,
                code,
                "handler",
                "{}",
                env(Map.of()),
                Duration.ofSeconds(20)));
    assertEquals(3, result.exitCode());
    assertEquals(Optional.of("RangeError: bad input"), result.error());
  }

  @Test
  void runsAPythonHandler() throws Exception {
    Path code = dir.resolve("app.py");
    Files.writeString(
        code,
        String.join(
            "\n",
            "import os",
            "def handler(event, context):",
            "    print('remaining', context.get_remaining_time_in_millis() > 0)",
            "    return {'records': len(event['Records']), 'region': os.environ['AWS_REGION']}",
            ""));
    LocalInvoker.Result result =
        invoker.invoke(
            new LocalInvoker.Invocation(
                LocalInvoker.Language.PYTHON,
                code,
                "handler",
                sqsEvent(),
                env(Map.of()),
                Duration.ofSeconds(20)));
    assertEquals(0, result.exitCode(), result.toString());
    assertEquals("{\"records\":1,\"region\":\"eu-west-1\"}", result.resultJson().orElseThrow());
  }

  @Test
  void aHandlerPastItsTimeoutIsStopped() throws Exception {
    Path code = dir.resolve("slow.js");
    Files.writeString(
        code, "exports.handler = () => new Promise(() => setInterval(() => {}, 1000));");
    LocalInvoker.Result result =
        invoker.invoke(
            new LocalInvoker.Invocation(
                LocalInvoker.Language.NODE,
                code,
                "handler",
                "{}",
                env(Map.of()),
                Duration.ofMillis(1500)));
    assertEquals(3, result.exitCode());
    assertTrue(result.error().orElseThrow().contains("did not finish"), result.toString());
  }

  @Test
  void typeScriptSourcesAreRefusedInFavourOfTheBundle() throws Exception {
    Path code = dir.resolve("index.ts");
    Files.writeString(code, "export const handler = async () => 1;");
    LocalInvoker.Result result =
        invoker.invoke(
            new LocalInvoker.Invocation(
                LocalInvoker.Language.NODE,
                code,
                "handler",
                "{}",
                env(Map.of()),
                Duration.ofSeconds(5)));
    assertEquals(3, result.exitCode());
    assertTrue(result.error().orElseThrow().contains("bundle"));
  }

  @Test
  void secretsStayUnresolvedUnlessAsked() {
    String reference = "{{resolve:secretsmanager:db:SecretString:password::}}";
    Map<String, String> env =
        FunctionEnvironment.build(FN, Map.of("DB_PASSWORD", reference), false, Optional.empty());
    assertEquals(reference, env.get("DB_PASSWORD"));
    assertEquals(List.of("DB_PASSWORD"), FunctionEnvironment.unresolvedSecrets(env));
    Map<String, String> resolved =
        FunctionEnvironment.build(
            FN,
            Map.of("DB_PASSWORD", reference),
            true,
            Optional.of((DynamicReference r) -> "s3cret-" + r.secretId()));
    assertEquals("s3cret-db", resolved.get("DB_PASSWORD"));
    assertEquals("orders-dev-hello", resolved.get("AWS_LAMBDA_FUNCTION_NAME"));
  }
}
