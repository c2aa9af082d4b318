package dev.formwork.compiler.synth.resource;

import dev.formwork.compiler.naming.LogicalIds;
import dev.formwork.compiler.naming.PascalCase;
import dev.formwork.compiler.naming.PhysicalNames;
import dev.formwork.compiler.synth.ResourceSynthesizer;
import dev.formwork.compiler.synth.StackIdentity;
import dev.formwork.compiler.synth.SynthesisContext;
import dev.formwork.compiler.synth.function.CodeLanguage;
import dev.formwork.compiler.synth.function.LambdaCode;
import dev.formwork.compiler.synth.ref.LayerRef;
import dev.formwork.compiler.template.Cf;
import dev.formwork.compiler.template.CfResource;
import dev.formwork.schema.artifact.Artifact;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.model.LambdaLayerResource;
import dev.formwork.schema.model.function.LambdaArchitecture;
import dev.formwork.schema.model.function.LambdaRuntime;
import dev.formwork.schema.naming.DeploymentBucket;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Synthesizes a {@code lambda-layer} as {@code <Pascal>Layer} (AWS::Lambda::LayerVersion) whose
 * content is the packaged artifact in the deployment bucket. Its {@code arn} is the version ARN.
 */
public final class LambdaLayerSynthesizer implements ResourceSynthesizer<LambdaLayerResource> {

  @Override
  public Class<LambdaLayerResource> type() {
    return LambdaLayerResource.class;
  }

  @Override
  public LayerRef ref(String name, LambdaLayerResource resource, StackIdentity stack) {
    return new LayerRef(name);
  }

  @Override
  public void synthesize(String name, LambdaLayerResource resource, SynthesisContext context) {
    LambdaLayerResource.Properties properties = resource.properties();
    List<String> runtimes = new ArrayList<>();
    for (LambdaRuntime runtime : properties.compatibleRuntimes()) {
      runtimes.add(runtime.configValue());
    }
    if (runtimes.isEmpty()) {
      runtimes.add(
          LambdaCode.newestRuntime(
                  properties.runtimeFamily() == LambdaLayerResource.RuntimeFamily.NODEJS
                      ? CodeLanguage.JAVASCRIPT
                      : CodeLanguage.PYTHON)
              .configValue());
    }
    ConfigPath path = ConfigPath.of("resources", name);
    for (int i = 0; i < properties.compatibleRuntimes().size(); i++) {
      LambdaRuntime runtime = properties.compatibleRuntimes().get(i);
      boolean fits =
          properties.runtimeFamily() == LambdaLayerResource.RuntimeFamily.NODEJS
              ? runtime.isNode()
              : runtime.isPython();
      if (!fits) {
        context
            .diagnostics()
            .valueError(
                Code.CONFIG_RUNTIME_MISMATCH,
                path.key("properties").key("compatibleRuntimes").index(i),
                "Runtime "
                    + runtime.configValue()
                    + " cannot use a "
                    + properties.runtimeFamily().configValue()
                    + " layer.");
      }
    }
    List<String> architectures = new ArrayList<>();
    for (LambdaArchitecture architecture :
        properties.compatibleArchitectures().isEmpty()
            ? List.of(LambdaArchitecture.values())
            : properties.compatibleArchitectures()) {
      architectures.add(architecture.configValue());
    }
    Optional<Artifact> artifact = context.artifact(name);
    JsonValue key;
    if (artifact.isPresent()) {
      key = new JsonString(artifact.get().s3Key());
    } else {
      String parameter = PascalCase.of(name) + "LayerS3Key";
      context
          .template()
          .addArtifactKeyParameter(
              parameter,
              name,
              JsonObject.builder()
                  .put("Type", "String")
                  .put(
                      "Description",
                      "S3 key of the content of layer "
                          + name
                          + "; set by formwork deploy from the artifact manifest.")
                  .build());
      key = Cf.ref(parameter);
    }
    context
        .template()
        .add(
            LogicalIds.layer(name),
            CfResource.of(
                "AWS::Lambda::LayerVersion",
                JsonObject.builder()
                    .put("CompatibleArchitectures", JsonArray.ofStrings(architectures))
                    .put("CompatibleRuntimes", JsonArray.ofStrings(runtimes))
                    .put(
                        "Content",
                        JsonObject.builder()
                            .put(
                                "S3Bucket",
                                Cf.sub(DeploymentBucket.subTemplate(context.stack().stackName())))
                            .put("S3Key", key)
                            .build())
                    .put(
                        "LayerName",
                        PhysicalNames.fit(context.stack().stackName() + "-" + name, 140))
                    .build()),
            path,
            name);
  }
}
