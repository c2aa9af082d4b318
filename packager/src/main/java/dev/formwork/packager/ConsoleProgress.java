package dev.formwork.packager;

import dev.formwork.schema.artifact.ArtifactKind;
import dev.formwork.schema.artifact.Sizes;
import java.io.PrintStream;
import java.util.Map;

/**
 * Prints packaging progress: on a terminal one line per artifact, rewritten in place when it
 * finishes; in CI ({@code CI=true}) or without a console, one plain line per finished artifact.
 */
public final class ConsoleProgress implements ProgressListener {

  private final PrintStream out;
  private final boolean interactive;

  public ConsoleProgress(PrintStream out, boolean interactive) {
    this.out = out;
    this.interactive = interactive;
  }

  /** Interactive only with a console and without {@code CI=true}. */
  public static ConsoleProgress forEnvironment(PrintStream out, Map<String, String> env) {
    boolean ci = "true".equalsIgnoreCase(env.getOrDefault("CI", ""));
    return new ConsoleProgress(out, System.console() != null && !ci);
  }

  @Override
  public synchronized void started(String resourceName, ArtifactKind kind) {
    if (interactive) {
      out.print("  … " + label(kind) + " " + resourceName);
      out.flush();
    }
  }

  @Override
  public synchronized void finished(
      String resourceName, ArtifactKind kind, Outcome outcome, long zippedBytes) {
    String line =
        symbol(outcome)
            + " "
            + label(kind)
            + " "
            + resourceName
            + " "
            + describe(outcome, zippedBytes);
    if (interactive) {
      // \r plus erase-to-end-of-line rewrites the "…" line in place.
      out.print("\r\033[K  " + line + System.lineSeparator());
    } else {
      out.println(line);
    }
    out.flush();
  }

  @Override
  public synchronized void step(String message) {
    out.print(
        interactive
            ? "\r\033[K" + message + System.lineSeparator()
            : message + System.lineSeparator());
    out.flush();
  }

  private static String label(ArtifactKind kind) {
    return kind == ArtifactKind.LAYER ? "layer" : "function";
  }

  private String symbol(Outcome outcome) {
    if (!interactive) {
      return outcome == Outcome.FAILED ? "FAILED" : "ok";
    }
    return outcome == Outcome.FAILED ? "✗" : "✓";
  }

  private static String describe(Outcome outcome, long zippedBytes) {
    return switch (outcome) {
      case BUILT -> "built (" + Sizes.human(zippedBytes) + ")";
      case CACHED -> "from cache (" + Sizes.human(zippedBytes) + ")";
      default -> "failed";
    };
  }
}
