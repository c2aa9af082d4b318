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
 * user owns, a name from this run's start time and a counter, created only if it does not exist yet
 * (another name is taken if it does), is as safe. The process ID would do as well, but asking for
 * it starts the JDK's process machinery (a few ms). What they create gets the default permissions
 * (the umask), like any other file formwork writes.
 */
public final class TempSiblings {

  private static final AtomicLong COUNTER = new AtomicLong();
  private static final String RUN = Long.toString(System.nanoTime(), 36);

  private TempSiblings() {}

  /** An empty new file {@code <prefix><run>-<n><suffix>} in {@code folder}. */
  public static Path file(Path folder, String prefix, String suffix) throws IOException {
    while (true) {
      try {
        return Files.createFile(folder.resolve(name(prefix, suffix)));
      } catch (FileAlreadyExistsException leftOver) {
        // Taken by another process that started in the same nanosecond, or left over: next name.
      }
    }
  }

  /** A new empty folder {@code <prefix><run>-<n>} in {@code folder}. */
  public static Path directory(Path folder, String prefix) throws IOException {
    while (true) {
      try {
        return Files.createDirectory(folder.resolve(name(prefix, "")));
      } catch (FileAlreadyExistsException leftOver) {
        // Taken by another process that started in the same nanosecond, or left over: next name.
      }
    }
  }

  private static String name(String prefix, String suffix) {
    return prefix + RUN + "-" + COUNTER.incrementAndGet() + suffix;
  }
}
