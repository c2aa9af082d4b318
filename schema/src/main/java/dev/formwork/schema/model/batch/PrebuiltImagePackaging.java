package dev.formwork.schema.model.batch;

import dev.formwork.schema.bind.Doc;
import dev.formwork.schema.bind.Required;
import java.util.List;

/** A container image that already exists in a registry. */
@Doc("A prebuilt container image.")
public record PrebuiltImagePackaging(Properties properties) implements BatchJobPackaging {

  /** The image and how to start it. */
  @Doc("Prebuilt image properties.")
  public record Properties(
      @Doc("Image reference, e.g. public.ecr.aws/docker/library/python:3.13 or an ECR image URI.")
          @Required
          String image,
      @Doc("Command that overrides the image's CMD.") List<String> command) {}
}
