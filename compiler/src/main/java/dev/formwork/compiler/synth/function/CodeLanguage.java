package dev.formwork.compiler.synth.function;

import dev.formwork.schema.model.function.LambdaRuntime;
import java.util.Locale;
import java.util.Optional;

/** The languages formwork's buildpack packages, recognised from the entry file's extension. */
public enum CodeLanguage {
  JAVASCRIPT("JavaScript/TypeScript"),
  PYTHON("Python"),
  /** Built with Maven or Gradle; the handler class is named by the entry file. */
  JAVA("Java"),
  /** Built with {@code go build} into a {@code bootstrap} executable for an OS-only runtime. */
  GO("Go");

  private final String displayName;

  CodeLanguage(String displayName) {
    this.displayName = displayName;
  }

  /** The language's name in messages. */
  public String displayName() {
    return displayName;
  }

  /** Whether a Lambda runtime can run this language's package. */
  public boolean runsOn(LambdaRuntime runtime) {
    switch (this) {
      case JAVASCRIPT:
        return runtime.isNode();
      case PYTHON:
        return runtime.isPython();
      case JAVA:
        return runtime.isJava();
      default:
        return runtime.isProvided();
    }
  }

  /** The language of an entry file, or empty when the buildpack cannot package it. */
  public static Optional<CodeLanguage> ofEntryFile(String entryfilePath) {
    String extension = extension(entryfilePath);
    return switch (extension) {
      case "js", "mjs", "cjs", "ts", "mts", "cts", "jsx", "tsx" -> Optional.of(JAVASCRIPT);
      case "py" -> Optional.of(PYTHON);
      case "java" -> Optional.of(JAVA);
      case "go" -> Optional.of(GO);
      default -> Optional.empty();
    };
  }

  /** The text after the last dot of the file name, lower-cased ("" when there is none). */
  public static String extension(String path) {
    String fileName = path.substring(path.lastIndexOf('/') + 1);
    int dot = fileName.lastIndexOf('.');
    return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** The file name without folders and extension: {@code src/app/main.py} → {@code main}. */
  public static String baseName(String path) {
    String fileName = path.substring(path.lastIndexOf('/') + 1);
    int dot = fileName.lastIndexOf('.');
    return dot < 0 ? fileName : fileName.substring(0, dot);
  }
}
