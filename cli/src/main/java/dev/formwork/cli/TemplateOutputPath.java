package dev.formwork.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks {@code compile --out} before anything is written: it must name a file (not a folder),
 * never the config file itself, in a place that can be written.
 */
final class TemplateOutputPath {

  private TemplateOutputPath() {}

  /**
   * The absolute path to write the template to.
   *
   * @throws UsageException when the path cannot or must not be written
   */
  static Path check(Path workingDirectory, Path out, Path configFile) {
    Path target = workingDirectory.resolve(out).toAbsolutePath().normalize();
    if (Files.isDirectory(target)) {
      throw UsageException.file(
          "--out " + out + " is a folder.",
          "Give the template's file name, e.g. --out " + out.resolve("template.json") + ".");
    }
    if (Files.exists(target) && sameFile(target, configFile)) {
      throw UsageException.file(
          "--out " + out + " is the config file itself; writing the template would overwrite it.",
          "Write the template elsewhere, e.g. --out template.json.");
    }
    if (Files.exists(target) && !Files.isWritable(target)) {
      throw UsageException.file(
          "--out " + out + " cannot be written: the file is read-only.",
          "Make it writable (chmod u+w " + out + ") or write the template elsewhere.");
    }
    Path existing = target.getParent();
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null || !Files.isDirectory(existing)) {
      throw UsageException.file(
          "--out "
              + out
              + " cannot be written: "
              + (existing == null ? "no part of its folder exists" : existing + " is a file")
              + ".",
          "Name a file in a folder that exists or can be created.");
    }
    if (!Files.isWritable(existing)) {
      throw UsageException.file(
          "--out " + out + " cannot be written: the folder " + existing + " is not writable.",
          "Write the template to a folder you can write to.");
    }
    return target;
  }

  private static boolean sameFile(Path target, Path configFile) {
    try {
      return Files.isSameFile(target, configFile);
    } catch (IOException unreadable) {
      return target.equals(configFile.toAbsolutePath().normalize());
    }
  }
}
