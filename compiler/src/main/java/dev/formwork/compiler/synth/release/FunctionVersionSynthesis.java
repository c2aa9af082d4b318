package dev.formwork.compiler.synth.release;

import dev.formwork.compiler.synth.SynthesisContext;
import dev.formwork.compiler.synth.function.FunctionAssembly;
import dev.formwork.compiler.template.Cf;
import dev.formwork.compiler.template.CfResource;
import dev.formwork.schema.artifact.Artifact;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.model.FunctionResource;
import dev.formwork.schema.model.ResourceDefinition;
import dev.formwork.schema.node.ConfigNode;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A function's published version: {@code <Fn>Version<hash>} (AWS::Lambda::Version), keyed by the
 * content of the function's code and configuration, so that CloudFormation publishes a new version
 * exactly when either changes and an unchanged redeploy publishes nothing. Versions are retained
 * (DeletionPolicy and UpdateReplacePolicy Retain), so rollbacks and pinned aliases keep working.
 */
public final class FunctionVersionSynthesis {

  private FunctionVersionSynthesis() {}

  /** Adds the version for the finished function properties and returns its logical ID. */
  public static String emit(
      FunctionAssembly function, JsonObject functionProperties, SynthesisContext context) {
    ResourceDefinition resource = context.config().resources().get(function.name());
    Optional<ConfigNode> overrides =
        resource instanceof FunctionResource
            ? Optional.ofNullable(resource.overrides().get(function.functionLogicalId()))
            : Optional.empty();
    String logicalId =
        function.logicalPrefix() + "Version" + ContentHash.of(functionProperties, overrides);
    JsonObject.Builder json =
        JsonObject.builder().put("FunctionName", Cf.ref(function.functionLogicalId()));
    // With a manifest the zip's digest is known: Lambda then refuses to publish any other code.
    // https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-lambda-version.html
    Optional<Artifact> artifact = context.artifact(function.name());
    if (artifact.isPresent()) {
      json.put(
          "CodeSha256",
          Base64.getEncoder().encodeToString(HexFormat.of().parseHex(artifact.get().sha256())));
    }
    context
        .template()
        .add(
            logicalId,
            CfResource.of("AWS::Lambda::Version", json.build()).withDeletionPolicy("Retain"),
            function.path(),
            function.name());
    return logicalId;
  }
}
