package dev.formwork.packager;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.Map;
import java.util.SortedMap;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes zips whose bytes depend on their entries only: entries sorted by name, every timestamp
 * 1980-01-01 00:00, Unix modes 0644 or 0755, no extra fields and no directory entries.
 *
 * <p>Written by hand rather than with {@code ZipOutputStream}, which cannot set Unix permissions
 * (the external attributes), so an executable such as a custom runtime's {@code bootstrap} would
 * lose its x bit. Format: https://pkware.cachefly.net/webdocs/casestudies/APPNOTE.TXT
 */
public final class ReproducibleZip {

  /** MS-DOS date for 1980-01-01, the earliest a zip can store: (0 << 9) | (1 << 5) | 1. */
  private static final int DOS_DATE = 0x21;

  private static final int DOS_TIME = 0;
  private static final int FLAG_UTF8 = 0x0800;
  private static final int VERSION_NEEDED = 20;

  /** Upper byte 3 = Unix, so readers honour the mode in the external attributes. */
  private static final int VERSION_MADE_BY = (3 << 8) | VERSION_NEEDED;

  private static final int MODE_FILE = 0100644;
  private static final int MODE_EXECUTABLE = 0100755;
  private static final int MAX_ENTRIES = 0xFFFF;
  private static final long MAX_SIZE = 0xFFFFFFFFL;

  private ReproducibleZip() {}

  /**
   * Writes the entries to {@code target} and returns its digest and sizes. The file is written in
   * place, so callers write into a private staging folder and move the result (file creation is the
   * slowest step when packaging many small functions).
   */
  public static ZipStats write(SortedMap<String, ZipSource> entries, Path target)
      throws IOException {
    if (entries.size() > MAX_ENTRIES) {
      throw new IOException(
          "cannot zip "
              + entries.size()
              + " files into "
              + target.getFileName()
              + ": the limit without Zip64 is 65,535");
    }
    Files.createDirectories(target.toAbsolutePath().getParent());
    MessageDigest sha = Digests.sha256();
    long unzipped = 0;
    ByteArrayOutputStream central = new ByteArrayOutputStream();
    long offset = 0;
    try (CountingStream out =
        new CountingStream(
            new DigestOutputStream(
                new BufferedOutputStream(Files.newOutputStream(target), 64 * 1024), sha))) {
      Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
      try {
        for (Map.Entry<String, ZipSource> entry : entries.entrySet()) {
          byte[] name = entry.getKey().getBytes(StandardCharsets.UTF_8);
          byte[] content = entry.getValue().read();
          CRC32 crc = new CRC32();
          crc.update(content);
          byte[] compressed = deflate(deflater, content);
          unzipped += content.length;
          // Entries are byte arrays (under 2 GB each); what can outgrow the 32-bit fields of a
          // zip without ZIP64 is the offset at which an entry starts.
          if (offset > MAX_SIZE) {
            throw new IOException("cannot zip " + target.getFileName() + ": it is over 4 GB");
          }
          long localOffset = out.count;
          writeInt(out, 0x04034b50);
          writeShort(out, VERSION_NEEDED);
          writeCommon(out, crc.getValue(), compressed.length, content.length, name.length);
          writeShort(out, 0); // extra length
          out.write(name);
          out.write(compressed);

          writeInt(central, 0x02014b50);
          writeShort(central, VERSION_MADE_BY);
          writeShort(central, VERSION_NEEDED);
          writeCommon(central, crc.getValue(), compressed.length, content.length, name.length);
          writeShort(central, 0); // extra length
          writeShort(central, 0); // comment length
          writeShort(central, 0); // disk number
          writeShort(central, 0); // internal attributes
          writeInt(
              central, (long) (entry.getValue().executable() ? MODE_EXECUTABLE : MODE_FILE) << 16);
          writeInt(central, localOffset);
          central.write(name);
          offset = out.count;
        }
      } finally {
        deflater.end();
      }
      long centralOffset = out.count;
      if (centralOffset > MAX_SIZE) {
        throw new IOException("cannot zip " + target.getFileName() + ": it is over 4 GB");
      }
      central.writeTo(out);
      writeInt(out, 0x06054b50);
      writeShort(out, 0);
      writeShort(out, 0);
      writeShort(out, entries.size());
      writeShort(out, entries.size());
      writeInt(out, central.size());
      writeInt(out, centralOffset);
      writeShort(out, 0); // comment length
      offset = out.count;
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(target);
      throw e;
    }
    return new ZipStats(target, Digests.hex(sha.digest()), offset, unzipped);
  }

  private static void writeCommon(
      OutputStream out, long crc, long compressed, long size, int nameLength) throws IOException {
    writeShort(out, FLAG_UTF8);
    writeShort(out, 8); // method: deflate
    writeShort(out, DOS_TIME);
    writeShort(out, DOS_DATE);
    writeInt(out, crc);
    writeInt(out, compressed);
    writeInt(out, size);
    writeShort(out, nameLength);
  }

  private static byte[] deflate(Deflater deflater, byte[] content) {
    deflater.reset();
    deflater.setInput(content);
    deflater.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, content.length / 2));
    byte[] buffer = new byte[64 * 1024];
    while (!deflater.finished()) {
      int n = deflater.deflate(buffer);
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  private static void writeShort(OutputStream out, int value) throws IOException {
    out.write(value & 0xFF);
    out.write((value >>> 8) & 0xFF);
  }

  private static void writeInt(OutputStream out, long value) throws IOException {
    out.write((int) (value & 0xFF));
    out.write((int) ((value >>> 8) & 0xFF));
    out.write((int) ((value >>> 16) & 0xFF));
    out.write((int) ((value >>> 24) & 0xFF));
  }

  /** An output stream that knows how many bytes went through it (for header offsets). */
  private static final class CountingStream extends FilterOutputStream {
    private long count;

    CountingStream(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }
  }
}
