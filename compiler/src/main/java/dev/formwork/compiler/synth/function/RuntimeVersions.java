package dev.formwork.compiler.synth.function;

import dev.formwork.schema.model.function.LambdaRuntime;
import dev.formwork.schema.model.function.LanguageSpecificConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The version options of {@code languageSpecificConfig} that pick a Lambda runtime: {@code
 * nodeVersion: 22} → nodejs22.x, {@code pythonVersion: '3.12'} → python3.12, {@code javaVersion:
 * 21} → java21. A version is supported when {@link LambdaRuntime} has its runtime (the runtimes
 * cfn-lint 1.58.0 accepts that AWS still lets new functions use).
 */
final class RuntimeVersions {

  /** A version option as given: its property name and value. */
  record Given(String property, String version) {}

  private RuntimeVersions() {}

  /** The version option of the language, when the config gives one. */
  static Optional<Given> given(CodeLanguage language, Optional<LanguageSpecificConfig> options) {
    if (options.isEmpty()) {
      return Optional.empty();
    }
    LanguageSpecificConfig config = options.get();
    return switch (language) {
      case JAVASCRIPT -> given("nodeVersion", config.nodeVersion());
      case PYTHON -> given("pythonVersion", config.pythonVersion());
      case JAVA -> given("javaVersion", config.javaVersion());
      case GO -> Optional.empty();
    };
  }

  private static Optional<Given> given(String option, Optional<?> version) {
    return version.isPresent()
        ? Optional.of(new Given(option, version.get().toString()))
        : Optional.empty();
  }

  /** The runtime of a version of the language, if Lambda has one. */
  static Optional<LambdaRuntime> runtime(CodeLanguage language, String version) {
    String name =
        switch (language) {
          case JAVASCRIPT -> "nodejs" + version + ".x";
          case PYTHON -> "python" + version;
          case JAVA -> "java" + version;
          case GO -> "";
        };
    for (LambdaRuntime runtime : LambdaRuntime.values()) {
      if (runtime.configValue().equals(name)) {
        return Optional.of(runtime);
      }
    }
    return Optional.empty();
  }

  /** The versions of the language Lambda runs, oldest first; deprecated ones say so. */
  static List<String> supported(CodeLanguage language) {
    List<String> versions = new ArrayList<>();
    for (LambdaRuntime runtime : LambdaRuntime.values()) {
      if (language.runsOn(runtime) && !runtime.isProvided()) {
        versions.add(0, version(runtime) + (runtime.deprecated() ? " (deprecated)" : ""));
      }
    }
    return versions;
  }

  /** {@code nodejs22.x} → 22, {@code python3.12} → 3.12, {@code java21} → 21. */
  static String version(LambdaRuntime runtime) {
    String value = runtime.configValue();
    if (runtime.isNode()) {
      return value.substring("nodejs".length(), value.length() - ".x".length());
    }
    if (runtime.isPython()) {
      return value.substring("python".length());
    }
    return value.replaceFirst("^[a-z]+", "");
  }
}
