package dev.formwork.deployer;

import java.io.PrintStream;

/**
 * An {@link OutputSink} on a {@link PrintStream}: on a terminal progress lines are redrawn in
 * place; when not a terminal or when {@code CI=true}, every line is printed plainly, without ANSI
 * codes.
 */
public final class ConsoleSink implements OutputSink {

  private final PrintStream out;
  private final boolean interactive;
  private boolean progressShown;

  public ConsoleSink(PrintStream out, boolean interactive) {
    this.out = out;
    this.interactive = interactive;
  }

  @Override
  public synchronized void info(String line) {
    clearProgress();
    out.println(line);
  }

  @Override
  public synchronized void warn(String line) {
    clearProgress();
    out.println(interactive ? "\u001b[33m" + line + "\u001b[0m" : line);
  }

  @Override
  public synchronized void progress(String line) {
    if (interactive) {
      out.print("\r\u001b[2K" + line);
      out.flush();
      progressShown = true;
    } else {
      out.println(line);
    }
  }

  @Override
  public boolean interactive() {
    return interactive;
  }

  private void clearProgress() {
    if (progressShown) {
      out.print("\r\u001b[2K");
      progressShown = false;
    }
  }
}
