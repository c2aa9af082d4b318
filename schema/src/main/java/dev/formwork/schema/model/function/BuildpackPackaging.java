package dev.formwork.schema.model.function;

import dev.formwork.schema.bind.Doc;
import java.util.List;
import java.util.Optional;

/** Code that formwork builds itself: esbuild for JS/TS, a zipped folder for Python, go, Maven. */
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
      @Doc(
              "Glob patterns (relative to the config's folder) of extra files to include in the"
                  + " package. .env files and the config file are included only by a pattern"
                  + " that names them, e.g. '.env.production'.")
          List<String> includeFiles,
      @Doc(
              "Glob patterns of files to leave out of the package. .env* files, .git,"
                  + " .formwork, __pycache__, virtualenvs and the config file are always left out"
                  + " unless includeFiles names them.")
          List<String> excludeFiles,
      @Doc(
              "JS/TS: packages left out of the bundle and the package (as"
                  + " dependenciesToExcludeFromDeploymentPackage).")
          List<String> excludeDependencies,
      @Doc("Language-specific bundling options.")
          Optional<LanguageSpecificConfig> languageSpecificConfig) {}
}
