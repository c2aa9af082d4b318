package dev.formwork.packager;

import java.util.Locale;

/** Formats byte counts for people: {@code 1.5 MB}, in the binary units Lambda's limits use. */
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
