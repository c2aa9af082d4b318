package dev.formwork.deployer;

/**
 * Where the deployer writes what a person reads: ordinary lines, warnings, and transient progress
 * (redrawn in place on a terminal, printed as plain lines in CI). Never receives secret values.
 */
public interface OutputSink {

  void info(String line);

  void warn(String line);

  /** A status that a terminal may overwrite with the next one; plain output prints it as a line. */
  void progress(String line);

  /** Whether the sink can redraw lines (a terminal, not CI). */
  boolean interactive();

  /** Whether lines may carry ANSI colour (a terminal, and colour not turned off). */
  default boolean color() {
    return interactive();
  }
}
