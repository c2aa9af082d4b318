package dev.formwork.schema.model.batch;

import dev.formwork.schema.bind.Union;
import dev.formwork.schema.bind.Variant;

/**
 * Where a batch job's container image comes from; formwork builds no images, so only prebuilt
 * images are accepted.
 */
@Union(
    variants = {@Variant(name = "prebuilt-image", type = PrebuiltImagePackaging.class)},
    notSupported = {
      "stacktape-image-buildpack",
      "custom-dockerfile",
      "external-buildpack",
      "nixpacks"
    })
public sealed interface BatchJobPackaging permits PrebuiltImagePackaging {}
