package dev.formwork.compiler;

import java.util.Locale;

/**
 * Derives the project name (the stack name's first half) from a folder name when nothing names it.
 */
public final class ProjectNames {

  private ProjectNames() {}

  /**
   * Lower-cases and replaces every run of characters other than a-z and 0-9 with one dash, trimming
   * dashes; a name that would not start with a letter gets the prefix "app-".
   */
  public static String fromFolder(String folderName) {
    String normalised =
        folderName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (normalised.isEmpty() || !Character.isLetter(normalised.charAt(0))) {
      normalised = "app-" + normalised;
    }
    return normalised.replaceAll("-+$", "");
  }

  public static boolean isValid(String projectName) {
    return projectName.matches("[a-z][a-z0-9-]*");
  }
}
