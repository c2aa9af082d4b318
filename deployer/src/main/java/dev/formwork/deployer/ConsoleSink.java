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
  private final boolean color;
  private boolean progressShown;

  public ConsoleSink(PrintStream out, boolean interactive) {
    this(out, interactive, interactive);
  }

  /**
   * A sink that redraws progress when {@code interactive} and colours warnings when {@code color}.
   */
  public ConsoleSink(PrintStream out, boolean interactive, boolean color) {
    this.out = out;
    this.interactive = interactive;
    this.color = color && interactive;
  }

  @Override
  public synchronized void info(String line) {
    clearProgress();
    out.println(line);
  }

  @Override
  public synchronized void warn(String line) {
    clearProgress();
    out.println(color ? "\u001b[33m" + line + "\u001b[0m" : line);
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

  @Override
  public boolean color() {
    return color;
  }

  private void clearProgress() {
    if (progressShown) {
      out.print("\r\u001b[2K");
      progressShown = false;
    }
  }
}
