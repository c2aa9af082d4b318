package dev.formwork.compiler.directive;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A user directive declared in the config's {@code directives:} section: its name, the absolute
 * source file, the exported function to call and the language that runs it.
 */
public record CustomDirective(String name, Path file, String exportName, Language language) {

  /** The languages a custom directive can be written in, with their default export name. */
  public enum Language {
    JAVASCRIPT("default"),
    TYPESCRIPT("default"),
    PYTHON("main");

    private final String defaultExport;

    Language(String defaultExport) {
      this.defaultExport = defaultExport;
    }

    public String defaultExport() {
      return defaultExport;
    }
  }

  public CustomDirective {
    Objects.requireNonNull(name, "name");
    file = file.toAbsolutePath().normalize();
    Objects.requireNonNull(exportName, "exportName");
    Objects.requireNonNull(language, "language");
  }
}
