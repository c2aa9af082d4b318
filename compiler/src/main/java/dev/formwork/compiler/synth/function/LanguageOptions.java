package dev.formwork.compiler.synth.function;

import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.diag.Diagnostics;
import dev.formwork.schema.model.function.BuildpackPackaging;
import dev.formwork.schema.model.function.LanguageSpecificConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Warns about buildpack options that do nothing for the entry file's language (the JS/TS options on
 * Python, the Python options on JS/TS, {@code minify} on Python, {@code excludeDependencies}
 * outside JS/TS, a Go {@code handlerFunction}, the Java options elsewhere), so that no option is
 * accepted and silently ignored.
 */
final class LanguageOptions {

  /** The {@code languageSpecificConfig} options that have an effect, per language. */
  private static final Map<CodeLanguage, Set<String>> APPLIES =
      Map.of(
          CodeLanguage.JAVASCRIPT,
          Set.of(
              "tsConfigPath",
              "emitTsDecoratorMetadata",
              "dependenciesToExcludeFromBundle",
              "outputModuleFormat",
              "nodeVersion",
              "disableSourceMaps",
              "outputSourceMapsTo",
              "dependenciesToExcludeFromDeploymentPackage",
              "minify"),
          CodeLanguage.PYTHON,
          Set.of("packageManagerFile", "packageManager", "pythonVersion"),
          CodeLanguage.JAVA,
          Set.of("useMaven", "javaVersion", "packageManagerFile"),
          CodeLanguage.GO,
          Set.of());

  private static final Set<String> JAVA_ONLY = Set.of("useMaven", "javaVersion");

  private LanguageOptions() {}

  static void check(
      CodeLanguage language,
      BuildpackPackaging.Properties buildpack,
      ConfigPath packagingPath,
      Diagnostics diagnostics) {
    Optional<LanguageSpecificConfig> options = buildpack.languageSpecificConfig();
    Map<String, Boolean> given = options.isPresent() ? givenOptions(options.get()) : Map.of();
    ConfigPath optionsPath = packagingPath.key("languageSpecificConfig");
    List<String> ignored = new ArrayList<>();
    for (Map.Entry<String, Boolean> option : given.entrySet()) {
      if (option.getValue() && !APPLIES.get(language).contains(option.getKey())) {
        ignored.add(option.getKey());
      }
    }
    for (String name : ignored) {
      diagnostics.valueWarning(
          Code.CONFIG_OPTION_FOR_OTHER_LANGUAGE,
          optionsPath.key(name),
          "languageSpecificConfig."
              + name
              + " has no effect for a "
              + language.displayName()
              + " function.",
          hint(language, name));
    }
    if (options.isPresent()
        && options.get().disableSourceMaps().orElse(false)
        && options.get().outputSourceMapsTo().isPresent()) {
      diagnostics.valueWarning(
          Code.CONFIG_NO_EFFECT,
          optionsPath.key("outputSourceMapsTo"),
          "languageSpecificConfig.outputSourceMapsTo has no effect: disableSourceMaps"
              + " turns source maps off.",
          "Remove one of the two.");
    }
    if (language == CodeLanguage.GO && buildpack.handlerFunction().isPresent()) {
      diagnostics.valueWarning(
          Code.CONFIG_OPTION_FOR_OTHER_LANGUAGE,
          packagingPath.key("handlerFunction"),
          "handlerFunction has no effect for a Go function: Lambda runs its bootstrap executable,"
              + " and main() chooses the handler with lambda.Start.",
          "Remove handlerFunction.");
    }
    if (language != CodeLanguage.JAVASCRIPT && !buildpack.excludeDependencies().isEmpty()) {
      diagnostics.valueWarning(
          Code.CONFIG_OPTION_FOR_OTHER_LANGUAGE,
          packagingPath.key("excludeDependencies"),
          "excludeDependencies has no effect for a " + language.displayName() + " function.",
          switch (language) {
            case JAVA ->
                "Leave a dependency jar out with excludeFiles, e.g. lib/netty-*.jar, or"
                    + " give it scope provided in the build.";
            case PYTHON ->
                "Remove the package from the requirements, or leave its files out with"
                    + " excludeFiles.";
            default -> "Go links what main imports; remove the import instead.";
          });
    }
  }

  private static String hint(CodeLanguage language, String option) {
    if (JAVA_ONLY.contains(option)) {
      return "It applies to Java functions only; remove it.";
    }
    if (language == CodeLanguage.PYTHON && option.equals("minify")) {
      return "formwork zips Python sources as they are; remove it.";
    }
    return "It applies to other languages; remove it.";
  }

  /** Which options the user gave: present values and non-empty lists. */
  private static Map<String, Boolean> givenOptions(LanguageSpecificConfig options) {
    Map<String, Boolean> given = new TreeMap<>();
    given.put("tsConfigPath", options.tsConfigPath().isPresent());
    given.put("emitTsDecoratorMetadata", options.emitTsDecoratorMetadata().isPresent());
    given.put(
        "dependenciesToExcludeFromBundle", !options.dependenciesToExcludeFromBundle().isEmpty());
    given.put("outputModuleFormat", options.outputModuleFormat().isPresent());
    given.put("nodeVersion", options.nodeVersion().isPresent());
    given.put("disableSourceMaps", options.disableSourceMaps().isPresent());
    given.put("outputSourceMapsTo", options.outputSourceMapsTo().isPresent());
    given.put(
        "dependenciesToExcludeFromDeploymentPackage",
        !options.dependenciesToExcludeFromDeploymentPackage().isEmpty());
    given.put("packageManagerFile", options.packageManagerFile().isPresent());
    given.put("packageManager", options.packageManager().isPresent());
    given.put("pythonVersion", options.pythonVersion().isPresent());
    given.put("minify", options.minify().isPresent());
    given.put("useMaven", options.useMaven().isPresent());
    given.put("javaVersion", options.javaVersion().isPresent());
    return given;
  }
}
