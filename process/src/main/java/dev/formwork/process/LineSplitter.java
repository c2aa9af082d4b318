package dev.formwork.process;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Cuts a process's output into UTF-8 lines as {@link java.io.BufferedReader#readLine} does: a line
 * ends at LF, CR or CR LF, blank lines count, and an unfinished last line is delivered at the end.
 * (zt-exec's own {@code LogOutputStream} drops blank lines, which would change what scripts show.)
 */
final class LineSplitter extends OutputStream {

  private final Consumer<String> lines;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();
  private boolean afterCarriageReturn;

  LineSplitter(Consumer<String> lines) {
    this.lines = lines;
  }

  @Override
  public void write(int b) {
    if (b == '\n' && afterCarriageReturn) {
      afterCarriageReturn = false;
      return;
    }
    afterCarriageReturn = b == '\r';
    if (b == '\n' || b == '\r') {
      deliver();
    } else {
      line.write(b);
    }
  }

  @Override
  public void write(byte[] bytes, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      write(bytes[i]);
    }
  }

  /** zt-exec flushes once the process has ended: an unfinished last line is a line too. */
  @Override
  public void flush() {
    if (line.size() > 0) {
      deliver();
    }
  }

  @Override
  public void close() {
    flush();
  }

  private void deliver() {
    lines.accept(line.toString(StandardCharsets.UTF_8));
    line.reset();
  }
}
