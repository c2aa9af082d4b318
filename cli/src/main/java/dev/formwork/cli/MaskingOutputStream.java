package dev.formwork.cli;

import dev.formwork.deployer.secret.SecretMask;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The CLI's stdout and stderr: once a secret has been resolved, output is held back to the end of
 * each line (or the next flush) and written with every secret masked, so no message of formwork's
 * own, and no line of a script, hook or handler, prints a secret. Before that, bytes pass straight
 * through, so {@code compile} pays nothing for it.
 */
final class MaskingOutputStream extends FilterOutputStream {

  private final SecretMask mask;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();

  MaskingOutputStream(OutputStream out, SecretMask mask) {
    super(out);
    this.mask = mask;
  }

  @Override
  public synchronized void write(int b) throws IOException {
    if (mask.isEmpty() && line.size() == 0) {
      out.write(b);
      return;
    }
    line.write(b);
    if (b == '\n') {
      drain();
    }
  }

  @Override
  public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
    if (mask.isEmpty() && line.size() == 0) {
      out.write(bytes, offset, length);
      return;
    }
    for (int i = offset; i < offset + length; i++) {
      line.write(bytes[i]);
      if (bytes[i] == '\n') {
        drain();
      }
    }
  }

  @Override
  public synchronized void flush() throws IOException {
    drain();
    out.flush();
  }

  private void drain() throws IOException {
    if (line.size() == 0) {
      return;
    }
    String text = line.toString(StandardCharsets.UTF_8);
    line.reset();
    out.write(mask.apply(text).getBytes(StandardCharsets.UTF_8));
  }
}
