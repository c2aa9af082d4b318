package dev.formwork.compiler.source;

import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.diag.Diagnostic;
import dev.formwork.schema.diag.SourceLocation;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Decodes config bytes as strict UTF-8: a UTF-8 byte order mark is dropped, UTF-16 and UTF-32 files
 * and malformed bytes are refused with the byte offset of the problem.
 */
final class SourceDecoder {

  /** The decoded text, or the reason there is none. */
  record Decoded(String text, Optional<Diagnostic> problem) {}

  private static final String SAVE_AS_UTF8 =
      "save the file as UTF-8 (without a UTF-16 byte order mark)";

  private SourceDecoder() {}

  static Decoded decode(String fileLabel, byte[] content) {
    int start = 0;
    if (startsWith(content, 0xEF, 0xBB, 0xBF)) {
      start = 3;
    } else if (startsWith(content, 0x00, 0x00, 0xFE, 0xFF)
        || startsWith(content, 0xFF, 0xFE, 0x00, 0x00)) {
      return refused(
          fileLabel,
          content,
          0,
          "The file is encoded as UTF-32 (byte order mark at byte offset 0), but a config must be"
              + " UTF-8.");
    } else if (startsWith(content, 0xFE, 0xFF) || startsWith(content, 0xFF, 0xFE)) {
      return refused(
          fileLabel,
          content,
          0,
          "The file is encoded as UTF-16 (byte order mark at byte offset 0), but a config must be"
              + " UTF-8.");
    } else if (content.length >= 2 && (content[0] == 0 || content[1] == 0)) {
      // ASCII text saved as UTF-16 or UTF-32 without a byte order mark has a zero byte next to
      // every character.
      int offset = content[0] == 0 ? 0 : 1;
      return refused(
          fileLabel,
          content,
          offset,
          "The file looks like UTF-16 or UTF-32 (zero byte at byte offset "
              + offset
              + "), but a config must be UTF-8.");
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(content, start, content.length - start);
    CharBuffer out = CharBuffer.allocate(content.length - start);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int offset = in.position();
      String bytes = String.format(Locale.ROOT, "0x%02X", content[offset] & 0xFF);
      return refused(
          fileLabel,
          content,
          offset,
          "The file is not valid UTF-8: byte "
              + bytes
              + " at byte offset "
              + offset
              + " does not start a valid character.");
    }
    decoder.flush(out);
    out.flip();
    return new Decoded(out.toString(), Optional.empty());
  }

  private static Decoded refused(String fileLabel, byte[] content, int offset, String message) {
    Diagnostic diagnostic =
        Diagnostic.error(Code.CONFIG_ENCODING, ConfigPath.ROOT, message)
            .at(locate(fileLabel, content, offset))
            .withHint(SAVE_AS_UTF8);
    return new Decoded("", Optional.of(diagnostic));
  }

  /** Line and column of a byte offset whose preceding bytes are valid UTF-8. */
  private static SourceLocation locate(String fileLabel, byte[] content, int offset) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset; i++) {
      int b = content[i] & 0xFF;
      if (b == '\n') {
        line++;
        column = 1;
      } else if ((b & 0xC0) != 0x80 && !(i < 3 && startsWith(content, 0xEF, 0xBB, 0xBF))) {
        // Continuation bytes (10xxxxxx) belong to the character before them; the BOM is not a
        // column.
        column++;
      }
    }
    return new SourceLocation(fileLabel, line, column);
  }

  private static boolean startsWith(byte[] content, int... prefix) {
    if (content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((content[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
