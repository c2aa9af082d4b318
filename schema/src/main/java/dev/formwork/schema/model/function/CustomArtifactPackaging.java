package dev.formwork.schema.model.function;

import dev.formwork.schema.bind.Doc;
import java.util.Optional;

/** A package the user builds: a zip used as it is, or a folder that formwork zips. */
@Doc("A prebuilt package: a zip or a folder.")
public record CustomArtifactPackaging(Properties properties) implements LambdaPackaging {

  /** Where the package is and which handler Lambda calls. */
  @Doc("Custom artifact properties.")
  public record Properties(
      @Doc("Path of the zip file or folder, relative to the config file.") String packagePath,
      @Doc("Handler as <file path>:<function name>, e.g. dist/index.js:handler.")
          Optional<String> handler) {}
}
