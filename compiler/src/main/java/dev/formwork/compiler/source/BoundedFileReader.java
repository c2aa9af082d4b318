package dev.formwork.compiler.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a config file from disk without ever holding more than the loader accepts: it stops one
 * byte past the limit, so a 1 GiB file (or an endless one, such as {@code /dev/zero}) costs 2 MiB
 * and ends in the loader's {@code config.too-large} diagnostic.
 */
public final class BoundedFileReader {

  private BoundedFileReader() {}

  /** The file's first {@code maxBytes + 1} bytes at most. */
  public static byte[] read(Path file, int maxBytes) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(maxBytes + 1);
    }
  }
}
