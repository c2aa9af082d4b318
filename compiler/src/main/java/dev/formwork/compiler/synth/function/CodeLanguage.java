package dev.formwork.compiler.synth.function;

import java.util.Locale;
import java.util.Optional;

/** The languages formwork's buildpack packages, recognised from the entry file's extension. */
public enum CodeLanguage {
  JAVASCRIPT,
  PYTHON;

  /** The language of an entry file, or empty when the buildpack cannot package it. */
  public static Optional<CodeLanguage> ofEntryFile(String entryfilePath) {
    String extension = extension(entryfilePath);
    return switch (extension) {
      case "js", "mjs", "cjs", "ts", "mts", "cts", "jsx", "tsx" -> Optional.of(JAVASCRIPT);
      case "py" -> Optional.of(PYTHON);
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
