package dev.formwork.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.formwork.compiler.directive.RealDirectiveHost;
import dev.formwork.compiler.template.Cf;
import dev.formwork.schema.artifact.Artifact;
import dev.formwork.schema.artifact.ArtifactKind;
import dev.formwork.schema.artifact.ArtifactManifest;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.model.function.LambdaArchitecture;
import dev.formwork.schema.model.function.LambdaRuntime;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** {@link CompileResult#functions()} holds each function as its Lambda resource was written. */
class CompiledFunctionTest {

  private static final String SHA = "ab".repeat(32);

  private static final String CONFIG =
      """
      serviceName: shop
      resources:
        reports:
          type: function
          properties:
            packaging: {type: stacktape-lambda-buildpack, properties: {entryfilePath: src/reports.py}}
            memory: 2048
            timeout: 60
            architecture: arm64
            environment:
              - name: MODE
                value: batch
              - name: API_ARN
                value: $ResourceParam('api', 'arn')
        api:
          type: function
          properties:
            packaging: {type: stacktape-lambda-buildpack, properties: {entryfilePath: src/api.ts}}
      """;

  @Test
  void aPythonFunctionWithItsOwnSettingsAndATypeScriptFunctionWithDefaults() {
    CompileResult result = compile(CONFIG);

    assertEquals(List.of("api", "reports"), List.copyOf(result.functions().keySet()));
    assertEquals(
        new CompiledFunction(
            "reports",
            "ReportsFunction",
            "shop-dev-reports",
            LambdaRuntime.PYTHON3_14,
            "reports.handler",
            2048,
            60,
            LambdaArchitecture.ARM64,
            new TreeMap<>(
                Map.of("API_ARN", Cf.getAtt("ApiFunction", "Arn"), "MODE", text("batch"))),
            Optional.of("artifacts/" + SHA + ".zip"),
            Optional.empty()),
        result.functions().get("reports"));
    assertEquals(
        new CompiledFunction(
            "api",
            "ApiFunction",
            "shop-dev-api",
            LambdaRuntime.NODEJS24_X,
            "index.default",
            1024,
            3,
            LambdaArchitecture.X86_64,
            new TreeMap<>(Map.of("NODE_OPTIONS", text("--enable-source-maps"))),
            Optional.empty(),
            Optional.empty()),
        result.functions().get("api"));
  }

  @Test
  void aFailedCompileHasNoFunctions() {
    CompileResult result = compile(CONFIG.replace("timeout: 60", "timeout: 9000"));

    assertTrue(result.hasErrors());
    assertFalse(result.template().isPresent());
    assertEquals(Map.of(), result.functions());
  }

  private static JsonValue text(String value) {
    return new JsonString(value);
  }

  private static CompileResult compile(String yaml) {
    Path folder = Path.of("/project/shop");
    ArtifactManifest manifest =
        new ArtifactManifest(
            Map.of(
                "reports",
                new Artifact("reports", ArtifactKind.FUNCTION, SHA, "reports.zip", 10, 20)));
    CompileOptions options =
        new CompileOptions(
            "dev", "eu-west-1", Optional.empty(), "shop", Map.of(), Optional.of(manifest));
    return new Compiler()
        .compile(
            new CompileRequest(
                "formwork.yml",
                yaml.getBytes(StandardCharsets.UTF_8),
                folder,
                options,
                RealDirectiveHost.withDefaults(folder, Map.of())));
  }
}
