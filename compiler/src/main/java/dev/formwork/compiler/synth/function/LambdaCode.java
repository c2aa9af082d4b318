package dev.formwork.compiler.synth.function;

import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.diag.Diagnostics;
import dev.formwork.schema.model.function.BuildpackPackaging;
import dev.formwork.schema.model.function.CustomArtifactPackaging;
import dev.formwork.schema.model.function.FunctionProperties;
import dev.formwork.schema.model.function.LambdaRuntime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides a function's runtime and handler string from its packaging: the runtime defaults to the
 * newest Lambda runtime of the entry file's language, and must belong to that language when given.
 */
public record LambdaCode(LambdaRuntime runtime, String handler, Optional<CodeLanguage> language) {

  /** The default runtime per language: the newest AWS offers as of this release. */
  public static LambdaRuntime newestRuntime(CodeLanguage language) {
    return language == CodeLanguage.JAVASCRIPT
        ? LambdaRuntime.NODEJS24_X
        : LambdaRuntime.PYTHON3_14;
  }

  /** Resolves runtime and handler, reporting unsupported entry files and mismatched runtimes. */
  public static Optional<LambdaCode> resolve(
      FunctionProperties properties, ConfigPath propertiesPath, Diagnostics diagnostics) {
    ConfigPath packagingPath = propertiesPath.key("packaging").key("properties");
    if (properties.packaging() instanceof BuildpackPackaging buildpack) {
      String entry = buildpack.properties().entryfilePath();
      Optional<CodeLanguage> language = CodeLanguage.ofEntryFile(entry);
      if (language.isEmpty()) {
        diagnostics.error(
            Code.CONFIG_UNSUPPORTED_ENTRY_FILE,
            packagingPath.key("entryfilePath"),
            "formwork's buildpack bundles JavaScript, TypeScript and Python; it cannot package '"
                + entry
                + "'.",
            "Build the code yourself and use `packaging: {type: custom-artifact, properties:"
                + " {packagePath, handler}}` with a `runtime`.");
        return Optional.empty();
      }
      LambdaRuntime runtime = properties.runtime().orElse(newestRuntime(language.get()));
      boolean matches =
          language.get() == CodeLanguage.JAVASCRIPT ? runtime.isNode() : runtime.isPython();
      if (!matches) {
        List<String> suitable = new ArrayList<>();
        for (LambdaRuntime candidate : LambdaRuntime.values()) {
          if (language.get() == CodeLanguage.JAVASCRIPT
              ? candidate.isNode()
              : candidate.isPython()) {
            suitable.add(candidate.configValue());
          }
        }
        diagnostics.error(
            Code.CONFIG_RUNTIME_MISMATCH,
            propertiesPath.key("runtime"),
            "Runtime " + runtime.configValue() + " cannot run the entry file '" + entry + "'.",
            "Use one of "
                + String.join(", ", suitable)
                + ", or leave runtime out to get "
                + newestRuntime(language.get()).configValue()
                + ".");
        return Optional.empty();
      }
      String exportName =
          buildpack
              .properties()
              .handlerFunction()
              .orElse(language.get() == CodeLanguage.JAVASCRIPT ? "default" : "handler");
      // The packager writes JS bundles as index.js and keeps Python modules under their own name.
      String handler =
          language.get() == CodeLanguage.JAVASCRIPT
              ? "index." + exportName
              : CodeLanguage.baseName(entry) + "." + exportName;
      return Optional.of(new LambdaCode(runtime, handler, language));
    }
    CustomArtifactPackaging custom = (CustomArtifactPackaging) properties.packaging();
    boolean ok = true;
    if (properties.runtime().isEmpty()) {
      diagnostics.error(
          Code.CONFIG_MISSING_PROPERTY,
          propertiesPath,
          "A function with custom-artifact packaging needs a `runtime`; formwork cannot tell it"
              + " from a package.",
          "Add e.g. `runtime: " + LambdaRuntime.NODEJS24_X.configValue() + "`.");
      ok = false;
    }
    if (custom.properties().handler().isEmpty()) {
      diagnostics.error(
          Code.CONFIG_MISSING_PROPERTY,
          packagingPath,
          "A function with custom-artifact packaging needs a `handler`, e.g."
              + " dist/index.js:handler.");
      ok = false;
    }
    if (!ok) {
      return Optional.empty();
    }
    return Optional.of(
        new LambdaCode(
            properties.runtime().get(),
            handlerString(custom.properties().handler().get()),
            Optional.empty()));
  }

  /**
   * {@code dist/index.js:handler} → {@code dist/index.handler} (folders kept, unlike Stacktape,
   * which drops them and so breaks handlers in subfolders). Other forms, such as Java's {@code
   * com.example.Handler::handleRequest}, are passed through unchanged.
   */
  static String handlerString(String handler) {
    int colon = handler.lastIndexOf(':');
    if (colon <= 0 || handler.contains("::")) {
      return handler;
    }
    String file = handler.substring(0, colon);
    String function = handler.substring(colon + 1);
    int dot = file.lastIndexOf('.');
    int slash = file.lastIndexOf('/');
    String module = dot > slash ? file.substring(0, dot) : file;
    return module + "." + function;
  }
}
