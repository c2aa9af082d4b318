package dev.formwork.cli;

import dev.formwork.schema.io.TempSiblings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes files through a temporary sibling and a rename, so a failed run never leaves a
 * half-written file.
 */
final class AtomicFiles {

  private AtomicFiles() {}

  /**
   * @param shown the path as the user gave it, for the message
   * @throws UsageException when the file cannot be written (a missing parent that cannot be
   *     created, no permission, a full disk): the path came from the command line
   */
  static void write(Path target, Path shown, String text) {
    Path absolute = target.toAbsolutePath();
    try {
      Files.createDirectories(absolute.getParent());
      Path temp =
          TempSiblings.file(absolute.getParent(), "." + absolute.getFileName() + ".", ".tmp");
      try {
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        Files.move(
            temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw UsageException.file(
          "Cannot write " + shown + ": " + reason(e) + ".",
          "Choose a folder you can write to, or fix its permissions.");
    }
  }

  /** The JDK's messages for file errors are often just the path; this names the kind. */
  static String reason(IOException e) {
    String kind =
        switch (e.getClass().getSimpleName()) {
          case "AccessDeniedException" -> "permission denied";
          case "NoSuchFileException" -> "no such file or folder";
          case "FileSystemException" -> "the file system refused";
          case "NotDirectoryException" -> "a part of the path is not a folder";
          case "FileAlreadyExistsException" -> "a file is in the way";
          default -> "I/O error";
        };
    return e.getMessage() == null ? kind : kind + " (" + e.getMessage() + ")";
  }
}
