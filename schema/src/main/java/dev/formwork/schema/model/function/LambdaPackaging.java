package dev.formwork.schema.model.function;

import dev.formwork.schema.bind.Union;
import dev.formwork.schema.bind.Variant;

/** How a function's deployment package is produced. */
@Union(
    variants = {
      @Variant(name = "stacktape-lambda-buildpack", type = BuildpackPackaging.class),
      @Variant(name = "custom-artifact", type = CustomArtifactPackaging.class)
    })
public sealed interface LambdaPackaging permits BuildpackPackaging, CustomArtifactPackaging {}
