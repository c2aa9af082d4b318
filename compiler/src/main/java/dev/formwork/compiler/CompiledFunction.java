package dev.formwork.compiler;

import dev.formwork.compiler.synth.function.FunctionAssembly;
import dev.formwork.compiler.synth.function.FunctionAssembly.EnvironmentEntry;
import dev.formwork.compiler.synth.function.LambdaCode;
import dev.formwork.schema.artifact.Artifact;
import dev.formwork.schema.artifact.ArtifactManifest;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.model.function.FunctionProperties;
import dev.formwork.schema.model.function.LambdaArchitecture;
import dev.formwork.schema.model.function.LambdaRuntime;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A compiled function as formwork synthesized its Lambda resource (before a resource's {@code
 * overrides} patch the template): names, runtime, handler, limits, environment and code key, so
 * that commands such as {@code invoke} never read them back out of the template JSON.
 *
 * @param environment the variables as template values (literals, or intrinsics and dynamic
 *     references that CloudFormation resolves)
 * @param codeKey the S3 key of the code artifact; empty when compiled without an artifact manifest,
 *     where the key is a template parameter that {@code formwork deploy} fills (or, in an app split
 *     into nested stacks, a placeholder)
 * @param nestedStack the logical ID of the nested stack that holds the function in an app split
 *     into nested stacks; empty when the root stack holds it
 */
public record CompiledFunction(
    String name,
    String logicalId,
    String physicalName,
    LambdaRuntime runtime,
    String handler,
    int memoryMb,
    int timeoutSeconds,
    LambdaArchitecture architecture,
    SortedMap<String, JsonValue> environment,
    Optional<String> codeKey,
    Optional<String> nestedStack) {

  public CompiledFunction {
    environment = Collections.unmodifiableSortedMap(new TreeMap<>(environment));
  }

  /** The same function, held by the nested stack {@code stack}. */
  public CompiledFunction inNestedStack(String stack) {
    return new CompiledFunction(
        name,
        logicalId,
        physicalName,
        runtime,
        handler,
        memoryMb,
        timeoutSeconds,
        architecture,
        environment,
        codeKey,
        Optional.of(stack));
  }

  /**
   * The summary of a finished assembly, from the same accessors {@code FunctionEmitter} writes the
   * Lambda resource from; empty when the function's code could not be resolved.
   */
  static Optional<CompiledFunction> of(
      FunctionAssembly function, Optional<ArtifactManifest> manifest) {
    if (function.code().isEmpty()) {
      return Optional.empty();
    }
    LambdaCode code = function.code().get();
    FunctionProperties properties = function.properties();
    SortedMap<String, JsonValue> environment = new TreeMap<>();
    for (Map.Entry<String, EnvironmentEntry> entry : function.environment().entrySet()) {
      environment.put(entry.getKey(), entry.getValue().value());
    }
    return Optional.of(
        new CompiledFunction(
            function.name(),
            function.functionLogicalId(),
            function.physicalName(),
            code.runtime(),
            code.handler(),
            properties.memory(),
            properties.timeout(),
            properties.architecture(),
            environment,
            codeKey(function.name(), manifest),
            Optional.empty()));
  }

  private static Optional<String> codeKey(String function, Optional<ArtifactManifest> manifest) {
    if (manifest.isEmpty()) {
      return Optional.empty();
    }
    Optional<Artifact> artifact = manifest.get().find(function);
    return artifact.isPresent() ? Optional.of(artifact.get().s3Key()) : Optional.empty();
  }
}
