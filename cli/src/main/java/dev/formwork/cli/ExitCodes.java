package dev.formwork.cli;

/** The exit codes of every formwork command. */
public final class ExitCodes {
  public static final int OK = 0;
  public static final int CONFIG_ERRORS = 1;
  public static final int USAGE = 2;
  public static final int DEPLOY_FAILED = 3;

  /** {@code diff --fail} and {@code preview --fail} found differences (nothing failed). */
  public static final int DIFFERENCES = 4;

  /** Ctrl-C: 128 + SIGINT, as the JVM and shells report it. */
  public static final int INTERRUPTED = 130;

  /** A bug in formwork (never a user error). */
  public static final int INTERNAL = 70;

  private ExitCodes() {}
}
