package dev.formwork.schema.model.function;

import dev.formwork.schema.bind.Doc;
import java.util.List;
import java.util.Optional;

/** Code that formwork bundles itself (esbuild for JS/TS, a zipped folder for Python). */
@Doc("Code bundled by formwork from an entry file.")
public record BuildpackPackaging(Properties properties) implements LambdaPackaging {

  /** Where the entry file is and how to bundle it. */
  @Doc("Buildpack packaging properties.")
  public record Properties(
      @Doc("Path of the entry file, relative to the config file.") String entryfilePath,
      @Doc(
              "Name of the exported handler function (default: `default` for JS/TS, `handler` for"
                  + " Python).")
          Optional<String> handlerFunction,
      @Doc("Glob patterns of extra files to include in the package.") List<String> includeFiles,
      @Doc("Glob patterns of files to leave out of the package.") List<String> excludeFiles,
      @Doc("Dependencies to leave out of the package.") List<String> excludeDependencies,
      @Doc("Language-specific bundling options.")
          Optional<LanguageSpecificConfig> languageSpecificConfig) {}
}
