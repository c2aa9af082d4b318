package dev.formwork.packager;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the Unix modes, DOS times and "made by" of a zip's central directory, which the JDK hides.
 */
final class ZipModes {

  private ZipModes() {}

  /** Octal modes of all entries in order, space-separated, e.g. {@code "100644 100755"}. */
  static String modes(Path zip) throws IOException {
    List<String> modes = new ArrayList<>();
    for (int[] header : headers(zip)) {
      modes.add(Integer.toOctalString(header[3] >>> 16));
    }
    return String.join(" ", modes);
  }

  /** Per entry: version made by, DOS time, DOS date, external attributes. */
  static List<int[]> headers(Path zip) throws IOException {
    ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(zip)).order(ByteOrder.LITTLE_ENDIAN);
    int end = bytes.limit() - 22;
    while (bytes.getInt(end) != 0x06054b50) {
      end--;
    }
    int count = Short.toUnsignedInt(bytes.getShort(end + 10));
    int at = bytes.getInt(end + 16);
    List<int[]> headers = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int nameLength = Short.toUnsignedInt(bytes.getShort(at + 28));
      int extraLength = Short.toUnsignedInt(bytes.getShort(at + 30));
      int commentLength = Short.toUnsignedInt(bytes.getShort(at + 32));
      headers.add(
          new int[] {
            Short.toUnsignedInt(bytes.getShort(at + 4)),
            Short.toUnsignedInt(bytes.getShort(at + 12)),
            Short.toUnsignedInt(bytes.getShort(at + 14)),
            bytes.getInt(at + 38)
          });
      at += 46 + nameLength + extraLength + commentLength;
    }
    return headers;
  }
}
