package dev.formwork.packager;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Reads one file out of a gzipped tar (an npm tarball). Handles ustar and the pax headers npm
 * writes; links and other special entries are skipped.
 */
public final class TarGzReader {

  private static final int BLOCK = 512;

  private TarGzReader() {}

  /** The bytes of the regular file at {@code path} inside the archive, if it is there. */
  public static Optional<byte[]> read(byte[] tgz, String path) throws IOException {
    try (DataInputStream in =
        new DataInputStream(new GZIPInputStream(new ByteArrayInputStream(tgz)))) {
      byte[] header = new byte[BLOCK];
      String paxPath = null;
      while (true) {
        try {
          in.readFully(header);
        } catch (EOFException e) {
          return Optional.empty();
        }
        if (isZeroBlock(header)) {
          return Optional.empty();
        }
        long size = octal(header, 124, 12);
        char type = (char) header[156];
        byte[] content = readPadded(in, size);
        String name = paxPath != null ? paxPath : name(header);
        paxPath = null;
        if (type == 'x') {
          paxPath = paxValue(content, "path");
        } else if ((type == '0' || type == '\0') && name.equals(path)) {
          return Optional.of(content);
        }
      }
    }
  }

  private static byte[] readPadded(DataInputStream in, long size) throws IOException {
    if (size > Integer.MAX_VALUE - BLOCK) {
      throw new IOException("tar entry too large: " + size + " bytes");
    }
    byte[] content = new byte[(int) size];
    in.readFully(content);
    int padding = (int) ((BLOCK - size % BLOCK) % BLOCK);
    in.readFully(new byte[padding]);
    return content;
  }

  private static String name(byte[] header) {
    String name = text(header, 0, 100);
    String prefix = text(header, 345, 155);
    boolean ustar = text(header, 257, 6).startsWith("ustar");
    return ustar && !prefix.isEmpty() ? prefix + "/" + name : name;
  }

  /** Pax records are {@code "<len> <key>=<value>\n"}. */
  private static String paxValue(byte[] content, String key) throws IOException {
    String records = new String(content, StandardCharsets.UTF_8);
    int at = 0;
    while (at < records.length()) {
      int space = records.indexOf(' ', at);
      if (space < 0) {
        break;
      }
      int length = Integer.parseInt(records.substring(at, space));
      String record = records.substring(space + 1, at + length - 1);
      if (record.startsWith(key + "=")) {
        return record.substring(key.length() + 1);
      }
      at += length;
    }
    return null;
  }

  private static String text(byte[] header, int offset, int length) {
    int end = offset;
    while (end < offset + length && header[end] != 0) {
      end++;
    }
    return new String(header, offset, end - offset, StandardCharsets.UTF_8);
  }

  private static long octal(byte[] header, int offset, int length) throws IOException {
    String value = text(header, offset, length).trim();
    try {
      return value.isEmpty() ? 0 : Long.parseLong(value, 8);
    } catch (NumberFormatException e) {
      throw new IOException("corrupt tar header: size field \"" + value + "\"");
    }
  }

  private static boolean isZeroBlock(byte[] block) {
    for (byte b : block) {
      if (b != 0) {
        return false;
      }
    }
    return true;
  }
}
