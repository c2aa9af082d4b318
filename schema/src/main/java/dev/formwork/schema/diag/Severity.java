package dev.formwork.schema.diag;

import java.util.Locale;

/** How serious a diagnostic is: errors stop the run after their phase, warnings do not. */
public enum Severity {
  ERROR,
  WARNING;

  /** Lower-case name used in rendered and JSON output. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
