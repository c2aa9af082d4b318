package dev.formwork.schema.io;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * New files and folders next to where a result goes, to write it there and then move it into place.
 * {@code Files.createTempFile} and {@code createTempDirectory} seed a {@code SecureRandom} on first
 * use, which takes 20 to 80 ms in a fresh JVM (a tenth of a one-function compile); in a folder the
 * user owns, a name from the process ID and a counter, created only if it does not exist yet, is as
 * safe. What they create gets the default permissions (the umask), like any other file formwork
 * writes.
 */
public final class TempSiblings {

  private static final AtomicLong COUNTER = new AtomicLong();
  private static final long PID = ProcessHandle.current().pid();

  private TempSiblings() {}

  /** An empty new file {@code <prefix><pid>-<n><suffix>} in {@code folder}. */
  public static Path file(Path folder, String prefix, String suffix) throws IOException {
    while (true) {
      try {
        return Files.createFile(folder.resolve(name(prefix, suffix)));
      } catch (FileAlreadyExistsException leftOver) {
        // Left by an earlier process with the same ID: take the next name.
      }
    }
  }

  /** A new empty folder {@code <prefix><pid>-<n>} in {@code folder}. */
  public static Path directory(Path folder, String prefix) throws IOException {
    while (true) {
      try {
        return Files.createDirectory(folder.resolve(name(prefix, "")));
      } catch (FileAlreadyExistsException leftOver) {
        // Left by an earlier process with the same ID: take the next name.
      }
    }
  }

  private static String name(String prefix, String suffix) {
    return prefix + PID + "-" + COUNTER.incrementAndGet() + suffix;
  }
}
