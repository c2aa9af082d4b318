package dev.formwork.compiler.synth.function;

import dev.formwork.compiler.synth.SourceFiles;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.diag.Diagnostics;
import dev.formwork.schema.diag.UserText;
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

  /** The handler string of a Go function: Lambda runs the {@code bootstrap} executable itself. */
  public static final String GO_HANDLER = "bootstrap";

  /** The method Lambda calls on a Java handler class when handlerFunction is not given. */
  public static final String DEFAULT_JAVA_METHOD = "handleRequest";

  /**
   * The default runtime per language: the newest AWS offers (and cfn-lint knows) as of this
   * release.
   */
  public static LambdaRuntime newestRuntime(CodeLanguage language) {
    switch (language) {
      case JAVASCRIPT:
        return LambdaRuntime.NODEJS24_X;
      case PYTHON:
        return LambdaRuntime.PYTHON3_14;
      case JAVA:
        return LambdaRuntime.JAVA25;
      default:
        return LambdaRuntime.PROVIDED_AL2023;
    }
  }

  /**
   * Resolves runtime and handler, reporting unsupported entry files and mismatched runtimes. A Java
   * entry file is read through {@code files}: its package declaration names the handler class.
   */
  public static Optional<LambdaCode> resolve(
      FunctionProperties properties,
      ConfigPath propertiesPath,
      SourceFiles files,
      Diagnostics diagnostics) {
    ConfigPath packagingPath = propertiesPath.key("packaging").key("properties");
    if (properties.packaging() instanceof BuildpackPackaging buildpack) {
      String entry = buildpack.properties().entryfilePath();
      Optional<CodeLanguage> language = CodeLanguage.ofEntryFile(entry);
      if (language.isEmpty()) {
        diagnostics.error(
            Code.CONFIG_UNSUPPORTED_ENTRY_FILE,
            packagingPath.key("entryfilePath"),
            "formwork's buildpack builds JavaScript, TypeScript, Python, Java and Go; it cannot"
                + " package '"
                + entry
                + "'.",
            "Build the code yourself and use `packaging: {type: custom-artifact, properties:"
                + " {packagePath, handler}}` with a `runtime`.");
        return Optional.empty();
      }
      LanguageOptions.check(language.get(), buildpack.properties(), packagingPath, diagnostics);
      Optional<LambdaRuntime> runtime =
          runtime(language.get(), properties, buildpack, propertiesPath, diagnostics);
      if (runtime.isEmpty()) {
        return Optional.empty();
      }
      Optional<String> handler =
          handler(language.get(), buildpack.properties(), packagingPath, files, diagnostics);
      return handler.isPresent()
          ? Optional.of(new LambdaCode(runtime.get(), handler.get(), language))
          : Optional.empty();
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
   * The runtime: {@code runtime}, or the one a version option names ({@code nodeVersion}, {@code
   * pythonVersion}, {@code javaVersion}), or the language's newest; it must run the language.
   */
  private static Optional<LambdaRuntime> runtime(
      CodeLanguage language,
      FunctionProperties properties,
      BuildpackPackaging buildpack,
      ConfigPath propertiesPath,
      Diagnostics diagnostics) {
    String entry = buildpack.properties().entryfilePath();
    Optional<LambdaRuntime> given = properties.runtime();
    Optional<RuntimeVersions.Given> version =
        RuntimeVersions.given(language, buildpack.properties().languageSpecificConfig());
    if (version.isPresent()) {
      String property = version.get().property();
      ConfigPath versionPath =
          propertiesPath
              .key("packaging")
              .key("properties")
              .key("languageSpecificConfig")
              .key(property);
      Optional<LambdaRuntime> forVersion =
          RuntimeVersions.runtime(language, version.get().version());
      if (forVersion.isEmpty()) {
        diagnostics.valueError(
            Code.CONFIG_INVALID_VALUE,
            versionPath,
            "Lambda has no runtime for "
                + (language == CodeLanguage.JAVASCRIPT ? "Node.js" : language.displayName())
                + " "
                + UserText.excerpt(version.get().version())
                + ".",
            "Use one of " + String.join(", ", RuntimeVersions.supported(language)) + ".");
        return Optional.empty();
      }
      if (given.isPresent() && given.get() != forVersion.get()) {
        diagnostics.error(
            Code.CONFIG_RUNTIME_MISMATCH,
            propertiesPath.key("runtime"),
            "Runtime "
                + given.get().configValue()
                + " contradicts "
                + property
                + " "
                + version.get().version()
                + ".",
            "Give only one of them, or the same version in both.");
        return Optional.empty();
      }
      given = forVersion;
    }
    LambdaRuntime runtime = given.orElse(newestRuntime(language));
    if (!language.runsOn(runtime)) {
      List<String> suitable = new ArrayList<>();
      for (LambdaRuntime candidate : LambdaRuntime.values()) {
        if (language.runsOn(candidate)) {
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
              + newestRuntime(language).configValue()
              + ".");
      return Optional.empty();
    }
    return Optional.of(runtime);
  }

  /**
   * The handler string: {@code index.<export>} for bundles (the packager writes index.js), {@code
   * <module>.<function>} for Python, {@code <package>.<Class>::<method>} for Java, and {@code
   * bootstrap} for Go (Lambda runs the executable; the handler string is not used).
   */
  private static Optional<String> handler(
      CodeLanguage language,
      BuildpackPackaging.Properties buildpack,
      ConfigPath packagingPath,
      SourceFiles files,
      Diagnostics diagnostics) {
    String entry = buildpack.entryfilePath();
    switch (language) {
      case JAVASCRIPT:
        return Optional.of("index." + buildpack.handlerFunction().orElse("default"));
      case PYTHON:
        return Optional.of(
            CodeLanguage.baseName(entry) + "." + buildpack.handlerFunction().orElse("handler"));
      case GO:
        return Optional.of(GO_HANDLER);
      default:
        return javaHandler(buildpack, packagingPath, files, diagnostics);
    }
  }

  private static Optional<String> javaHandler(
      BuildpackPackaging.Properties buildpack,
      ConfigPath packagingPath,
      SourceFiles files,
      Diagnostics diagnostics) {
    String entry = buildpack.entryfilePath();
    String method = buildpack.handlerFunction().orElse(DEFAULT_JAVA_METHOD);
    boolean ok = true;
    if (!isJavaIdentifier(method)) {
      diagnostics.valueError(
          Code.CONFIG_INVALID_VALUE,
          packagingPath.key("handlerFunction"),
          "'" + method + "' is not a Java method name.",
          "handlerFunction names the method of the entry file's class, e.g. "
              + DEFAULT_JAVA_METHOD
              + "; the class comes from the file.");
      ok = false;
    }
    String className = CodeLanguage.baseName(entry);
    if (!isJavaIdentifier(className)) {
      diagnostics.valueError(
          Code.CONFIG_INVALID_VALUE,
          packagingPath.key("entryfilePath"),
          "'"
              + className
              + "' is not a Java class name, so '"
              + entry
              + "' cannot hold the handler.",
          "A Java file is named after its public class, e.g."
              + " src/main/java/com/example/Handler.java.");
      ok = false;
    }
    Optional<String> source = files.read(entry);
    if (source.isEmpty()) {
      diagnostics.valueError(
          Code.CONFIG_ENTRY_FILE_MISSING,
          packagingPath.key("entryfilePath"),
          "The Java entry file '"
              + entry
              + "' does not exist; formwork reads its package declaration to name the handler.",
          "entryfilePath is relative to the config file.");
      ok = false;
    }
    if (!ok) {
      return Optional.empty();
    }
    String javaPackage = JavaPackageDeclaration.of(source.get());
    return Optional.of(
        (javaPackage.isEmpty() ? "" : javaPackage + ".") + className + "::" + method);
  }

  private static boolean isJavaIdentifier(String name) {
    if (name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0))) {
      return false;
    }
    for (int i = 1; i < name.length(); i++) {
      if (!Character.isJavaIdentifierPart(name.charAt(i))) {
        return false;
      }
    }
    return true;
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
