package dev.formwork.schema.artifact;

import java.util.Locale;

/**
 * Formats byte counts for people, the one way every size formwork prints is written: {@code 512 B},
 * {@code 12.3 KB}, {@code 1.5 MB}, in the binary units (1 KB = 1,024 bytes) that Lambda's limits
 * use.
 */
public final class Sizes {

  private Sizes() {}

  public static String human(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    if (bytes < 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }
}
