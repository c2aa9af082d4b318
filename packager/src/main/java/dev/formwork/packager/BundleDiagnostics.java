package dev.formwork.packager;

import dev.formwork.schema.bind.Suggestions;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.Diagnostic;
import dev.formwork.schema.diag.SourceLocation;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The diagnostics of a JS/TS bundle: esbuild's errors, placed at the source file and line esbuild
 * names (so a TypeScript syntax error shows the {@code .ts} line, not the config), with a hint for
 * an AWS SDK package that is not installed; and a handler the entry file does not export.
 */
public final class BundleDiagnostics {

  private static final Pattern UNRESOLVED = Pattern.compile("Could not resolve \"([^\"]+)\"");

  private BundleDiagnostics() {}

  /** One esbuild error of a function, located in the source file when esbuild says where. */
  public static Diagnostic esbuildFailed(NodeFunctionBuild function, EsbuildMessages.Error error) {
    Diagnostic diagnostic =
        Diagnostic.error(
            Code.PACKAGING_ESBUILD_FAILED,
            function.entryfilePath(),
            "esbuild could not bundle function '"
                + function.resourceName()
                + "': "
                + error.message()
                + (error.message().endsWith(".") ? "" : "."));
    if (error.file().isPresent()) {
      diagnostic =
          diagnostic.at(new SourceLocation(error.file().get(), error.line(), error.column()));
    }
    Optional<String> hint = hint(error.message());
    return hint.isPresent() ? diagnostic.withHint(hint.get()) : diagnostic;
  }

  /**
   * An AWS SDK v3 package is bundled like any other (the zip pins the version the code was tested
   * with, and a new version is published when it changes); when it is not installed, the user
   * chooses: install it, or leave it to the runtime, which ships SDK v3 from Node.js 18 on.
   */
  static Optional<String> hint(String message) {
    Matcher unresolved = UNRESOLVED.matcher(message);
    if (!unresolved.find()) {
      return Optional.empty();
    }
    String module = unresolved.group(1);
    if (module.startsWith("@aws-sdk/")) {
      String name = packageName(module);
      return Optional.of(
          "Install it (npm install "
              + name
              + "), or use the AWS SDK v3 that the Node.js 18+ runtimes include: add '@aws-sdk/*'"
              + " to languageSpecificConfig.dependenciesToExcludeFromDeploymentPackage.");
    }
    if (!module.startsWith(".") && !module.startsWith("/")) {
      return Optional.of(
          "Install the project's dependencies (npm ci), or add '"
              + packageName(module)
              + "' to languageSpecificConfig.dependenciesToExcludeFromDeploymentPackage if the"
              + " runtime or a layer provides it.");
    }
    return Optional.empty();
  }

  /** {@code @aws-sdk/client-s3/dist/x} → {@code @aws-sdk/client-s3}; {@code lodash/fp} → lodash. */
  private static String packageName(String module) {
    String[] parts = module.split("/", -1);
    return module.startsWith("@") && parts.length > 1 ? parts[0] + "/" + parts[1] : parts[0];
  }

  /**
   * The handler the Lambda runtime calls, when the bundle's exports are known (ESM output) and do
   * not include it.
   */
  public static Optional<Diagnostic> handlerNotExported(
      NodeFunctionBuild function, List<String> exports, Optional<String> entryFormat) {
    if (exports.contains(function.handlerExport())) {
      return Optional.empty();
    }
    String hint =
        exports.isEmpty()
            ? "It exports nothing."
            : "Its exports are: " + String.join(", ", exports) + ".";
    Optional<String> close = Suggestions.didYouMean(function.handlerExport(), exports);
    if (close.isPresent()) {
      hint = close.get() + " " + hint;
    }
    if (entryFormat.filter("cjs"::equals).isPresent()) {
      hint +=
          " The entry file is CommonJS (module.exports); an ES module bundle of it exports only"
              + " 'default': set languageSpecificConfig.outputModuleFormat: cjs, or export with"
              + " `export`.";
    }
    return Optional.of(
        Diagnostic.error(
                Code.PACKAGING_HANDLER_NOT_EXPORTED,
                function.entryfilePath(),
                "Function '"
                    + function.resourceName()
                    + "': "
                    + function.entryFile()
                    + " does not export '"
                    + function.handlerExport()
                    + "', so Lambda could not call "
                    + function.handler()
                    + ".")
            .withHint(hint));
  }
}
